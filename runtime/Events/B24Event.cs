using System;
using System.Collections.Generic;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen;

/// <summary>
/// An event the portal raised: <c>ONCALENDARENTRYADD</c>, <c>ONCRMDEALUPDATE</c>, ... A typed event
/// (<see cref="B24Event{TData}"/>, generated from the schema: <c>CalendarEntryAddEvent</c>) also has its
/// <c>Data</c>; an event no handler knows is a <see cref="B24RawEvent"/>.
/// </summary>
public abstract class B24Event
{
    /// <summary>Creates the event.</summary>
    /// <param name="envelope">The event as received.</param>
    protected B24Event(B24EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Envelope = envelope;
    }

    /// <summary>The event as received: code, handler, time, auth and raw data.</summary>
    public B24EventEnvelope Envelope { get; }

    /// <summary><c>event</c>: the code, upper case (<c>ONCALENDARENTRYADD</c>).</summary>
    public string Code => Envelope.Code;

    /// <summary>The <c>auth</c> block: the portal (<see cref="B24EventAuth.Domain"/>, <see cref="B24EventAuth.MemberId"/>) and the acting user's tokens, if any.</summary>
    public B24EventAuth Auth => Envelope.Auth;

    /// <summary><c>ts</c>: when the portal's queue sent it.</summary>
    public DateTimeOffset? Timestamp => Envelope.Timestamp;

    /// <summary>The offline-queue record it came from; null for an event POSTed to a handler.</summary>
    public B24OfflineEventInfo? Offline => Envelope.Offline;

    /// <summary><c>data</c> as received (every value a string).</summary>
    public JsonElement RawData => Envelope.Data;

    /// <summary>Values of <c>data</c> that did not fit their declared types: each kept raw, its member left at its default.</summary>
    public IReadOnlyList<B24ReadProblem> ReadProblems { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Code} from {Auth.Domain ?? "an unknown portal"}";
}

/// <summary>An event with typed <c>data</c>: the base of the generated event classes.</summary>
/// <typeparam name="TData">The type of <c>data</c>, generated from the event's schema (<c>CalendarEntryAddEventData</c>).</typeparam>
public abstract class B24Event<TData> : B24Event
{
    /// <summary>Creates the event; generated code calls this.</summary>
    /// <param name="envelope">The event as received.</param>
    /// <param name="data">Its typed <c>data</c>.</param>
    protected B24Event(B24EventEnvelope envelope, TData data)
        : base(envelope)
    {
        Data = data;
    }

    /// <summary><c>data</c>, read leniently as the schema declares it.</summary>
    public TData Data { get; }
}

/// <summary>An event no registered handler types: delivered with its <see cref="B24Event.RawData"/>, never dropped.</summary>
public sealed class B24RawEvent : B24Event
{
    /// <summary>Wraps an envelope.</summary>
    /// <param name="envelope">The event as received.</param>
    public B24RawEvent(B24EventEnvelope envelope)
        : base(envelope)
    {
    }
}
