using System.Diagnostics.CodeAnalysis;
using B24Gen;
using B24Gen.AspNetCore;
using B24Gen.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

// Where the framework's own Map* extensions (MapHealthChecks, MapHub) live: found in Program.cs without a using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoint the portal POSTs events to.</summary>
public static class B24EventsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the endpoint Bitrix24 POSTs events to (the handler URL of <c>event.bind</c> or of an outgoing webhook):
    /// POST only, <c>application/x-www-form-urlencoded</c>. Each event's application token is checked against the
    /// configured one in constant time before anything else; then the handlers added with <c>AddB24Events</c> run
    /// with the calling portal's API, and the portal gets 200 (401 for a wrong or missing token, 400 for a body that is
    /// not an event, 413 over <c>MaxBodyBytes</c>, 415 for another content type, 500 when a handler throws).
    /// </summary>
    /// <remarks>
    /// <para>
    /// <b>The portal does not retry.</b> Whatever the answer (500, a timeout), an event is sent once; and it may be
    /// sent twice. Answer fast (the portal's queue slows its deliveries to a slow handler) and hand long work to a queue:
    /// write the event to a <c>System.Threading.Channels.Channel</c> (or a durable queue) in the handler and process it
    /// in a <c>BackgroundService</c>; make that processing idempotent (key on the object's ID and change, not on the
    /// delivery). An event the handler could not take is logged with its code and domain, so it is not lost silently.
    /// </para>
    /// <para>
    /// The endpoint is public: add <c>.RequireHost(...)</c>, rate limiting or an IP allow-list of the portal's queue
    /// servers through the returned builder as your deployment needs.
    /// </para>
    /// </remarks>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/b24/events</c>.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddB24Events</c>, or both <c>AddB24</c> and <c>AddB24App</c>, were not called.</exception>
    public static IEndpointConventionBuilder MapB24Events(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var services = endpoints.ServiceProvider;
        if (services.GetService<B24EventHandlers>() is null)
        {
            throw new InvalidOperationException("MapB24Events needs services.AddB24Events(options => options.ApplicationToken = ...) with the event handlers.");
        }

        if (services.GetService<IB24Portals>() is null)
        {
            throw new InvalidOperationException("MapB24Events needs the portals events come from: call services.AddB24(...) (a configured portal) or services.AddB24App(...) (an application on many portals).");
        }

        var endpoint = services.GetRequiredService<B24EventEndpoint>();
        return endpoints.MapPost(pattern, endpoint.HandleAsync).WithDisplayName("B24 events " + pattern);
    }
}
