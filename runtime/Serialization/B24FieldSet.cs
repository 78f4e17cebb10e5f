using System.ComponentModel;
using System;

namespace B24Gen.Serialization;

/// <summary>
/// Which properties of a generated result type were set or read, by index. Only those are written, so an object
/// built to be sent (<c>new CrmDeal { Title = "..." }</c>) carries just what the caller set: an unset member sent as
/// its default would blank that field on the portal.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct B24FieldSet : IEquatable<B24FieldSet>
{
    private ulong _first;
    private ulong[]? _more;

    /// <summary>Marks property <paramref name="index"/> as set.</summary>
    /// <param name="index">The property's index in its type's names.</param>
    public void Add(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < 64)
        {
            _first |= 1UL << index;
            return;
        }

        var word = (index >> 6) - 1;
        if (_more is null || _more.Length <= word)
        {
            Array.Resize(ref _more, word + 1);
        }

        _more[word] |= 1UL << (index & 63);
    }

    /// <summary>Whether property <paramref name="index"/> was set.</summary>
    /// <param name="index">The property's index in its type's names.</param>
    /// <returns>True when it was set or read.</returns>
    public readonly bool Contains(int index)
    {
        if (index is >= 0 and < 64)
        {
            return (_first & (1UL << index)) != 0;
        }

        var word = (index >> 6) - 1;
        return index >= 64 && _more is not null && word < _more.Length && (_more[word] & (1UL << (index & 63))) != 0;
    }

    /// <summary>The indexes of this set that are not in <paramref name="other"/>.</summary>
    internal readonly B24FieldSet Except(B24FieldSet other)
    {
        if (other._first == 0 && other._more is null)
        {
            return this;
        }

        var result = new B24FieldSet { _first = _first & ~other._first };
        if (_more is not null)
        {
            result._more = new ulong[_more.Length];
            for (var i = 0; i < _more.Length; i++)
            {
                result._more[i] = _more[i] & ~Word(other._more, i);
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public readonly bool Equals(B24FieldSet other)
    {
        if (_first != other._first)
        {
            return false;
        }

        var length = Math.Max(_more?.Length ?? 0, other._more?.Length ?? 0);
        for (var i = 0; i < length; i++)
        {
            if (Word(_more, i) != Word(other._more, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is B24FieldSet other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => _first.GetHashCode();

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when they hold the same indexes.</returns>
    public static bool operator ==(B24FieldSet left, B24FieldSet right) => left.Equals(right);

    /// <summary>Compares two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(B24FieldSet left, B24FieldSet right) => !left.Equals(right);

    private static ulong Word(ulong[]? words, int i) => words is not null && i < words.Length ? words[i] : 0;
}
