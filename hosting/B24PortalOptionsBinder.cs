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
        BindConnection(section, options);
        options.WebhookUrl = section[nameof(B24PortalOptions.WebhookUrl)] ?? options.WebhookUrl;
        options.ClientEndpoint = section[nameof(B24PortalOptions.ClientEndpoint)] ?? options.ClientEndpoint;
        options.AccessToken = section[nameof(B24PortalOptions.AccessToken)] ?? options.AccessToken;
        options.RefreshToken = section[nameof(B24PortalOptions.RefreshToken)] ?? options.RefreshToken;
        if (section[nameof(B24PortalOptions.StrictReading)] is { } strict)
        {
            if (bool.TryParse(strict, out var value))
            {
                options.StrictReading = value;
            }
            else
            {
                options.BindingProblems.Add($"{Path(section, nameof(B24PortalOptions.StrictReading))}: '{strict}' is not true or false.");
            }
        }
    }

    public static void Bind(IConfiguration section, B24AppOptions options) => BindConnection(section, options);

    private static void BindConnection(IConfiguration section, B24ConnectionOptions options)
    {
        options.ClientId = section[nameof(B24ConnectionOptions.ClientId)] ?? options.ClientId;
        options.ClientSecret = section[nameof(B24ConnectionOptions.ClientSecret)] ?? options.ClientSecret;
        options.TokenEndpoint = section[nameof(B24ConnectionOptions.TokenEndpoint)] ?? options.TokenEndpoint;
        options.RateLimit = section[nameof(B24ConnectionOptions.RateLimit)] ?? options.RateLimit;
        options.UserAgent = section[nameof(B24ConnectionOptions.UserAgent)] ?? options.UserAgent;
        if (section[nameof(B24ConnectionOptions.Timeout)] is { } timeout)
        {
            // A bare number is seconds ("90"); TimeSpan would read it as days.
            if (double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds)
            {
                options.Timeout = TimeSpan.FromSeconds(seconds);
            }
            else if (TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var value))
            {
                options.Timeout = value;
            }
            else
            {
                options.BindingProblems.Add($"{Path(section, nameof(B24ConnectionOptions.Timeout))}: '{timeout}' is not a time span (seconds, or hh:mm:ss such as 00:01:30).");
            }
        }

        if (section[nameof(B24ConnectionOptions.MaxRetries)] is { } retries)
        {
            if (int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                options.MaxRetries = value;
            }
            else
            {
                options.BindingProblems.Add($"{Path(section, nameof(B24ConnectionOptions.MaxRetries))}: '{retries}' is not a whole number.");
            }
        }
    }

    private static string Path(IConfiguration section, string key) =>
        section is IConfigurationSection named ? named.Path + ":" + key : key;
}
