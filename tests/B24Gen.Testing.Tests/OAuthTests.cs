using System.Net;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class OAuthTests : EmulatorFixture
{
    private const string Method = "calendar.settings.get";

    protected override PortalEmulatorOptions CreateOptions() => new() { AccessTokenLifetime = TimeSpan.FromHours(1) };

    private string RefreshUrl(string? refreshToken = null, string? clientId = null, string? clientSecret = null, string grantType = "refresh_token") =>
        $"{Emulator.OAuthEndpoint}?grant_type={grantType}&client_id={Uri.EscapeDataString(clientId ?? Emulator.ClientId)}"
        + $"&client_secret={Uri.EscapeDataString(clientSecret ?? Emulator.ClientSecret)}&refresh_token={Uri.EscapeDataString(refreshToken ?? Emulator.RefreshToken)}";

    [Fact]
    public void The_token_endpoint_is_on_the_emulator()
    {
        Assert.Equal(new Uri(Emulator.BaseAddress, "oauth/token/"), Emulator.OAuthEndpoint);
        Assert.Equal("emulator-access-token", Emulator.AccessToken);
        Assert.Equal("emulator-refresh-token", Emulator.RefreshToken);
        Assert.Equal(0, Emulator.RefreshCount);
    }

    [Fact]
    public async Task A_token_works_until_its_lifetime_is_over_then_it_is_expired_token()
    {
        Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
        Assert.Equal(HttpStatusCode.OK, (await CallOAuthAsync(Method, Emulator.AccessToken)).Status);

        Clock.Advance(TimeSpan.FromTicks(1));
        var expired = await CallOAuthAsync(Method, Emulator.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("""{"error":"expired_token","error_description":"The access token provided has expired"}""", expired.Text);
        Assert.False(Emulator.Requests[^1].HandlerRan);
        Assert.Equal("expired_token", Emulator.Requests[^1].ErrorCode);
    }

    [Fact]
    public async Task ExpireAccessToken_expires_the_current_token_at_once_and_webhooks_are_unaffected()
    {
        Emulator.ExpireAccessToken();

        var expired = await CallOAuthAsync(Method, Emulator.AccessToken);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal("expired_token", expired.Json["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(Method)).Status);
    }

    [Fact]
    public async Task An_unknown_token_is_NO_AUTH_FOUND_by_default()
    {
        var answer = await CallOAuthAsync(Method, "never-issued");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("""{"error":"NO_AUTH_FOUND","error_description":"Wrong authorization data"}""", answer.Text);
    }

    [Fact]
    public async Task A_refresh_answers_a_new_pair_and_rotates_it()
    {
        var oldAccess = Emulator.AccessToken;
        var oldRefresh = Emulator.RefreshToken;

        var answer = await GetAsync(RefreshUrl());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
        var json = answer.Json;
        var access = json["access_token"]!.GetValue<string>();
        var refresh = json["refresh_token"]!.GetValue<string>();
        Assert.Equal(Emulator.AccessToken, access);
        Assert.Equal(Emulator.RefreshToken, refresh);
        Assert.NotEqual(oldAccess, access);
        Assert.NotEqual(oldRefresh, refresh);
        Assert.Equal(3600, json["expires_in"]!.GetValue<long>());
        Assert.Equal(T0.AddHours(1).ToUnixTimeSeconds(), json["expires"]!.GetValue<long>());
        Assert.Equal(Emulator.ClientEndpoint, json["client_endpoint"]!.GetValue<string>());
        Assert.Equal($"{Emulator.BaseAddress}oauth/", json["server_endpoint"]!.GetValue<string>());
        Assert.Equal(Emulator.BaseAddress.Authority, json["domain"]!.GetValue<string>());
        Assert.Equal(Emulator.Options.MemberId, json["member_id"]!.GetValue<string>());
        Assert.Equal("calendar", json["scope"]!.GetValue<string>());
        Assert.Equal("L", json["status"]!.GetValue<string>());
        Assert.Equal(1, Emulator.RefreshCount);

        Assert.Equal(HttpStatusCode.OK, (await CallOAuthAsync(Method, access)).Status);
        var reused = await GetAsync(RefreshUrl(oldRefresh));
        Assert.Equal(HttpStatusCode.BadRequest, reused.Status);
        Assert.Equal("""{"error":"invalid_grant","error_description":"Invalid refresh token"}""", reused.Text);
        Assert.Equal(1, Emulator.RefreshCount);
    }

    [Fact]
    public async Task The_refreshed_token_gets_a_fresh_lifetime_and_an_expired_token_stays_expired()
    {
        Clock.Advance(TimeSpan.FromMinutes(90));
        var old = Emulator.AccessToken;
        Assert.Equal("expired_token", (await CallOAuthAsync(Method, old)).Json["error"]!.GetValue<string>());

        await GetAsync(RefreshUrl());

        Assert.Equal("expired_token", (await CallOAuthAsync(Method, old)).Json["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await CallOAuthAsync(Method, Emulator.AccessToken)).Status);
        Clock.Advance(TimeSpan.FromMinutes(60));
        Assert.Equal("expired_token", (await CallOAuthAsync(Method, Emulator.AccessToken)).Json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_superseded_token_that_has_not_expired_keeps_working()
    {
        var old = Emulator.AccessToken;

        await GetAsync(RefreshUrl());

        Assert.Equal(HttpStatusCode.OK, (await CallOAuthAsync(Method, old)).Status);
    }

    [Fact]
    public async Task Each_refresh_needs_the_latest_refresh_token()
    {
        await GetAsync(RefreshUrl());
        var second = await GetAsync(RefreshUrl());
        var third = await GetAsync(RefreshUrl());

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(3, Emulator.RefreshCount);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(RefreshUrl("made-up"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(RefreshUrl(""))).Status);
    }

    [Theory]
    [InlineData("wrong-client", null)]
    [InlineData(null, "wrong-secret")]
    public async Task Wrong_client_credentials_are_invalid_client_and_do_not_rotate(string? clientId, string? clientSecret)
    {
        var refresh = Emulator.RefreshToken;

        var answer = await GetAsync(RefreshUrl(clientId: clientId, clientSecret: clientSecret));

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("""{"error":"invalid_client"}""", answer.Text);
        Assert.Equal(refresh, Emulator.RefreshToken);
        Assert.Equal(0, Emulator.RefreshCount);
    }

    [Fact]
    public async Task Another_grant_type_is_invalid_request()
    {
        var answer = await GetAsync(RefreshUrl(grantType: "authorization_code"));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_request", answer.Json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_endpoint_also_answers_without_the_trailing_slash_and_to_a_form_POST()
    {
        var noSlash = await GetAsync(RefreshUrl().Replace("/oauth/token/?", "/oauth/token?", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, noSlash.Status);

        var form = await PostFormAsync(Emulator.OAuthEndpoint.ToString(),
            $"grant_type=refresh_token&client_id={Emulator.ClientId}&client_secret={Emulator.ClientSecret}&refresh_token={Emulator.RefreshToken}");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal(2, Emulator.RefreshCount);
    }

    [Fact]
    public async Task Token_endpoint_requests_are_recorded_and_faults_can_target_them()
    {
        Emulator.EnqueueFault(new FaultResponse(500, "<html>oauth down</html>", "text/html") { ForMethod = FaultResponse.OAuthTokenEndpoint });

        var failed = await GetAsync(RefreshUrl());
        var succeeded = await GetAsync(RefreshUrl());

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Equal(HttpStatusCode.OK, succeeded.Status);
        var requests = Emulator.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, request => Assert.Equal("/oauth/token/", request.Path));
        Assert.All(requests, request => Assert.Null(request.RestMethod));
        Assert.True(requests[0].ServedByFault);
        Assert.Equal(200, requests[1].ResponseStatus);
        Assert.Equal(1, Emulator.RefreshCount);
    }
}

public sealed class OAuthInvalidTokenTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { ReportInvalidToken = true };

    [Fact]
    public async Task With_ReportInvalidToken_an_unknown_token_is_invalid_token()
    {
        var answer = await CallOAuthAsync("calendar.settings.get", "never-issued");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("""{"error":"invalid_token","error_description":"The access token provided is invalid"}""", answer.Text);
    }

    [Fact]
    public async Task A_missing_token_is_still_NO_AUTH_FOUND()
    {
        var answer = await PostJsonAsync(Emulator.ClientEndpoint + "calendar.settings.get", "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("NO_AUTH_FOUND", answer.Json["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_lifetime_tokens_do_not_expire_and_expires_in_is_3600()
    {
        Clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(HttpStatusCode.OK, (await CallOAuthAsync("calendar.settings.get", Emulator.AccessToken)).Status);

        var refresh = await GetAsync($"{Emulator.OAuthEndpoint}?grant_type=refresh_token&client_id={Emulator.ClientId}&client_secret={Emulator.ClientSecret}&refresh_token={Emulator.RefreshToken}");

        Assert.Equal(3600, refresh.Json["expires_in"]!.GetValue<long>());
    }
}
