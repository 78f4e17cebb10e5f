using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>OAuth: an expired access token is refreshed once, shared by concurrent calls, and the new pair is handed over.</summary>
public class TokenRefreshTests : ResilienceTest
{
    private readonly List<B24Tokens> _persisted = [];

    private B24Client OAuthClient(string? refreshToken = null, CapturingLoggerProvider? logs = null, Uri? tokenEndpoint = null, TimeProvider? time = null) => new(
        OAuthOptions(
            o => o with
            {
                TokenEndpoint = tokenEndpoint ?? Emulator.OAuthEndpoint,
                OnTokensRefreshed = (tokens, _) =>
                {
                    lock (_persisted)
                    {
                        _persisted.Add(tokens);
                    }

                    return Task.CompletedTask;
                },
            },
            refreshToken: refreshToken) with
        {
            LoggerFactory = logs,
            TimeProvider = time ?? TimeProvider.System,
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

    [Fact]
    public async Task Each_refresh_presents_the_refresh_token_of_the_previous_one()
    {
        using var client = OAuthClient();
        var api = new B24Api(client);

        for (var round = 1; round <= 3; round++)
        {
            Emulator.ExpireAccessToken();
            await api.Calendar.User.Settings.GetAsync();
            Assert.Equal(round, Emulator.RefreshCount);
        }

        Assert.Equal(3, _persisted.Count);
        Assert.Equal(3, _persisted.Select(p => p.RefreshToken).Distinct().Count());
    }

    [Fact]
    public async Task The_new_pair_expires_expires_in_seconds_after_the_refresh_and_carries_the_client_endpoint()
    {
        var now = new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
        using var client = OAuthClient(time: new ManualClock(now));
        Emulator.ExpireAccessToken();
        ServeToken("""{"extra":{"access_token":"not-this","refresh_token":"nor-this"},"access_token":"new-access","refresh_token":"new-refresh","expires_in":3600,"client_endpoint":"https://portal.example/rest/","scope":"calendar","user_id":1,"later":[{"expires_in":1}]}""");

        await Assert.ThrowsAnyAsync<B24Exception>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        var pair = Assert.Single(_persisted);
        Assert.Equal("new-access", pair.AccessToken);
        Assert.Equal("new-refresh", pair.RefreshToken);
        Assert.Equal(now.AddHours(1), pair.ExpiresAt);
        Assert.Equal("https://portal.example/rest/", pair.ClientEndpoint);
    }

    [Fact]
    public async Task A_pair_without_expires_in_has_no_expiry()
    {
        using var client = OAuthClient();
        Emulator.ExpireAccessToken();
        ServeToken("""{"access_token":"new-access","refresh_token":"new-refresh","expires_in":null}""");

        await Assert.ThrowsAnyAsync<B24Exception>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        var pair = Assert.Single(_persisted);
        Assert.Null(pair.ExpiresAt);
        Assert.Null(pair.ClientEndpoint);
    }

    [Theory]
    [InlineData(500, "<html>oauth is down</html>")]
    [InlineData(200, "{\"access_token\":")]
    [InlineData(200, "null")]
    [InlineData(200, "\"token\"")]
    public async Task An_oauth_answer_that_is_not_a_json_object_is_a_response_format_exception_with_its_status(int status, string body)
    {
        using var client = OAuthClient();
        Emulator.ExpireAccessToken();

        // A 5xx is retried like any failed read (the refresh runs again), so the broken answer is served each time.
        ServeToken(body, status, "text/html", times: FastRetries.MaxRetries + 1);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal("oauth.token", error.Method);
        Assert.Equal(status, error.HttpStatus);
        Assert.StartsWith("The OAuth server's answer is not a JSON object: ", error.Description, StringComparison.Ordinal);
        Assert.Empty(_persisted);
    }

    [Theory]
    [InlineData("""{"refresh_token":"new-refresh"}""")]
    [InlineData("""{"access_token":"new-access"}""")]
    [InlineData("""{"access_token":null,"refresh_token":"new-refresh"}""")]
    [InlineData("[]")] // PHP writes an empty object as an empty array
    public async Task An_answer_without_a_token_pair_is_an_oauth_exception_saying_so(string body)
    {
        using var client = OAuthClient();
        Emulator.ExpireAccessToken();
        ServeToken(body);

        var error = await Assert.ThrowsAsync<B24OAuthException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal("oauth.token", error.Method);
        Assert.Equal("", error.Code);
        Assert.Equal(200, error.HttpStatus);
        Assert.Equal("The OAuth server returned no token pair.", error.Description);
        Assert.Empty(_persisted);
    }

    [Fact]
    public async Task An_error_next_to_tokens_wins_and_its_description_is_redacted()
    {
        using var client = OAuthClient();
        Emulator.ExpireAccessToken();
        ServeToken($$"""{"access_token":"a","refresh_token":"b","error":"invalid_client","error_description":"Bad secret {{Emulator.ClientSecret}} for {{Emulator.RefreshToken}}"}""", 401);

        var error = await Assert.ThrowsAsync<B24OAuthException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal("invalid_client", error.Code);
        Assert.Equal(401, error.HttpStatus);
        Assert.Equal("Bad secret *** for ***", error.Description);
        Assert.Empty(_persisted);
    }

    [Fact]
    public async Task An_unreachable_oauth_server_is_a_transport_exception_for_oauth_token()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = OAuthClient(tokenEndpoint: new Uri($"http://127.0.0.1:{closedPort}/oauth/token/"));
        Emulator.ExpireAccessToken();

        var error = await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal("oauth.token", error.Method);
        Assert.StartsWith("The OAuth server could not be reached: ", error.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(Emulator.ClientSecret, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_persisted);
    }

    private void ServeToken(string body, int status = 200, string contentType = "application/json", int times = 1) =>
        Emulator.EnqueueFault(new FaultResponse(status, body, contentType) { ForMethod = FaultResponse.OAuthTokenEndpoint, Times = times });
}
