namespace B24Gen;

/// <summary>
/// A generated event class: knows its own <see cref="EventType"/>, so handlers register by type alone
/// (<c>events.On&lt;CalendarEntryAddEvent&gt;(...)</c>) and bindings can be derived from them.
/// </summary>
/// <typeparam name="TSelf">The event class.</typeparam>
public interface IB24Event<TSelf>
    where TSelf : B24Event, IB24Event<TSelf>
{
    /// <summary>The event's code, scope and how its data is read.</summary>
    static abstract B24EventType<TSelf> EventType { get; }
}
