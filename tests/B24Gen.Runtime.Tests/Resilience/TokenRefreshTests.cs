using B24Gen.Api;
using B24Gen.Emulator;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>OAuth: an expired access token is refreshed once, shared by concurrent calls, and the new pair is handed over.</summary>
public class TokenRefreshTests : ResilienceTest
{
    private readonly List<B24Tokens> _persisted = [];

    private B24Client OAuthClient(string? refreshToken = null, CapturingLoggerProvider? logs = null) => new(
        B24ClientOptions.FromAccessToken(Emulator.ClientEndpoint, Emulator.AccessToken) with
        {
            Retry = FastRetries,
            RateLimit = null,
            LoggerFactory = logs,
            OAuth = new B24OAuthOptions
            {
                ClientId = Emulator.ClientId,
                ClientSecret = Emulator.ClientSecret,
                RefreshToken = refreshToken ?? Emulator.RefreshToken,
                TokenEndpoint = Emulator.OAuthEndpoint,
                OnTokensRefreshed = (tokens, _) =>
                {
                    lock (_persisted)
                    {
                        _persisted.Add(tokens);
                    }

                    return Task.CompletedTask;
                },
            },
        });

    [Fact]
    public async Task An_expired_token_is_refreshed_and_the_call_succeeds()
    {
        var logs = new CapturingLoggerProvider();
        using var client = OAuthClient(logs: logs);
        var oldToken = Emulator.AccessToken;
        var oldRefresh = Emulator.RefreshToken;
        Emulator.ExpireAccessToken();

        var settings = await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal("Europe/Berlin", settings.TimezoneName);
        Assert.Equal(1, Emulator.RefreshCount);
        var pair = Assert.Single(_persisted);
        Assert.Equal(Emulator.AccessToken, pair.AccessToken);
        Assert.Equal(Emulator.RefreshToken, pair.RefreshToken);
        Assert.NotEqual(oldRefresh, pair.RefreshToken);
        Assert.NotNull(pair.ExpiresAt);
        Assert.Contains(Emulator.AccessToken, Emulator.Requests[^1].Body, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.EventId == 5);
        foreach (var secret in new[] { oldToken, oldRefresh, pair.AccessToken, pair.RefreshToken, Emulator.ClientSecret })
        {
            Assert.DoesNotContain(secret, logs.AllText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_error_that_echoes_the_refreshed_tokens_or_the_client_secret_shows_none_of_them()
    {
        using var client = OAuthClient();
        Emulator.ExpireAccessToken();
        await new B24Api(client).Calendar.User.Settings.GetAsync();
        var pair = Assert.Single(_persisted);
        Serve(400, $$"""{"error":"","error_description":"Denied: {{pair.AccessToken}} {{pair.RefreshToken}} {{Emulator.ClientSecret}} {{Emulator.RefreshToken}}"}""", method: SettingsGet);

        var error = await Assert.ThrowsAsync<B24MethodException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.StartsWith("Denied: ***", error.Description, StringComparison.Ordinal);
        foreach (var secret in new[] { pair.AccessToken, pair.RefreshToken, Emulator.ClientSecret })
        {
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Concurrent_calls_share_one_refresh()
    {
        using var client = OAuthClient();
        var api = new B24Api(client);
        await api.Calendar.User.Settings.GetAsync();
        Emulator.ExpireAccessToken();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.Calendar.User.Settings.GetAsync()));

        Assert.All(results, s => Assert.Equal("Europe/Berlin", s.TimezoneName));
        Assert.Equal(1, Emulator.RefreshCount);
        Assert.Single(_persisted);
    }

    [Fact]
    public async Task A_used_refresh_token_is_an_oauth_exception_saying_invalid_grant()
    {
        using var client = OAuthClient(refreshToken: "already-used-refresh-token");
        Emulator.ExpireAccessToken();

        var error = await Assert.ThrowsAsync<B24OAuthException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal("invalid_grant", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.DoesNotContain("already-used-refresh-token", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Emulator.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_persisted);
    }

    [Fact]
    public async Task Without_oauth_options_an_expired_token_is_a_typed_exception()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        Emulator.ExpireAccessToken();

        var error = await Assert.ThrowsAsync<B24TokenExpiredException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal(401, error.HttpStatus);
        Assert.Equal(0, Emulator.RefreshCount);
    }
}
