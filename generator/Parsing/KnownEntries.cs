using System;
using System.Collections.Generic;
using B24Gen.Generator.Yaml;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// The entries of one mapping under the keys its schema element allows, each stored at its key's position in that
/// fixed list. One small array per mapping: a dictionary (and a set for duplicates) per field spec added up to
/// more than the model itself.
/// </summary>
internal readonly struct KnownEntries
{
    private readonly string[] _keys;
    private readonly KeyValuePair<YamlScalar, YamlNode>[] _entries;

    public KnownEntries(string[] keys)
    {
        _keys = keys;
        _entries = new KeyValuePair<YamlScalar, YamlNode>[keys.Length];
    }

    public KeyValuePair<YamlScalar, YamlNode> this[string key] =>
        TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException(key);

    /// <summary>Stores <paramref name="entry"/> under its key; false when the key is not one of the allowed ones.</summary>
    public bool TryAdd(KeyValuePair<YamlScalar, YamlNode> entry)
    {
        var index = Array.IndexOf(_keys, entry.Key.Value);
        if (index < 0)
        {
            return false;
        }

        _entries[index] = entry;
        return true;
    }

    public bool TryGetValue(string key, out KeyValuePair<YamlScalar, YamlNode> entry)
    {
        var index = Array.IndexOf(_keys, key);
        entry = index < 0 ? default : _entries[index];
        return entry.Key is not null;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);
}
