using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen;

/// <summary>
/// An event of the schema: its code, its scope and how to read its <c>data</c>. Generated for each <c>event:</c>
/// document (<c>CalendarEntryAddEvent.EventType</c>); the code is what <c>event.bind</c> takes.
/// </summary>
public abstract class B24EventType
{
    private protected B24EventType(string code, string scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code.ToUpperInvariant();
        Scope = scope ?? string.Empty;
    }

    /// <summary>The code, upper case as the portal sends it (<c>ONCALENDARENTRYADD</c>).</summary>
    public string Code { get; }

    /// <summary>The permission scope the event needs (<c>calendar</c>).</summary>
    public string Scope { get; }

    /// <summary>The event's class.</summary>
    public abstract Type EventClass { get; }

    /// <summary>
    /// Reads an envelope of this event into its typed event. A value of <c>data</c> that does not fit its declared type
    /// leaves its member at its default and is one of <see cref="B24Event.ReadProblems"/>, unless <paramref name="strict"/>.
    /// </summary>
    /// <param name="envelope">An envelope whose code is <see cref="Code"/>.</param>
    /// <param name="strict">Throw on a value of the wrong type instead.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="B24EventFormatException">The data is not an object, or (strict) a value does not fit.</exception>
    public abstract B24Event Read(B24EventEnvelope envelope, bool strict = false);

    /// <summary>Creates an event type; generated code calls this.</summary>
    /// <typeparam name="TEvent">The event class.</typeparam>
    /// <typeparam name="TData">Its data's type.</typeparam>
    /// <param name="code">The event's code.</param>
    /// <param name="scope">Its scope.</param>
    /// <param name="data">How its data is read.</param>
    /// <param name="create">Makes the event from the envelope and the data.</param>
    /// <returns>The event type.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static B24EventType<TEvent> Create<TEvent, TData>(string code, string scope, B24JsonType<TData> data, Func<B24EventEnvelope, TData, TEvent> create)
        where TEvent : B24Event<TData> =>
        new DataEventType<TEvent, TData>(code, scope, data, create);

    /// <inheritdoc/>
    public override string ToString() => Code;

    private sealed class DataEventType<TEvent, TData>(string code, string scope, B24JsonType<TData> data, Func<B24EventEnvelope, TData, TEvent> create)
        : B24EventType<TEvent>(code, scope)
        where TEvent : B24Event<TData>
    {
        public override TEvent Read(B24EventEnvelope envelope, bool strict = false)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(envelope.Data));
            reader.Read();
            TData value;
            IReadOnlyList<B24ReadProblem> problems = [];
            try
            {
                if (strict)
                {
                    value = data.Read(ref reader);
                }
                else
                {
                    using var session = ReadSession.Begin();
                    value = data.Read(ref reader);
                    problems = session.Session.Problems("$.data");
                }
            }
            catch (JsonException e)
            {
                throw new B24EventFormatException($"The data of {Code} could not be read: {e.Message}", e);
            }

            var typed = create(envelope, value);
            typed.ReadProblems = problems;
            return typed;
        }
    }
}

/// <summary>An event type whose events are <typeparamref name="TEvent"/>.</summary>
/// <typeparam name="TEvent">The event class.</typeparam>
public abstract class B24EventType<TEvent> : B24EventType
    where TEvent : B24Event
{
    private protected B24EventType(string code, string scope)
        : base(code, scope)
    {
    }

    /// <inheritdoc/>
    public override Type EventClass => typeof(TEvent);

    /// <inheritdoc/>
    public abstract override TEvent Read(B24EventEnvelope envelope, bool strict = false);
}
