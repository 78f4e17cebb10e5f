using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace B24Gen.AspNetCore;

/// <summary>
/// Adds the handlers of the events <c>MapB24Events</c> receives, and says where the portal's bindings should point:
/// <c>services.AddB24Events(o => ...).On&lt;CalendarEntryAddEvent&gt;((e, context, ct) => ...).BindOnStartup(url)</c>.
/// Every handler goes into the one <see cref="B24EventHandlers"/> of the container (a singleton; inject it for its
/// <see cref="B24EventHandlers.EventTypes"/>).
/// </summary>
public sealed class B24EventsBuilder
{
    private readonly EventBindingTargets _targets;

    internal B24EventsBuilder(IServiceCollection services, B24EventHandlers handlers, EventBindingTargets targets)
    {
        Services = services;
        Handlers = handlers;
        _targets = targets;
    }

    /// <summary>The services the handlers were added to.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The handlers, as the endpoint dispatches to them.</summary>
    public B24EventHandlers Handlers { get; }

    /// <summary>Adds a handler of <typeparamref name="TEvent"/>; an event may have several, run in the order added.</summary>
    /// <typeparam name="TEvent">A generated event class (<c>CalendarEntryAddEvent</c>).</typeparam>
    /// <param name="handler">Handles the event; its exception answers the portal 500 and is logged.</param>
    /// <returns>This builder.</returns>
    public B24EventsBuilder On<TEvent>(Func<TEvent, B24EventContext, CancellationToken, Task> handler)
        where TEvent : B24Event, IB24Event<TEvent>
    {
        Handlers.On(handler);
        return this;
    }

    /// <summary>
    /// Adds a handler class of <typeparamref name="TEvent"/>, resolved from the request's services for each delivery
    /// (registered scoped unless you registered it yourself).
    /// </summary>
    /// <typeparam name="TEvent">A generated event class.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public B24EventsBuilder On<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where TEvent : B24Event, IB24Event<TEvent>
        where THandler : class, IB24EventHandler<TEvent>
    {
        Services.TryAddScoped<THandler>();
        Handlers.On<TEvent>((e, context, ct) => Resolve<THandler>(context).HandleAsync(e, context, ct));
        return this;
    }

    /// <summary>Adds a handler of the events no <see cref="On{TEvent}"/> handler types, delivered raw (<see cref="B24Event.RawData"/>) rather than dropped.</summary>
    /// <param name="handler">Handles the raw event.</param>
    /// <returns>This builder.</returns>
    public B24EventsBuilder OnUnknown(Func<B24RawEvent, B24EventContext, CancellationToken, Task> handler)
    {
        Handlers.OnUnknown(handler);
        return this;
    }

    /// <summary>
    /// At start, makes the bindings of every portal <c>AddB24</c> configured for <paramref name="handlerUrl"/> the
    /// handled event types (<see cref="B24EventBindings.SyncAsync"/>: missing codes bound, codes no handler wants any
    /// more unbound, other URLs' bindings left alone). The portal must be configured with an application's OAuth tokens:
    /// it refuses <c>event.bind</c> to a webhook, whose events are chosen in its outgoing-webhook settings. A failure
    /// does not stop the app: a portal that does not answer is tried again in the background (5 s, doubling, at most 5
    /// minutes apart), a refusal is logged as an error once. Only typed events are bound (<see cref="B24EventHandlers.EventTypes"/>):
    /// an <see cref="OnUnknown"/> handler has no codes, so this URL's bindings of codes no typed handler takes are
    /// removed. An <c>AddB24App</c> application has no portals at start: use <see cref="BindOnInstall(Uri)"/>.
    /// </summary>
    /// <param name="handlerUrl">The endpoint's public URL, as the portal reaches it: <c>https://app.example.com/b24/events</c>.</param>
    /// <returns>This builder.</returns>
    public B24EventsBuilder BindOnStartup(Uri handlerUrl)
    {
        var checkedUrl = EventBindingTargets.Check(handlerUrl);
        return BindOnStartup(_ => checkedUrl);
    }

    /// <summary>
    /// <see cref="BindOnStartup(Uri)"/> with the handler URL found when the host starts: from configuration, or from
    /// the server's own address in a test whose server listens on a free port.
    /// </summary>
    /// <param name="handlerUrl">Gives the endpoint's public URL from the app's services.</param>
    /// <returns>This builder.</returns>
    public B24EventsBuilder BindOnStartup(Func<IServiceProvider, Uri> handlerUrl)
    {
        ArgumentNullException.ThrowIfNull(handlerUrl);
        _targets.OnStartup = handlerUrl;
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, BindingsOnStartup>());
        return this;
    }

    /// <summary>
    /// For an <c>AddB24App</c> application: when a portal's <c>ONAPPINSTALL</c> arrives (its tokens saved to the token
    /// store first), makes that portal's bindings for <paramref name="handlerUrl"/> the handled event types, before the
    /// install handlers run. A failure answers the portal 500 and is logged; the install handlers do not run. The same
    /// sync by hand, e.g. after an update: <c>B24EventBindings.SyncAsync(context.Api.Client, url, handlers.EventTypes.Select(t => t.Code))</c>.
    /// </summary>
    /// <param name="handlerUrl">The endpoint's public URL, as the portal reaches it.</param>
    /// <returns>This builder.</returns>
    public B24EventsBuilder BindOnInstall(Uri handlerUrl)
    {
        var checkedUrl = EventBindingTargets.Check(handlerUrl);
        return BindOnInstall(_ => checkedUrl);
    }

    /// <summary><see cref="BindOnInstall(Uri)"/> with the handler URL found from the app's services when an install arrives.</summary>
    /// <param name="handlerUrl">Gives the endpoint's public URL from the app's services.</param>
    /// <returns>This builder.</returns>
    public B24EventsBuilder BindOnInstall(Func<IServiceProvider, Uri> handlerUrl)
    {
        ArgumentNullException.ThrowIfNull(handlerUrl);
        _targets.OnInstall = handlerUrl;
        return this;
    }

    private static THandler Resolve<THandler>(B24EventContext context)
        where THandler : notnull =>
        (context.Services ?? throw new InvalidOperationException($"{typeof(THandler).Name} is resolved from the request's services, and this event came without any."))
            .GetRequiredService<THandler>();
}
