using System.Collections.Generic;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Yaml;

/// <summary>A YAML node that remembers where it stands in the file, so every diagnostic can point at it.</summary>
internal abstract class YamlNode
{
    protected YamlNode(SourceSpan span) => Span = span;

    public SourceSpan Span { get; }

    public abstract string KindName { get; }
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(SourceSpan span, string value, bool isQuoted)
        : base(span)
    {
        Value = value;
        IsQuoted = isQuoted;
    }

    public string Value { get; }

    /// <summary>Quoted scalars are always strings; plain <c>null</c> or <c>~</c> means no value.</summary>
    public bool IsQuoted { get; }

    public bool IsNull => !IsQuoted && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string KindName => "a scalar";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(SourceSpan span, IReadOnlyList<YamlNode> items)
        : base(span) => Items = items;

    public IReadOnlyList<YamlNode> Items { get; }

    public override string KindName => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(SourceSpan span, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries)
        : base(span) => Entries = entries;

    /// <summary>Entries in file order; duplicate keys are kept so the parser can report them.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

    public override string KindName => "a mapping";
}
