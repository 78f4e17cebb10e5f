using System;
using System.Net;
using System.Text.RegularExpressions;

namespace B24Gen;

/// <summary>
/// How to reach a portal: its address and credentials (a webhook, or an OAuth access token), and transport
/// settings. Change settings with <c>with</c>: <c>B24ClientOptions.FromWebhook(url) with { Timeout = TimeSpan.FromSeconds(30) }</c>.
/// </summary>
public sealed partial record B24ClientOptions
{
    private B24ClientOptions(Uri endpoint, string portalAddress, string? webhookCode, string? accessToken)
    {
        Endpoint = endpoint;
        PortalAddress = portalAddress;
        WebhookCode = webhookCode;
        AccessToken = accessToken;
    }

    /// <summary>The portal's address, e.g. <c>https://example.bitrix24.com</c> (no credentials).</summary>
    public string PortalAddress { get; }

    /// <summary>Whether calls are authorized by an incoming webhook (else by an OAuth access token).</summary>
    public bool IsWebhook => WebhookCode is not null;

    /// <summary>How long one call may take, including reading the response; the portal cuts requests at 60 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The client-side request limit; <see cref="B24RateLimit.Standard"/> by default, null for none.</summary>
    public B24RateLimit? RateLimit { get; init; } = B24RateLimit.Standard;

    /// <summary>Retries and waits; <see cref="B24RetryOptions.None"/> turns them off.</summary>
    public B24RetryOptions Retry { get; init; } = new();

    /// <summary>
    /// The portal's request limit and operating times shared with every process that calls it (B24Gen.Redis), or null
    /// to keep them in this process. The bucket is used when <see cref="RateLimit"/> is set, the operating times always;
    /// see <see cref="IB24SharedLimits"/>.
    /// </summary>
    public IB24SharedLimits? SharedLimits { get; init; }

    /// <summary>Refreshes an expired access token (OAuth applications only).</summary>
    public B24OAuthOptions? OAuth { get; init; }

    /// <summary>
    /// False (the default): a value of the result that does not fit its declared type never fails the call; that member
    /// keeps its default, its raw value stays in <c>AdditionalFields</c>, and the problem is on
    /// <see cref="B24Response{T}.ReadProblems"/>, logged once per method and field (a warning) and counted
    /// (<c>b24gen.client.read_problems</c>). True, for tests and schema authors: such a value throws a
    /// <see cref="B24ResponseFormatException"/> with its JSON path and what to change in the schema.
    /// </summary>
    public bool StrictReading { get; init; }

    /// <summary>Where the client logs each call (method, status, duration, retries; never secrets).</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>
    /// Creates the client's meter (<see cref="Diagnostics.B24Telemetry.Name"/>) when set, as dependency injection does;
    /// without it, clients share one static meter of that name.
    /// </summary>
    public System.Diagnostics.Metrics.IMeterFactory? MeterFactory { get; init; }

    /// <summary>The clock for backoff, operating-time waits and the rate limit (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The User-Agent sent with every call; name your integration here.</summary>
    public string UserAgent { get; init; } = "B24Gen/" + typeof(B24ClientOptions).Assembly.GetName().Version?.ToString(3);

    /// <summary>The base URL method names are appended to. Contains the webhook code: never log it.</summary>
    internal Uri Endpoint { get; }

    internal string? WebhookCode { get; }

    internal string? AccessToken { get; }

    /// <summary>
    /// Options for an incoming webhook URL, as Bitrix24 shows it: <c>https://example.bitrix24.com/rest/1/abc123xyz/</c>.
    /// HTTPS is required except for loopback addresses.
    /// </summary>
    /// <param name="webhookUrl">The webhook URL.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The URL is not a webhook URL, or not HTTPS.</exception>
    public static B24ClientOptions FromWebhook(string webhookUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookUrl);
        if (!Uri.TryCreate(webhookUrl.Trim(), UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("The webhook URL is not an absolute URL; expected https://your-portal.bitrix24.com/rest/{user}/{code}/.", nameof(webhookUrl));
        }

        var match = WebhookPath().Match(uri.AbsolutePath);
        if (!match.Success)
        {
            throw new ArgumentException($"The webhook URL must look like https://your-portal.bitrix24.com/rest/{{user}}/{{code}}/; its path does not ({Describe(uri)}).", nameof(webhookUrl));
        }

        RequireHttps(uri, nameof(webhookUrl));
        var code = match.Groups["code"].Value;
        var endpoint = new Uri(uri.GetLeftPart(UriPartial.Authority) + match.Value.TrimEnd('/') + "/");
        return new B24ClientOptions(endpoint, uri.GetLeftPart(UriPartial.Authority), code, null);
    }

    /// <summary>
    /// Options for an OAuth application: the portal's REST endpoint (the <c>client_endpoint</c> of the token
    /// response, e.g. <c>https://example.bitrix24.com/rest/</c>) and an access token, sent as <c>auth</c>.
    /// </summary>
    /// <param name="clientEndpoint">The REST endpoint.</param>
    /// <param name="accessToken">The access token.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The endpoint is not an absolute URL, or not HTTPS.</exception>
    public static B24ClientOptions FromAccessToken(string clientEndpoint, string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientEndpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        if (!Uri.TryCreate(clientEndpoint.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The client endpoint must be an absolute URL such as https://your-portal.bitrix24.com/rest/.", nameof(clientEndpoint));
        }

        RequireHttps(uri, nameof(clientEndpoint));
        var text = uri.GetLeftPart(UriPartial.Path);
        if (!text.EndsWith('/'))
        {
            text += "/";
        }

        return new B24ClientOptions(new Uri(text), uri.GetLeftPart(UriPartial.Authority), null, accessToken);
    }

    /// <summary>The portal address and the kind of credentials; never the credentials.</summary>
    public override string ToString() => $"{PortalAddress} ({(IsWebhook ? "webhook" : "OAuth access token")})";

    /// <summary>HTTPS, or plain HTTP to a loopback address (a local emulator).</summary>
    internal static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps
        || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address))));

    private static void RequireHttps(Uri uri, string parameterName)
    {
        if (!IsSecureOrLoopback(uri))
        {
            throw new ArgumentException($"The portal must be reached over HTTPS (plain HTTP is allowed only for loopback addresses such as a local emulator); got {Describe(uri)}.", parameterName);
        }
    }

    private static string Describe(Uri uri) => uri.GetLeftPart(UriPartial.Authority) + "/...";

    [GeneratedRegex(@"^/rest/(?<user>\d+)/(?<code>[^/]+)/?$", RegexOptions.CultureInvariant)]
    private static partial Regex WebhookPath();
}
