using System.Runtime.CompilerServices;

namespace B24Gen.Runtime.Tests;

/// <summary>B24ClientOptions: which URLs are accepted, and that a rejection never shows the secret.</summary>
public sealed class ClientOptionsTests
{
    private const string Code = "abc123xyz";

    [Theory]
    [InlineData("http://example.bitrix24.com/rest/1/abc123xyz/")] // plain HTTP to a real host
    [InlineData("http://10.0.0.5/rest/1/abc123xyz/")]
    [InlineData("http://127.0.0.1.nip.io/rest/1/abc123xyz/")] // looks loopback, is not
    [InlineData("http://localhost.example.com/rest/1/abc123xyz/")]
    [InlineData("ftp://127.0.0.1/rest/1/abc123xyz/")]
    [InlineData("file:///rest/1/abc123xyz/")]
    public void FromWebhook_rejects_non_HTTPS_for_non_loopback_hosts(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => B24ClientOptions.FromWebhook(url));

        Assert.Equal("webhookUrl", error.ParamName);
        Assert.DoesNotContain(Code, error.Message);
        Assert.DoesNotContain(Code, error.ToString());
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("example.bitrix24.com/rest/1/abc123xyz/")] // no scheme
    [InlineData("https://exa mple.com/rest/1/abc123xyz/")]
    [InlineData("https://")]
    [InlineData("https:///rest/1/abc123xyz/")]
    [InlineData("abc123xyz")]
    public void FromWebhook_rejects_malformed_urls(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => B24ClientOptions.FromWebhook(url));

        Assert.Equal("webhookUrl", error.ParamName);
        Assert.DoesNotContain(Code, error.Message);
    }

    [Theory]
    [InlineData("https://example.bitrix24.com/")]
    [InlineData("https://example.bitrix24.com/rest/")]
    [InlineData("https://example.bitrix24.com/rest/abc123xyz/")]
    [InlineData("https://example.bitrix24.com/rest/x1/abc123xyz/")]
    [InlineData("https://example.bitrix24.com/rest/1/")]
    [InlineData("https://example.bitrix24.com/rest/1/abc123xyz/calendar.section.get")]
    [InlineData("https://example.bitrix24.com/rest/api/1/abc123xyz/")]
    [InlineData("https://example.bitrix24.com/api/1/abc123xyz/")]
    [InlineData("https://example.bitrix24.com/1/abc123xyz/")]
    public void FromWebhook_rejects_urls_without_rest_user_code(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => B24ClientOptions.FromWebhook(url));

        Assert.Equal("webhookUrl", error.ParamName);
        Assert.DoesNotContain(Code, error.Message);
        Assert.Contains("/rest/{user}/{code}/", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromWebhook_rejects_missing_urls(string? url)
    {
        Assert.ThrowsAny<ArgumentException>(() => B24ClientOptions.FromWebhook(url!));
    }

    [Theory]
    [InlineData("https://example.bitrix24.com/rest/1/abc123xyz/", "https://example.bitrix24.com")]
    [InlineData("https://example.bitrix24.com/rest/1/abc123xyz", "https://example.bitrix24.com")]
    [InlineData("  https://example.bitrix24.com/rest/17/abc123xyz/  ", "https://example.bitrix24.com")]
    [InlineData("https://example.bitrix24.com:8443/rest/1/abc123xyz/", "https://example.bitrix24.com:8443")]
    [InlineData("http://127.0.0.1:5000/rest/1/abc123xyz/", "http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.2/rest/1/abc123xyz/", "http://127.0.0.2")]
    [InlineData("http://localhost:5000/rest/1/abc123xyz/", "http://localhost:5000")]
    [InlineData("http://[::1]:5000/rest/1/abc123xyz/", "http://[::1]:5000")]
    public void FromWebhook_accepts_HTTPS_and_loopback_HTTP(string url, string portal)
    {
        var options = B24ClientOptions.FromWebhook(url);

        Assert.True(options.IsWebhook);
        Assert.Equal(portal, options.PortalAddress);
        Assert.Equal($"{portal} (webhook)", options.ToString());
        Assert.DoesNotContain(Code, options.ToString());
    }

    [Theory]
    [InlineData("http://example.bitrix24.com/rest/")]
    [InlineData("ftp://127.0.0.1/rest/")]
    [InlineData("not a url")]
    [InlineData("example.bitrix24.com/rest/")]
    public void FromAccessToken_rejects_bad_endpoints_without_showing_the_token(string endpoint)
    {
        var error = Assert.Throws<ArgumentException>(() => B24ClientOptions.FromAccessToken(endpoint, "the-token-123"));

        Assert.Equal("clientEndpoint", error.ParamName);
        Assert.DoesNotContain("the-token-123", error.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void FromAccessToken_rejects_an_empty_token(string token)
    {
        Assert.ThrowsAny<ArgumentException>(() => B24ClientOptions.FromAccessToken("https://example.bitrix24.com/rest/", token));
    }

    [Theory]
    [InlineData("https://example.bitrix24.com/rest/", "https://example.bitrix24.com")]
    [InlineData("https://example.bitrix24.com/rest", "https://example.bitrix24.com")]
    [InlineData("http://127.0.0.1:8080/rest/", "http://127.0.0.1:8080")]
    [InlineData("http://localhost/rest/", "http://localhost")]
    public void FromAccessToken_accepts_HTTPS_and_loopback_HTTP(string endpoint, string portal)
    {
        var options = B24ClientOptions.FromAccessToken(endpoint, "the-token-123");

        Assert.False(options.IsWebhook);
        Assert.Equal(portal, options.PortalAddress);
        Assert.Equal($"{portal} (OAuth access token)", options.ToString());
    }

    [Fact]
    public void Defaults_are_a_60_second_timeout_and_a_versioned_user_agent()
    {
        var options = B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/abc123xyz/");

        Assert.Equal(TimeSpan.FromSeconds(60), options.Timeout);
        Assert.Matches(@"^B24Gen/\d+\.\d+\.\d+$", options.UserAgent);
    }

    [Fact]
    public void UserAgent_and_Timeout_can_be_customised_with_with()
    {
        var options = B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/abc123xyz/")
            with { UserAgent = "my-integration/2.1", Timeout = TimeSpan.FromSeconds(5) };

        Assert.Equal("my-integration/2.1", options.UserAgent);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal("https://example.bitrix24.com", options.PortalAddress);
        Assert.True(options.IsWebhook);
        Assert.DoesNotContain("abc123xyz", options.ToString(), StringComparison.Ordinal);
    }
}
