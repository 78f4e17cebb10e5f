namespace B24Gen.Hosting;

/// <summary>
/// What a portal (<see cref="B24PortalOptions"/>) and an OAuth application serving many portals
/// (<see cref="B24AppOptions"/>) configure alike: the application's credentials and how the client calls.
/// </summary>
public abstract class B24ConnectionOptions
{
    private protected B24ConnectionOptions()
    {
    }

    /// <summary>An OAuth application's client ID (<c>local.5f...</c> or the app code).</summary>
    public string? ClientId { get; set; }

    /// <summary>An OAuth application's client secret. Secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The OAuth server that refreshes tokens: <c>https://oauth.bitrix.info/oauth/token/</c> unless set (an on-premise portal's own <c>/oauth/token/</c>).</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The portal's plan for the client-side rate limit: <c>Standard</c> (default), <c>Enterprise</c> or <c>None</c>.</summary>
    public string RateLimit { get; set; } = "Standard";

    /// <summary>How long one HTTP request may take (default 60 seconds; configuration takes seconds, <c>90</c>, or <c>00:01:30</c>; at most a day).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a failed call is retried (default 5; 0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The User-Agent sent with every call; name your integration here. Empty keeps B24Gen's.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Values configuration gave that did not parse, for the validator to report with the others.</summary>
    internal List<string> BindingProblems { get; } = [];

    /// <summary>Copies these settings to a portal's options (an application's portal takes the application's).</summary>
    internal void CopyTo(B24ConnectionOptions target)
    {
        target.ClientId = ClientId;
        target.ClientSecret = ClientSecret;
        target.TokenEndpoint = TokenEndpoint;
        target.RateLimit = RateLimit;
        target.Timeout = Timeout;
        target.MaxRetries = MaxRetries;
        target.UserAgent = UserAgent;
    }
}
