namespace B24Gen.Hosting;

/// <summary>
/// An OAuth application that serves many portals (a Bitrix24 Market app): its credentials, and the settings every
/// portal's client shares. Each portal's tokens come from <see cref="IB24TokenStore"/>.
/// </summary>
public sealed class B24AppOptions
{
    /// <summary>The application's client ID. Required.</summary>
    public string? ClientId { get; set; }

    /// <summary>The application's client secret. Required; secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The OAuth server that refreshes tokens: <c>https://oauth.bitrix.info/oauth/token/</c> unless set (an on-premise portal's own <c>/oauth/token/</c>).</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The client-side rate limit of each portal: <c>Standard</c> (default), <c>Enterprise</c> or <c>None</c>.</summary>
    public string RateLimit { get; set; } = "Standard";

    /// <summary>How long one HTTP request may take (default 60 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a failed call is retried (default 5).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The User-Agent sent with every call. Empty keeps B24Gen's.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The application and its settings, never its secret.</summary>
    public override string ToString() => $"OAuth application {ClientId} (rate limit {RateLimit})";
}
