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
    /// <summary>Up to this many entries, duplicate keys are found by scanning the earlier ones (no set allocated).</summary>
    private const int ScannedKeys = 32;

    /// <summary>
    /// The entries of a mapping by key; duplicate keys and keys not in <paramref name="knownKeys"/> are reported.
    /// The context the diagnostics name is <paramref name="context"/> followed by <paramref name="contextName"/>,
    /// joined only when something is reported.
    /// </summary>
    private KnownEntries Entries(YamlMapping mapping, string context, string[] knownKeys, string? contextName = null)
    {
        var result = new KnownEntries(knownKeys);
        HashSet<string>? seen = null;
        var entries = mapping.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (IsRepeatedKey(entries, i, ref seen))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Span, entry.Key.Value, context + contextName);
            }
            else if (!result.TryAdd(entry))
            {
                Report(DiagnosticDescriptors.UnknownKey, entry.Key.Span, entry.Key.Value, context + contextName, string.Join(", ", knownKeys));
            }
        }

        return result;
    }

    /// <summary>
    /// Whether entry <paramref name="index"/> repeats an earlier key, asked for each entry in file order. Mappings are
    /// nearly always small, so the earlier keys are scanned; past <see cref="ScannedKeys"/> entries a set takes over.
    /// </summary>
    private static bool IsRepeatedKey(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, int index, ref HashSet<string>? seen)
    {
        var key = entries[index].Key.Value;
        if (entries.Count <= ScannedKeys)
        {
            for (var i = 0; i < index; i++)
            {
                if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        seen ??= new HashSet<string>(StringComparer.Ordinal);
        return !seen.Add(key);
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

    private string? OptionalString(KnownEntries entries, string key)
    {
        if (!entries.TryGetValue(key, out var entry) || Scalar(entry.Value, key) is not { } scalar)
        {
            return null;
        }

        return scalar.IsNull ? null : scalar.Value;
    }

    private bool ParseBool(KnownEntries entries, string key, bool fallback)
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

    private T ParseChoice<T>(KnownEntries entries, string key, T fallback, params (string Text, T Value)[] choices)
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
