using System;
using System.Text;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// An object type's wire names: pre-encoded for writing, and a lookup for reading that tries the property after
/// the last one first (the portal sends fields in the documented order), then the names of the same length.
/// </summary>
internal sealed class B24PropertyNames
{
    private readonly string[] _names;
    private readonly byte[][] _utf8;
    private readonly int[][] _byLength;

    public B24PropertyNames(string[] names)
    {
        _names = names;
        _utf8 = new byte[names.Length][];
        Encoded = new JsonEncodedText[names.Length];
        var longest = 0;
        for (var i = 0; i < names.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
            Encoded[i] = JsonEncodedText.Encode(names[i]);
            longest = Math.Max(longest, _utf8[i].Length);
        }

        var counts = new int[longest + 1];
        foreach (var name in _utf8)
        {
            counts[name.Length]++;
        }

        _byLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = new int[counts[length]];
            counts[length] = 0;
        }

        for (var i = 0; i < _utf8.Length; i++)
        {
            var length = _utf8[i].Length;
            _byLength[length][counts[length]++] = i;
        }
    }

    public int Count => _names.Length;

    public JsonEncodedText[] Encoded { get; }

    public string this[int index] => _names[index];

    /// <summary>The index of <paramref name="name"/>, or -1; <paramref name="next"/> is checked first.</summary>
    public int IndexOf(ReadOnlySpan<byte> name, int next)
    {
        if ((uint)next < (uint)_utf8.Length && name.SequenceEqual(_utf8[next]))
        {
            return next;
        }

        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        foreach (var candidate in _byLength[name.Length])
        {
            if (name.SequenceEqual(_utf8[candidate]))
            {
                return candidate;
            }
        }

        return -1;
    }
}
