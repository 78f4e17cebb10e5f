using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using B24Gen.Generator.Model;
using B24Gen.Generator.Resolution;

namespace B24Gen.Generator.Stock;

/// <summary>
/// Writes the stock index (<see cref="StockIndexReader"/> reads it): one line per stock schema file, method and
/// type, tab-separated, in path order, so the same schema always gives the same text and a change gives a small diff.
/// </summary>
internal static class StockIndexWriter
{
    public const string Header = "# B24Gen stock index, format 1: the methods, events and types of the precompiled stock API. Generated from schema/; do not edit.";

    /// <param name="files">Each stock schema file, parsed, with its path relative to the schema folder (<c>calendar/x.yaml</c>).</param>
    public static string Write(IEnumerable<(string RelativePath, SchemaFileModel File)> files)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var (path, file) in files.OrderBy(f => f.RelativePath.Replace('\\', '/'), StringComparer.Ordinal))
        {
            Line(text, "file", path.Replace('\\', '/'));
            if (DeclarationCollector.Collect(file).Method is { } m)
            {
                Line(text, "method", m.Name, m.Scope, string.Join(".", m.Group.Path), m.Group.RestPrefix, m.Verb, m.DescriptorName,
                    m.RequestTypeName, m.Paging.ToString(), m.PagingItemType ?? "-");
            }

            if (file.Event is { } e)
            {
                Line(text, "event", e.Code, e.ClassName, e.DataTypeName);
            }

            foreach (var type in file.Types.Where(t => !t.IsPartial))
            {
                var members = type.Kind == TypeKind.Enum
                    ? type.EnumMembers.Select(e => e.PropertyName)
                    : type.Fields.Select(f => f.PropertyName);
                Line(text, new[] { "type", type.Name, type.Kind.ToString(), type.IsInput ? "in" : "out", DeclarationCollector.IdProperty(type.Fields) ?? "-" }.Concat(members).ToArray());
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, params string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].IndexOfAny(['\t', '\n', '\r']) >= 0 || values[i].Length == 0)
            {
                throw new ArgumentException($"'{values[i]}' cannot be written to the stock index: it is empty or holds a tab or a line break.");
            }

            text.Append(i == 0 ? string.Empty : "\t").Append(values[i]);
        }

        text.Append('\n');
    }
}
