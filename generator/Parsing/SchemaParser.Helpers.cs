using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace B24Gen.Generator.Parsing;

/// <summary>Small readers for mappings and scalars that report, rather than throw, when the YAML is off.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>The entries of a mapping by key; duplicate keys and keys not in <paramref name="knownKeys"/> are reported.</summary>
    private Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> Entries(YamlMapping mapping, string context, string[] knownKeys)
    {
        var result = new Dictionary<string, KeyValuePair<YamlScalar, YamlNode>>(StringComparer.Ordinal);
        foreach (var entry in UniqueEntries(mapping, context))
        {
            if (Array.IndexOf(knownKeys, entry.Key.Value) < 0)
            {
                Report(DiagnosticDescriptors.UnknownKey, entry.Key.Span, entry.Key.Value, context, string.Join(", ", knownKeys));
                continue;
            }

            result[entry.Key.Value] = entry;
        }

        return result;
    }

    /// <summary>The entries of a mapping in file order, with each duplicate key reported and dropped.</summary>
    private IEnumerable<KeyValuePair<YamlScalar, YamlNode>> UniqueEntries(YamlMapping mapping, string context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (!seen.Add(entry.Key.Value))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Span, entry.Key.Value, context);
                continue;
            }

            yield return entry;
        }
    }

    private YamlScalar? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        Report(DiagnosticDescriptors.InvalidValue, node.Span, key, $"expected a single value, found {node.KindName}");
        return null;
    }

    private string? OptionalString(Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry) || Scalar(entry.Value, key) is not { } scalar)
        {
            return null;
        }

        return scalar.IsNull ? null : scalar.Value;
    }

    private bool ParseBool(Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries, string key, bool fallback)
    {
        if (!entries.TryGetValue(key, out var entry) || Scalar(entry.Value, key) is not { } scalar)
        {
            return fallback;
        }

        switch (scalar.Value)
        {
            case "true" or "True" or "yes":
                return true;
            case "false" or "False" or "no":
                return false;
            default:
                Report(DiagnosticDescriptors.InvalidValue, scalar.Span, key, $"'{scalar.Value}' is not true or false");
                return fallback;
        }
    }

    private T ParseChoice<T>(Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries, string key, T fallback, params (string Text, T Value)[] choices)
    {
        if (!entries.TryGetValue(key, out var entry) || Scalar(entry.Value, key) is not { } scalar)
        {
            return fallback;
        }

        foreach (var choice in choices)
        {
            if (choice.Text == scalar.Value)
            {
                return choice.Value;
            }
        }

        Report(DiagnosticDescriptors.InvalidValue, scalar.Span, key, $"'{scalar.Value}' is not one of {string.Join(", ", choices.Select(c => c.Text))}");
        return fallback;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceSpan? span, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, span, arguments));

    private SourceSpan SpanOf(Mark start, Mark end) => YamlDocumentReader.SpanOf(_filePath, start, end);
}
