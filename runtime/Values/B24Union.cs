using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace B24Gen;

/// <summary>A value the portal returns in one of two shapes (schema <c>A | B</c>), e.g. an ID or an object.</summary>
/// <typeparam name="T1">The first shape.</typeparam>
/// <typeparam name="T2">The second shape.</typeparam>
public readonly struct B24Union<T1, T2> : IEquatable<B24Union<T1, T2>>
{
    private readonly T1 _first;
    private readonly T2 _second;

    /// <summary>Holds the first shape.</summary>
    /// <param name="first">The value.</param>
    public B24Union(T1 first)
    {
        _first = first;
        _second = default!;
        IsFirst = true;
    }

    /// <summary>Holds the second shape.</summary>
    /// <param name="second">The value.</param>
    public B24Union(T2 second)
    {
        _first = default!;
        _second = second;
        IsFirst = false;
    }

    /// <summary>Whether the first shape is held.</summary>
    public bool IsFirst { get; }

    /// <summary>Whether the second shape is held.</summary>
    public bool IsSecond => !IsFirst;

    /// <summary>The first shape; throws when the second is held.</summary>
    public T1 First => IsFirst ? _first : throw new InvalidOperationException($"The value is a {typeof(T2).Name}, not a {typeof(T1).Name}.");

    /// <summary>The second shape; throws when the first is held.</summary>
    public T2 Second => !IsFirst ? _second : throw new InvalidOperationException($"The value is a {typeof(T1).Name}, not a {typeof(T2).Name}.");

    /// <summary>Gets the first shape if held.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the first shape is held.</returns>
    public bool TryGetFirst([MaybeNullWhen(false)] out T1 value)
    {
        value = _first;
        return IsFirst;
    }

    /// <summary>Gets the second shape if held.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the second shape is held.</returns>
    public bool TryGetSecond([MaybeNullWhen(false)] out T2 value)
    {
        value = _second;
        return !IsFirst;
    }

    /// <summary>Maps whichever shape is held.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="first">Maps the first shape.</param>
    /// <param name="second">Maps the second shape.</param>
    /// <returns>The mapped value.</returns>
    public TResult Match<TResult>(Func<T1, TResult> first, Func<T2, TResult> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return IsFirst ? first(_first) : second(_second);
    }

    /// <summary>Wraps the first shape.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator B24Union<T1, T2>(T1 value) => new(value);

    /// <summary>Wraps the second shape.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator B24Union<T1, T2>(T2 value) => new(value);

    /// <summary>Compares shape and value.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator ==(B24Union<T1, T2> left, B24Union<T1, T2> right) => left.Equals(right);

    /// <summary>Compares shape and value.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator !=(B24Union<T1, T2> left, B24Union<T1, T2> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(B24Union<T1, T2> other) => IsFirst == other.IsFirst
        && (IsFirst ? EqualityComparer<T1>.Default.Equals(_first, other._first) : EqualityComparer<T2>.Default.Equals(_second, other._second));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is B24Union<T1, T2> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => IsFirst ? HashCode.Combine(1, _first) : HashCode.Combine(2, _second);

    /// <inheritdoc/>
    public override string ToString() => (IsFirst ? _first?.ToString() : _second?.ToString()) ?? string.Empty;
}
