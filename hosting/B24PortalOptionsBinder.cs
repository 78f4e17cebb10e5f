using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace B24Gen.Hosting;

/// <summary>
/// Reads <see cref="B24PortalOptions"/> and <see cref="B24AppOptions"/> from a configuration section by name, without the reflection-based binder, so
/// the package stays trimming- and AOT-safe. A value that does not parse is left for the validator to name: it is kept
/// as text where the option is text, and reported where it is a number or a time span.
/// </summary>
internal static class B24PortalOptionsBinder
{
    public static void Bind(IConfiguration section, B24PortalOptions options)
    {
        var problems = options.BindingProblems;
        options.WebhookUrl = section[nameof(B24PortalOptions.WebhookUrl)] ?? options.WebhookUrl;
        options.ClientEndpoint = section[nameof(B24PortalOptions.ClientEndpoint)] ?? options.ClientEndpoint;
        options.AccessToken = section[nameof(B24PortalOptions.AccessToken)] ?? options.AccessToken;
        options.RefreshToken = section[nameof(B24PortalOptions.RefreshToken)] ?? options.RefreshToken;
        options.ClientId = section[nameof(B24PortalOptions.ClientId)] ?? options.ClientId;
        options.ClientSecret = section[nameof(B24PortalOptions.ClientSecret)] ?? options.ClientSecret;
        options.TokenEndpoint = section[nameof(B24PortalOptions.TokenEndpoint)] ?? options.TokenEndpoint;
        options.RateLimit = section[nameof(B24PortalOptions.RateLimit)] ?? options.RateLimit;
        options.UserAgent = section[nameof(B24PortalOptions.UserAgent)] ?? options.UserAgent;
        if (section[nameof(B24PortalOptions.Timeout)] is { } timeout)
        {
            if (TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var value))
            {
                options.Timeout = value;
            }
            else
            {
                problems.Add($"{Path(section, nameof(B24PortalOptions.Timeout))}: '{timeout}' is not a time span (hh:mm:ss, e.g. 00:01:30).");
            }
        }

        if (section[nameof(B24PortalOptions.MaxRetries)] is { } retries)
        {
            if (int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                options.MaxRetries = value;
            }
            else
            {
                problems.Add($"{Path(section, nameof(B24PortalOptions.MaxRetries))}: '{retries}' is not a whole number.");
            }
        }

        if (section[nameof(B24PortalOptions.StrictReading)] is { } strict)
        {
            if (bool.TryParse(strict, out var value))
            {
                options.StrictReading = value;
            }
            else
            {
                problems.Add($"{Path(section, nameof(B24PortalOptions.StrictReading))}: '{strict}' is not true or false.");
            }
        }
    }

    public static void Bind(IConfiguration section, B24AppOptions options)
    {
        options.ClientId = section[nameof(B24AppOptions.ClientId)] ?? options.ClientId;
        options.ClientSecret = section[nameof(B24AppOptions.ClientSecret)] ?? options.ClientSecret;
        options.TokenEndpoint = section[nameof(B24AppOptions.TokenEndpoint)] ?? options.TokenEndpoint;
        options.RateLimit = section[nameof(B24AppOptions.RateLimit)] ?? options.RateLimit;
        options.UserAgent = section[nameof(B24AppOptions.UserAgent)] ?? options.UserAgent;
        if (section[nameof(B24AppOptions.Timeout)] is { } timeout && TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var span))
        {
            options.Timeout = span;
        }

        if (section[nameof(B24AppOptions.MaxRetries)] is { } retries && int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            options.MaxRetries = count;
        }
    }

    private static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection named ? named.Path + ":" + key : key;
}
