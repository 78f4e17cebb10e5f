using B24Gen.Importer.Docs;

namespace B24Gen.Importer.Pages;

/// <summary>
/// Object tables on other pages: a field typed <c>[deal[]](crm-deal-get.md#deal)</c> or
/// <c>[sale_order_shipment_item](../data-types.md#sale_order_shipment_item)</c> is described by the table under that
/// anchor there. Each one found is added to the page's objects under the link as written, so the import types the
/// field from the table rather than from one example. Links inside those tables are followed a few levels down.
/// </summary>
internal static class LinkedTables
{
    private const int Levels = 3;

    public static MethodPage Resolve(MethodPage page, DocsFolder docs)
    {
        page = page with
        {
            Parameters = WithAnchors(page.Parameters),
            ParameterObjects = page.ParameterObjects.ToDictionary(p => p.Key, p => WithAnchors(p.Value), StringComparer.Ordinal),
            ResultFields = WithAnchors(page.ResultFields),
            ResultObjects = page.ResultObjects.ToDictionary(p => p.Key, p => WithAnchors(p.Value), StringComparer.Ordinal),
        };
        var parameters = new Dictionary<string, IReadOnlyList<DocField>>(page.ParameterObjects, StringComparer.Ordinal);
        var results = new Dictionary<string, IReadOnlyList<DocField>>(page.ResultObjects, StringComparer.Ordinal);
        Follow(page.Path, page.Parameters.Concat(page.ParameterObjects.Values.SelectMany(o => o)), parameters, docs);
        Follow(page.Path, page.ResultFields.Concat(page.ResultObjects.Values.SelectMany(o => o)), results, docs);
        return parameters.Count == page.ParameterObjects.Count && results.Count == page.ResultObjects.Count
            ? page
            : page with { ParameterObjects = parameters, ResultObjects = results };
    }

    private static void Follow(string pagePath, IEnumerable<DocField> fields, Dictionary<string, IReadOnlyList<DocField>> objects, DocsFolder docs)
    {
        var pending = fields.ToList();
        for (var level = 0; level < Levels && pending.Count > 0; level++)
        {
            var found = new List<DocField>();
            foreach (var link in pending.Select(f => f.TypeLink).OfType<string>().Where(l => l.Contains(".md#", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
            {
                if (objects.ContainsKey(link) || Table(pagePath, link, docs) is not ({ Count: > 0 } table, var target))
                {
                    continue;
                }

                // A link inside a linked table is relative to that table's page: stored from the docs root ("/...").
                // A bare #anchor there (sale_order's basketItems → #sale_basket_item) is a heading of that page.
                objects[link] = [.. WithAnchors(table).Select(f => f.TypeLink is { } inner && Rooted(target, inner) is { } rooted ? f with { TypeLink = rooted } : f)];
                found.AddRange(objects[link].Where(f => f.TypeLink is { } inner && inner.StartsWith('/')));
            }

            pending = found;
        }
    }

    /// <summary>
    /// A field typed <c>[sale_order_shipment_item[]](../data-types.md)</c> links to the page but not the heading: the
    /// type word is the heading (<c>### sale_order_shipment_item</c>), so it becomes the link's anchor.
    /// </summary>
    private static IReadOnlyList<DocField> WithAnchors(IReadOnlyList<DocField> fields) =>
        fields.Any(NamesItsHeading) ? [.. fields.Select(f => NamesItsHeading(f) ? f with { TypeLink = f.TypeLink + "#" + Word(f.Type) } : f)] : fields;

    private static bool NamesItsHeading(DocField field) =>
        field.TypeLink is { } link && link.EndsWith("data-types.md", StringComparison.Ordinal) && Word(field.Type) is { Length: > 0 } word
        && word.Contains('_', StringComparison.Ordinal) && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Word(string type) => type.Trim().TrimEnd(']').TrimEnd('[').Trim();

    /// <summary>A link of a table on page <paramref name="target"/>, from the docs root; null when it links no heading elsewhere.</summary>
    private static string? Rooted(string target, string link) =>
        link.StartsWith('#') && link.Length > 1 ? "/" + target + link
        : link.Contains(".md#", StringComparison.Ordinal) && !link.StartsWith('/') && Target(target, link) is { } resolved ? "/" + resolved + link[link.IndexOf('#', StringComparison.Ordinal)..]
        : null;

    /// <summary>The first field table under the heading with the link's anchor on the linked page, and that page.</summary>
    private static (IReadOnlyList<DocField>? Table, string Target) Table(string pagePath, string link, DocsFolder docs)
    {
        if (Target(pagePath, link) is not { } target || !docs.Exists(target))
        {
            return (null, string.Empty);
        }

        var anchor = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var section = PageSections.Split(docs.Read(target)).FirstOrDefault(s => s.Anchor == anchor || (s.Anchor is null && s.Title.Trim() == anchor));
        return (section is null ? null : TableParser.Parse(section.Body).Select(DocFieldReader.Read).FirstOrDefault(f => f.Count > 0), target);
    }

    /// <summary>
    /// The linked file's path from the docs root (the anchor left off): relative to <paramref name="pagePath"/>'s
    /// folder, or from the root when it starts with '/'; null when it leaves the docs. Resolved as includes are.
    /// </summary>
    private static string? Target(string pagePath, string link) =>
        IncludeExpander.Normalize(link.StartsWith('/') ? string.Empty : Path.GetDirectoryName(pagePath)?.Replace('\\', '/') ?? string.Empty, link);
}
