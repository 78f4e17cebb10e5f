using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace B24Gen.Hosting;

/// <summary>
/// Turns configured <see cref="B24PortalOptions"/> into the runtime's <see cref="B24ClientOptions"/>, and names every
/// problem of them for the validators (one sentence each, naming the option, never its secret value).
/// </summary>
internal static class B24PortalClientOptions
{
    private static readonly TimeSpan s_maxTimeout = TimeSpan.FromDays(1);

    /// <summary>
    /// The client options; an OAuth portal's tokens live in <paramref name="tokenStore"/> under
    /// <paramref name="tokenStoreKey"/>. <see cref="ArgumentException"/> with the first problem when there is one.
    /// </summary>
    public static B24ClientOptions Create(B24PortalOptions portal, ILoggerFactory? loggers = null, IMeterFactory? meters = null, IB24TokenStore? tokenStore = null, string? tokenStoreKey = null)
    {
        if (Problems(portal) is [var first, ..])
        {
            throw new ArgumentException(first);
        }

        var options = portal.IsWebhook
            ? B24ClientOptions.FromWebhook(portal.WebhookUrl!)
            : B24ClientOptions.FromAccessToken(portal.ClientEndpoint!, portal.AccessToken!);
        if (!portal.IsWebhook && !string.IsNullOrWhiteSpace(portal.RefreshToken))
        {
            var oauth = new B24OAuthOptions
            {
                ClientId = portal.ClientId!,
                ClientSecret = portal.ClientSecret!,
                RefreshToken = portal.RefreshToken!,
                TokenStore = tokenStore,
                TokenStoreKey = tokenStoreKey,
            };
            options = options with { OAuth = TokenEndpoint(portal) is { } endpoint ? oauth with { TokenEndpoint = endpoint } : oauth };
        }

        return options with
        {
            RateLimit = RateLimit(portal.RateLimit),
            Timeout = portal.Timeout,
            Retry = portal.MaxRetries == 0 ? B24RetryOptions.None : new B24RetryOptions { MaxRetries = portal.MaxRetries },
            StrictReading = portal.StrictReading,
            UserAgent = string.IsNullOrWhiteSpace(portal.UserAgent) ? options.UserAgent : portal.UserAgent,
            LoggerFactory = loggers,
            MeterFactory = meters,
        };
    }

    /// <summary>Every problem of a portal's options: its form (webhook or OAuth) and its settings.</summary>
    public static List<string> Problems(B24PortalOptions portal)
    {
        var problems = new List<string>();
        if (portal.IsWebhook)
        {
            Check(problems, () => B24ClientOptions.FromWebhook(portal.WebhookUrl!));
        }
        else if (string.IsNullOrWhiteSpace(portal.ClientEndpoint) || string.IsNullOrWhiteSpace(portal.AccessToken))
        {
            problems.Add("Set WebhookUrl (an incoming webhook), or ClientEndpoint and AccessToken (an OAuth application; with ClientId, ClientSecret and RefreshToken to refresh the token).");
        }
        else
        {
            Check(problems, () => B24ClientOptions.FromAccessToken(portal.ClientEndpoint!, portal.AccessToken!));
            var refresh = new[] { portal.ClientId, portal.ClientSecret, portal.RefreshToken };
            if (refresh.Any(string.IsNullOrWhiteSpace) && !refresh.All(string.IsNullOrWhiteSpace))
            {
                problems.Add("ClientId, ClientSecret and RefreshToken go together: set all three to refresh the access token, or none.");
            }
        }

        problems.AddRange(SettingProblems(portal));
        return problems;
    }

    /// <summary>The problems of the settings a portal and an application share.</summary>
    public static IEnumerable<string> SettingProblems(B24ConnectionOptions options)
    {
        var problems = new List<string>();
        Check(problems, () => RateLimit(options.RateLimit));
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > s_maxTimeout)
        {
            problems.Add($"Timeout must be more than 0 and at most a day; it is {options.Timeout}.");
        }

        if (options.MaxRetries < 0)
        {
            problems.Add($"MaxRetries must be 0 or more; it is {options.MaxRetries}.");
        }

        Check(problems, () => TokenEndpoint(options));
        return problems;
    }

    /// <summary><c>Standard</c>, <c>Enterprise</c> or <c>None</c>, in any case.</summary>
    public static B24RateLimit? RateLimit(string? plan) => plan?.Trim().ToUpperInvariant() switch
    {
        null or "" or "STANDARD" => B24RateLimit.Standard,
        "ENTERPRISE" => B24RateLimit.Enterprise,
        "NONE" => null,
        _ => throw new ArgumentException($"RateLimit must be Standard, Enterprise or None; it is '{plan}'."),
    };

    /// <summary>
    /// The token endpoint, or null for the default one. HTTPS only (plain HTTP to a loopback address, for tests): the
    /// client secret and the refresh token travel in its query.
    /// </summary>
    private static Uri? TokenEndpoint(B24ConnectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TokenEndpoint))
        {
            return null;
        }

        return Uri.TryCreate(options.TokenEndpoint, UriKind.Absolute, out var endpoint)
            && (endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && (endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host, out var ip) && IPAddress.IsLoopback(ip))))
            ? endpoint
            : throw new ArgumentException($"TokenEndpoint must be an HTTPS URL such as https://oauth.bitrix.info/oauth/token/; it is '{options.TokenEndpoint}'.");
    }

    private static void Check(List<string> problems, Action check)
    {
        try
        {
            check();
        }
        catch (ArgumentException exception)
        {
            // ArgumentException appends " (Parameter 'webhookUrl')": the option's name says it already.
            problems.Add(exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal));
        }
    }
}
