using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// The handlers of an application's events, by type: <c>handlers.On&lt;CalendarEntryAddEvent&gt;((e, context, ct) => ...)</c>.
/// Reads an incoming envelope into the typed event its handlers expect (an event nobody registered stays a
/// <see cref="B24RawEvent"/> and goes to the <see cref="OnUnknown"/> handlers) and runs them in registration order.
/// The endpoint (<c>MapB24Events</c>) and the offline queue dispatch through it; <see cref="EventTypes"/> is what
/// the portal's bindings should be.
/// </summary>
public sealed class B24EventHandlers
{
    private readonly Dictionary<string, Registration> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Func<B24RawEvent, B24EventContext, CancellationToken, Task>> _unknown = [];

    /// <summary>Adds a handler of <typeparamref name="TEvent"/>; an event may have several, run in order.</summary>
    /// <typeparam name="TEvent">A generated event class (<c>CalendarEntryAddEvent</c>).</typeparam>
    /// <param name="handler">Handles the event; its exception fails the delivery (the endpoint answers 500; an offline event is reported with <c>event.offline.error</c>).</param>
    /// <returns>These handlers, to chain.</returns>
    public B24EventHandlers On<TEvent>(Func<TEvent, B24EventContext, CancellationToken, Task> handler)
        where TEvent : B24Event, IB24Event<TEvent>
    {
        ArgumentNullException.ThrowIfNull(handler);
        var type = TEvent.EventType;
        if (!_byCode.TryGetValue(type.Code, out var registration))
        {
            registration = new Registration(type);
            _byCode.Add(type.Code, registration);
        }
        else if (registration.Type.EventClass != type.EventClass)
        {
            throw new ArgumentException($"{type.Code} is already handled as {registration.Type.EventClass.Name}; {typeof(TEvent).Name} describes the same event code.", nameof(handler));
        }

        registration.Handlers.Add((e, context, ct) => handler((TEvent)e, context, ct));
        return this;
    }

    /// <summary>Adds a handler of the events no <see cref="On{TEvent}"/> handler types, delivered raw rather than dropped.</summary>
    /// <param name="handler">Handles the raw event.</param>
    /// <returns>These handlers, to chain.</returns>
    public B24EventHandlers OnUnknown(Func<B24RawEvent, B24EventContext, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _unknown.Add(handler);
        return this;
    }

    /// <summary>The typed events handled, in the order first registered: what the portal's bindings should be.</summary>
    public IReadOnlyList<B24EventType> EventTypes => _byCode.Values.Select(r => r.Type).ToList();

    /// <summary>Whether an unknown event has somewhere to go.</summary>
    public bool HandlesUnknown => _unknown.Count > 0;

    /// <summary>The envelope as the event its handlers expect: typed when one is registered for its code, raw otherwise.</summary>
    /// <param name="envelope">The event as received.</param>
    /// <param name="strict">Throw on a data value of the wrong type instead of keeping it raw.</param>
    /// <returns>The event.</returns>
    /// <exception cref="B24EventFormatException">The data cannot be read as the event's type.</exception>
    public B24Event Read(B24EventEnvelope envelope, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return _byCode.TryGetValue(envelope.Code, out var registration) ? registration.Type.Read(envelope, strict) : new B24RawEvent(envelope);
    }

    /// <summary>Runs the event's handlers in order; false when it has none (an unknown event and no <see cref="OnUnknown"/> handler).</summary>
    /// <param name="event">The event, from <see cref="Read"/>.</param>
    /// <param name="context">The calling portal's API and the services.</param>
    /// <param name="cancellationToken">Cancels the handlers.</param>
    /// <returns>Whether a handler ran.</returns>
    public async Task<bool> DispatchAsync(B24Event @event, B24EventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);
        if (@event is B24RawEvent raw)
        {
            foreach (var handler in _unknown)
            {
                await handler(raw, context, cancellationToken).ConfigureAwait(false);
            }

            return _unknown.Count > 0;
        }

        if (!_byCode.TryGetValue(@event.Code, out var registration))
        {
            return false;
        }

        foreach (var handler in registration.Handlers)
        {
            await handler(@event, context, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private sealed class Registration(B24EventType type)
    {
        public B24EventType Type { get; } = type;

        public List<Func<B24Event, B24EventContext, CancellationToken, Task>> Handlers { get; } = [];
    }
}
