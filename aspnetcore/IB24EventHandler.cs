namespace B24Gen.AspNetCore;

/// <summary>
/// A handler of one event as a class, resolved from the request's services for each delivery
/// (<c>AddB24Events(...).On&lt;CalendarEntryAddEvent, MyHandler&gt;()</c>), so it can take scoped services such as a
/// <c>DbContext</c>. The portal may deliver an event twice: make the handler idempotent (key on the object's ID and
/// its change, not on the delivery).
/// </summary>
/// <typeparam name="TEvent">The event it handles (a generated event class).</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It handles Bitrix24 events (B24Event), the name users look for; .NET's EventHandler delegates are another thing it cannot be confused with in use.")]
public interface IB24EventHandler<in TEvent>
    where TEvent : B24Event
{
    /// <summary>Handles one delivery. An exception answers the portal 500 and is logged; the portal does not send the event again.</summary>
    /// <param name="e">The event, its data typed.</param>
    /// <param name="context">The calling portal's API and the request's services.</param>
    /// <param name="cancellationToken">Canceled when the portal's request is aborted.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent e, B24EventContext context, CancellationToken cancellationToken);
}
