using B24Gen.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace B24Gen.AspNetCore;

/// <summary>
/// The API of the portal an event came from, once its token is checked: a portal <c>AddB24</c> configured at the
/// event's domain; else, with <c>AddB24App</c>, the application's client of that domain (after saving the OAuth
/// tokens the event brought, as <c>ONAPPINSTALL</c> does, so the first call already has them); else
/// <see cref="B24EventOptions.PortalName"/>, else the default portal.
/// </summary>
internal sealed class EventPortals(IB24Portals portals, PortalCatalog catalog, IB24TokenStore tokens, IOptions<B24EventOptions> options, TimeProvider clock)
{
    /// <summary>The portal's API, and whether it is an <c>AddB24App</c> application's portal (found by its domain).</summary>
    /// <exception cref="InvalidOperationException">No portal fits: none configured at the domain, no application, no default.</exception>
    public async ValueTask<(B24Api Api, bool ByApp)> ForAsync(B24EventEnvelope envelope, ILogger logger, CancellationToken cancellationToken)
    {
        var host = PortalHost.Of(envelope.Auth.Domain);
        if (host is not null && Configured(host) is { } name)
        {
            return (portals.GetApi(name), false);
        }

        if (catalog.HasApp)
        {
            if (host is null)
            {
                throw new InvalidOperationException("The event names no portal (auth[domain] is empty), and an AddB24App application finds its portals by domain.");
            }

            await SaveTokensAsync(envelope, host, logger, cancellationToken).ConfigureAwait(false);
            return (await portals.ForPortalAsync(host, cancellationToken).ConfigureAwait(false), true);
        }

        return (portals.GetApi(options.Value.PortalName ?? string.Empty), false);
    }

    /// <summary>The configured portal whose address (as configured, or where it moved) is at this host.</summary>
    private string? Configured(string host)
    {
        foreach (var name in catalog.PortalNames)
        {
            B24Client client;
            try
            {
                client = portals.GetClient(name);
            }
            catch (InvalidOperationException)
            {
                // A B24Api the app registered itself, not through AddB24: not a portal Hosting knows by name.
                continue;
            }

            if (PortalHost.Of(client.PortalAddress) == host || PortalHost.Of(client.Options.PortalAddress) == host)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// Saves an event's token pair (<c>ONAPPINSTALL</c>'s; any event with both tokens) where <c>AddB24App</c> reads a
    /// portal's tokens: the store, under the portal's host. The REST endpoint is kept only when it is on the portal's
    /// own host, so a forwarded event cannot point the app's calls elsewhere.
    /// </summary>
    private async ValueTask SaveTokensAsync(B24EventEnvelope envelope, string host, ILogger logger, CancellationToken cancellationToken)
    {
        var auth = envelope.Auth;
        if (auth.AccessToken is not { } access || auth.RefreshToken is not { } refresh)
        {
            return;
        }

        var endpoint = PortalHost.Of(auth.ClientEndpoint) == host ? auth.ClientEndpoint : null;
        var expiresAt = auth.ExpiresIn is { } seconds and > 0 ? clock.GetUtcNow().AddSeconds(seconds) : (DateTimeOffset?)null;
        await tokens.SaveAsync(host, new B24Tokens(access, refresh, expiresAt, endpoint), cancellationToken).ConfigureAwait(false);
        var shown = LogText.Of(host);
        EventsLog.TokensSaved(logger, envelope.Code, shown);
    }
}
