using System.Text.RegularExpressions;

namespace B24Gen.Importer.Import;

/// <summary>Docs Markdown to a one-line description: links to their text, no emphasis, whitespace collapsed, bounded.</summary>
internal static partial class TextCleaner
{
    private const int MaxLength = 400;

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\{%[^%]*%\}|<[^>]+>|\{[.#][^}]*\}")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static string OneLine(string markdown)
    {
        var text = Link().Replace(markdown, "$1");
        text = Markup().Replace(text, " ").Replace("**", string.Empty, StringComparison.Ordinal);
        text = Space().Replace(text, " ").Trim();
        return text.Length <= MaxLength ? text : text[..(text.LastIndexOf(' ', MaxLength) is var cut and > 0 ? cut : MaxLength)] + "…";
    }
}
