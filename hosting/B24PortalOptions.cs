namespace B24Gen.Hosting;

/// <summary>
/// One portal as configuration describes it (<c>"B24": { "WebhookUrl": "...", "RateLimit": "Enterprise" }</c>):
/// an incoming webhook, or an OAuth application's tokens for that portal. Validated when the host starts; its
/// <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed class B24PortalOptions
{
    /// <summary>The incoming webhook URL, <c>https://example.bitrix24.com/rest/1/abc123xyz/</c>. Secret: it holds the code.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>For an OAuth application: the portal's REST endpoint, <c>https://example.bitrix24.com/rest/</c>.</summary>
    public string? ClientEndpoint { get; set; }

    /// <summary>For an OAuth application: the access token. Secret.</summary>
    public string? AccessToken { get; set; }

    /// <summary>For an OAuth application: the refresh token, used when the access token expires. Secret.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>For an OAuth application: its client ID (<c>local.5f...</c> or the app code).</summary>
    public string? ClientId { get; set; }

    /// <summary>For an OAuth application: its client secret. Secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The OAuth server that refreshes tokens: <c>https://oauth.bitrix.info/oauth/token/</c> unless set (an on-premise portal's own <c>/oauth/token/</c>).</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The portal's plan for the client-side rate limit: <c>Standard</c> (default), <c>Enterprise</c> or <c>None</c>.</summary>
    public string RateLimit { get; set; } = "Standard";

    /// <summary>How long one HTTP request may take (default 60 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a failed call is retried (default 5; 0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>Throw on a result value that does not fit its type instead of reading it leniently.</summary>
    public bool StrictReading { get; set; }

    /// <summary>The User-Agent sent with every call; name your integration here. Empty keeps B24Gen's.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Values configuration gave that did not parse, for the validator to report with the others.</summary>
    internal List<string> BindingProblems { get; } = [];

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
