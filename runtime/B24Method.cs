using B24Gen.Serialization;

namespace B24Gen;

/// <summary>Whether a method only reads (safe to retry) or changes data (never retried blindly).</summary>
public enum B24MethodKind
{
    /// <summary>No side effects: retried on transient failures.</summary>
    Read,

    /// <summary>Changes data: retried only when the portal says the call did not run.</summary>
    Write,
}

/// <summary>
/// A REST method as the generated code describes it: its name, kind, request type and how to read its result.
/// Generated as <c>B24Methods.CalendarSectionGet</c> and friends.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
public sealed class B24Method<TRequest, TResult>
    where TRequest : IB24JsonObject<TRequest>
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="name">The REST method name, e.g. <c>calendar.section.get</c>.</param>
    /// <param name="kind">Read or write.</param>
    /// <param name="readResult">Reads the <c>result</c> value.</param>
    public B24Method(string name, B24MethodKind kind, B24ReadFunc<TResult> readResult)
    {
        System.ArgumentException.ThrowIfNullOrWhiteSpace(name);
        System.ArgumentNullException.ThrowIfNull(readResult);
        Name = name;
        Kind = kind;
        ReadResult = readResult;
    }

    /// <summary>The REST method name.</summary>
    public string Name { get; }

    /// <summary>Read or write.</summary>
    public B24MethodKind Kind { get; }

    /// <summary>Reads the <c>result</c> value.</summary>
    public B24ReadFunc<TResult> ReadResult { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
