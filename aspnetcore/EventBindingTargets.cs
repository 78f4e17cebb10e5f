namespace B24Gen.AspNetCore;

/// <summary>
/// Where the portal should send events, as <see cref="B24EventsBuilder.BindOnStartup(Uri)"/> and
/// <see cref="B24EventsBuilder.BindOnInstall(Uri)"/> set it: the handler URL to bind the configured portals to at start, and
/// the one to bind an application's portal to when its <c>ONAPPINSTALL</c> arrives. Null: not bound by B24Gen. Each is
/// a function of the services, so a URL known only once the server listens (a test's free port) can be given too.
/// </summary>
internal sealed class EventBindingTargets
{
    /// <summary>The handler URL for the configured portals, resolved when the host starts.</summary>
    public Func<IServiceProvider, Uri>? OnStartup { get; set; }

    /// <summary>The handler URL for an application's portal, resolved when its install event arrives.</summary>
    public Func<IServiceProvider, Uri>? OnInstall { get; set; }

    /// <summary>The code of the event a portal sends when the application is installed on it.</summary>
    public const string InstallEvent = "ONAPPINSTALL";

    public static Uri Check(Uri handlerUrl)
    {
        ArgumentNullException.ThrowIfNull(handlerUrl);
        return handlerUrl.IsAbsoluteUri && (handlerUrl.Scheme == Uri.UriSchemeHttps || handlerUrl.Scheme == Uri.UriSchemeHttp)
            ? handlerUrl
            : throw new ArgumentException($"The handler URL must be an absolute HTTP(S) URL the portal can reach, such as https://app.example.com/b24/events; it is '{handlerUrl}'.", nameof(handlerUrl));
    }
}
