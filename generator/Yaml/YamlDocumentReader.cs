using System;
using System.Collections.Generic;
using System.IO;
using B24Gen.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace B24Gen.Generator.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s with positions, from YamlDotNet's event parser.
/// The representation model is not used because it throws on duplicate keys instead of letting us point at both.
/// </summary>
internal sealed class YamlDocumentReader
{
    private readonly string _filePath;
    private readonly Parser _parser;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

    // Items and entries of the collections being read, nested ones stacked after their parents'; each collection
    // takes an exactly sized array of its own when it ends, rather than a list grown (and over-allocated) per node.
    private readonly List<YamlNode> _pendingItems = new();
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _pendingEntries = new();
    private Mark _lastGood = Mark.Empty;

    private YamlDocumentReader(string filePath, string text)
    {
        _filePath = filePath;
        _parser = new Parser(new System.IO.StringReader(text));
    }

    /// <summary>Returns the root node, or null for an empty file. Throws <see cref="YamlException"/> on a syntax error.</summary>
    public static YamlNode? Read(string filePath, string text, out SourceSpan? extraDocument)
    {
        var reader = new YamlDocumentReader(filePath, text);
        try
        {
            return reader.ReadStream(out extraDocument);
        }
        catch (Exception e) when (e is InvalidOperationException or EndOfStreamException or ArgumentException)
        {
            // YamlDotNet's scanner throws these (without a position) on some malformed flow collections.
            throw new YamlException(reader._lastGood, reader._lastGood, "malformed YAML after this point (is a '{' or '[' left open?)");
        }
    }

    /// <summary>A span from YamlDotNet's 1-based marks, in Roslyn's 0-based lines and columns.</summary>
    public static SourceSpan SpanOf(string filePath, Mark start, Mark end) => new(
        filePath,
        (int)Math.Max(0, start.Line - 1),
        (int)Math.Max(0, start.Column - 1),
        (int)Math.Max(0, end.Line - 1),
        (int)Math.Max(0, end.Column - 1),
        (int)start.Index,
        (int)Math.Max(start.Index, end.Index));

    private SourceSpan SpanOf(Mark start, Mark end) => SpanOf(_filePath, start, end);

    private YamlNode? ReadStream(out SourceSpan? extraDocument)
    {
        extraDocument = null;
        _parser.Consume<StreamStart>();
        YamlNode? root = null;
        var documents = 0;
        while (_parser.TryConsume<DocumentStart>(out var documentStart))
        {
            documents++;
            var node = _parser.Accept<DocumentEnd>(out _) ? null : ReadNode();
            _parser.Consume<DocumentEnd>();
            if (documents == 1)
            {
                root = node;
            }
            else
            {
                extraDocument ??= SpanOf(documentStart.Start, documentStart.End);
            }
        }

        _parser.Consume<StreamEnd>();
        return root;
    }

    private YamlNode ReadNode()
    {
        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!alias.Value.IsEmpty && _anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new YamlException(alias.Start, alias.End, $"unknown alias '*{(alias.Value.IsEmpty ? string.Empty : alias.Value.Value)}'");
        }

        YamlNode node;
        string anchor;
        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            _lastGood = scalar.End;
            node = new YamlScalar(SpanOf(scalar.Start, scalar.End), scalar.Value, scalar.Style != ScalarStyle.Plain);
            anchor = scalar.Anchor.IsEmpty ? string.Empty : scalar.Anchor.Value;
        }
        else if (_parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            _lastGood = sequenceStart.End;
            var first = _pendingItems.Count;
            while (!_parser.TryConsume<SequenceEnd>(out _))
            {
                _pendingItems.Add(ReadNode());
            }

            node = new YamlSequence(SpanOf(sequenceStart.Start, sequenceStart.End), TakeFrom(_pendingItems, first));
            anchor = sequenceStart.Anchor.IsEmpty ? string.Empty : sequenceStart.Anchor.Value;
        }
        else if (_parser.TryConsume<MappingStart>(out var mappingStart))
        {
            _lastGood = mappingStart.End;
            var first = _pendingEntries.Count;
            while (!_parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode();
                if (keyNode is not YamlScalar key)
                {
                    throw new YamlException(
                        new Mark(keyNode.Span.StartOffset, keyNode.Span.StartLine + 1, keyNode.Span.StartColumn + 1),
                        new Mark(keyNode.Span.EndOffset, keyNode.Span.EndLine + 1, keyNode.Span.EndColumn + 1),
                        "mapping keys must be plain names, not lists or mappings");
                }

                _pendingEntries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, ReadNode()));
            }

            node = new YamlMapping(SpanOf(mappingStart.Start, mappingStart.End), TakeFrom(_pendingEntries, first));
            anchor = mappingStart.Anchor.IsEmpty ? string.Empty : mappingStart.Anchor.Value;
        }
        else
        {
            var current = _parser.Current;
            throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, "unexpected YAML event");
        }

        if (!string.IsNullOrEmpty(anchor))
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    /// <summary>Moves the pending elements from <paramref name="first"/> on into an array of their own.</summary>
    private static T[] TakeFrom<T>(List<T> pending, int first)
    {
        var count = pending.Count - first;
        if (count == 0)
        {
            return Array.Empty<T>();
        }

        var taken = new T[count];
        pending.CopyTo(first, taken, 0, count);
        pending.RemoveRange(first, count);
        return taken;
    }
}
