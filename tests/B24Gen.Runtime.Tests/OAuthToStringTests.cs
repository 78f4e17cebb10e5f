namespace B24Gen.Runtime.Tests;

/// <summary>The OAuth records say what they are in logs and the debugger, and never show a secret.</summary>
public sealed class OAuthToStringTests
{
    [Fact]
    public void OAuth_options_show_the_client_and_the_server_only()
    {
        var options = new B24OAuthOptions
        {
            ClientId = "app.1234",
            ClientSecret = "client-s3cr3t",
            RefreshToken = "refresh-t0ken",
            TokenEndpoint = new Uri("https://oauth.example.com/oauth/token/?x=1"),
        };

        Assert.Equal("OAuth client app.1234 via https://oauth.example.com", options.ToString());
    }

    [Fact]
    public void A_token_pair_shows_when_it_expires_only()
    {
        var tokens = new B24Tokens("access-t0ken", "refresh-t0ken", new DateTimeOffset(2026, 12, 6, 11, 30, 0, TimeSpan.Zero), "https://a.bitrix24.com/rest/");

        Assert.Equal("token pair (expires 2026-12-06 11:30:00Z)", tokens.ToString());
        Assert.Equal("token pair (expires unknown)", (tokens with { ExpiresAt = null }).ToString());
    }
}
