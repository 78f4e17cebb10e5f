using System.Text.RegularExpressions;

namespace B24Gen.Importer.Docs;

/// <summary>
/// Replaces <c>{% include [title](path) %}</c> (and <c>{% include notitle [title](path) %}</c>) with the included
/// file, recursively, relative to the including file. A missing or cyclic include is left as a marker comment, so a
/// page still reads. The boilerplate every page includes (the system error table, notes on required marks and on
/// examples) is left as a marker too: its tables are not the method's.
/// </summary>
internal static partial class IncludeExpander
{
    /// <summary>Included on every page; kept out of the page's text (a marker names them).</summary>
    public static readonly IReadOnlySet<string> Boilerplate = new HashSet<string>(StringComparer.Ordinal)
    {
        "_includes/system-errors.md", "_includes/error-info.md", "_includes/error-info-v3.md", "_includes/required.md", "_includes/examples.md",
    };

    [GeneratedRegex(@"\{%\s*include\s+(?:notitle\s+)?\[[^\]]*\]\(([^)\s]+)\)\s*%\}")]
    private static partial Regex Include();

    public static string Expand(DocsFolder docs, string relativePath, string text, HashSet<string> open)
    {
        open.Add(relativePath);
        var folder = Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? string.Empty;
        var result = Include().Replace(text, match =>
        {
            var target = Normalize(folder, match.Groups[1].Value);
            if (target is null || !docs.Exists(target))
            {
                return $"<!-- include not found: {match.Groups[1].Value} -->";
            }

            if (Boilerplate.Contains(target))
            {
                return $"<!-- include: {target} -->";
            }

            if (open.Contains(target))
            {
                return $"<!-- include cycle: {target} -->";
            }

            return Expand(docs, target, docs.ReadRaw(target), open);
        });
        open.Remove(relativePath);
        return result;
    }

    /// <summary><paramref name="link"/> resolved against <paramref name="folder"/>; null when it leaves the docs root.</summary>
    internal static string? Normalize(string folder, string link)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in link.Split('#')[0].Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
