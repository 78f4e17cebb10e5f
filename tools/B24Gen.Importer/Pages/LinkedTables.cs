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
        var ids = new SymbolicIds(page.Path, docs);
        return page with
        {
            Parameters = ids.Apply(page.Parameters),
            ParameterObjects = parameters.ToDictionary(p => p.Key, p => ids.Apply(p.Value), StringComparer.Ordinal),
            ResultFields = ids.Apply(page.ResultFields),
            ResultObjects = results.ToDictionary(p => p.Key, p => ids.Apply(p.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// A reference to another object's ID (<c>[sale_status.id](#sale_status)</c>) is typed as that object's table types
    /// its <c>id</c>: <c>sale_status</c>'s is a "Character identifier of the status" (<c>DN</c>), so the reference is
    /// text, not the number an ID usually is.
    /// </summary>
    private sealed class SymbolicIds(string pagePath, DocsFolder docs)
    {
        private readonly Dictionary<string, bool> _symbolic = new(StringComparer.Ordinal);

        public IReadOnlyList<DocField> Apply(IReadOnlyList<DocField> fields) =>
            fields.Any(IsSymbolic) ? [.. fields.Select(f => IsSymbolic(f) ? f with { Type = "string" } : f)] : fields;

        private bool IsSymbolic(DocField field)
        {
            if (field.TypeLink is not { } link || Word(field.Type) is not { } word || !word.EndsWith(".id", StringComparison.OrdinalIgnoreCase) || field.Type.Contains('[', StringComparison.Ordinal))
            {
                return false;
            }

            // #anchor on this page, page.md#anchor, or a data-types page whose heading is the object's word.
            var anchored = link.StartsWith('#') ? Path.GetFileName(pagePath) + link : link.Contains('#', StringComparison.Ordinal) ? link : link + "#" + word[..^3];
            if (!_symbolic.TryGetValue(anchored, out var symbolic))
            {
                var id = Table(pagePath, anchored, docs).Table?.FirstOrDefault(f => f.Name.Equals("id", StringComparison.OrdinalIgnoreCase));
                symbolic = id is not null && Word(id.Type) is "string" or "char";
                _symbolic[anchored] = symbolic;
            }

            return symbolic;
        }
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
