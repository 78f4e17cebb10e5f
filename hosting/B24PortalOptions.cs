namespace B24Gen.Hosting;

/// <summary>
/// One portal as configuration describes it (<c>"B24": { "WebhookUrl": "...", "RateLimit": "Enterprise" }</c>):
/// an incoming webhook, or an OAuth application's tokens for that portal (with <see cref="B24ConnectionOptions.ClientId"/>,
/// <see cref="B24ConnectionOptions.ClientSecret"/> and <see cref="RefreshToken"/> to refresh them). Validated when the host starts; its
/// <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed class B24PortalOptions : B24ConnectionOptions
{
    /// <summary>The incoming webhook URL, <c>https://example.bitrix24.com/rest/1/abc123xyz/</c>. Secret: it holds the code.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>For an OAuth application: the portal's REST endpoint, <c>https://example.bitrix24.com/rest/</c>.</summary>
    public string? ClientEndpoint { get; set; }

    /// <summary>For an OAuth application: the access token. Secret.</summary>
    public string? AccessToken { get; set; }

    /// <summary>For an OAuth application: the refresh token, used when the access token expires. Secret.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>Throw on a result value that does not fit its type instead of reading it leniently.</summary>
    public bool StrictReading { get; set; }

    /// <summary>Whether the webhook form is used (else the OAuth form).</summary>
    internal bool IsWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>The portal's address and form, never a secret: <c>https://example.bitrix24.com (webhook)</c>.</summary>
    public override string ToString()
    {
        var address = IsWebhook ? WebhookUrl : ClientEndpoint;
        var shown = Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "no portal";
        return $"{shown} ({(IsWebhook ? "webhook" : "OAuth")}, rate limit {RateLimit})";
    }
}
