using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace B24Gen.Hosting;

/// <summary>Turns configured <see cref="B24PortalOptions"/> into the runtime's <see cref="B24ClientOptions"/>.</summary>
internal static class B24PortalClientOptions
{
    /// <summary>The client options; <see cref="ArgumentException"/> says what is missing or wrong (never a secret).</summary>
    public static B24ClientOptions Create(B24PortalOptions portal, ILoggerFactory? loggers = null, IMeterFactory? meters = null, Func<B24Tokens, CancellationToken, Task>? onTokensRefreshed = null)
    {
        var options = portal.IsWebhook ? B24ClientOptions.FromWebhook(portal.WebhookUrl!) : OAuth(portal, onTokensRefreshed);
        return options with
        {
            RateLimit = RateLimit(portal.RateLimit),
            Timeout = portal.Timeout > TimeSpan.Zero ? portal.Timeout : throw new ArgumentException($"Timeout must be positive; it is {portal.Timeout}."),
            Retry = portal.MaxRetries switch
            {
                0 => B24RetryOptions.None,
                > 0 => new B24RetryOptions { MaxRetries = portal.MaxRetries },
                _ => throw new ArgumentException($"MaxRetries must be 0 or more; it is {portal.MaxRetries}."),
            },
            StrictReading = portal.StrictReading,
            UserAgent = string.IsNullOrWhiteSpace(portal.UserAgent) ? options.UserAgent : portal.UserAgent,
            LoggerFactory = loggers,
            MeterFactory = meters,
        };
    }

    /// <summary><c>Standard</c>, <c>Enterprise</c> or <c>None</c>, in any case.</summary>
    public static B24RateLimit? RateLimit(string? plan) => plan?.Trim().ToUpperInvariant() switch
    {
        null or "" or "STANDARD" => B24RateLimit.Standard,
        "ENTERPRISE" => B24RateLimit.Enterprise,
        "NONE" => null,
        _ => throw new ArgumentException($"RateLimit must be Standard, Enterprise or None; it is '{plan}'."),
    };

    private static B24ClientOptions OAuth(B24PortalOptions portal, Func<B24Tokens, CancellationToken, Task>? onTokensRefreshed)
    {
        if (string.IsNullOrWhiteSpace(portal.ClientEndpoint) || string.IsNullOrWhiteSpace(portal.AccessToken))
        {
            throw new ArgumentException("Set WebhookUrl (an incoming webhook), or ClientEndpoint and AccessToken (an OAuth application; with ClientId, ClientSecret and RefreshToken to refresh the token).");
        }

        var options = B24ClientOptions.FromAccessToken(portal.ClientEndpoint, portal.AccessToken);
        var refresh = new[] { portal.ClientId, portal.ClientSecret, portal.RefreshToken };
        if (refresh.All(string.IsNullOrWhiteSpace))
        {
            return options;
        }

        if (refresh.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("ClientId, ClientSecret and RefreshToken go together: set all three to refresh the access token, or none.");
        }

        var oauth = new B24OAuthOptions
        {
            ClientId = portal.ClientId!,
            ClientSecret = portal.ClientSecret!,
            RefreshToken = portal.RefreshToken!,
            OnTokensRefreshed = onTokensRefreshed,
        };
        if (!string.IsNullOrWhiteSpace(portal.TokenEndpoint))
        {
            oauth = oauth with
            {
                TokenEndpoint = Uri.TryCreate(portal.TokenEndpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "https" or "http"
                    ? endpoint
                    : throw new ArgumentException($"TokenEndpoint must be an absolute URL such as https://oauth.bitrix.info/oauth/token/; it is '{portal.TokenEndpoint}'."),
            };
        }

        return options with { OAuth = oauth };
    }
}
