using System.Text.RegularExpressions;

namespace B24Gen.Importer.Pages;

/// <summary>Reads the rows of a parameter or field table (name and type in the first cell, description in the last).</summary>
internal static partial class DocFieldReader
{
    // **name**, or **name*** or **name**^*^ or **name^*^** (required: all three forms are in the docs). A placeholder star in a name is escaped
    // (**UF\_\***), else '***' reads as the required mark.
    [GeneratedRegex(@"^\s*\*\*(?<name>(?:\\\*|[^*^])+?)(?<inner>\^\*\^)?\*\*(?<required>\*|\^\*\^)?", RegexOptions.Singleline)]
    private static partial Regex BoldName();

    [GeneratedRegex(@"\[`(?<type>[^`]+)`\]\((?<link>[^)\s]*)\)|`(?<bare>[^`]+)`")]
    private static partial Regex TypeWord();

    public static IReadOnlyList<DocField> Read(DocTable table)
    {
        if (table.Header.Count < 2)
        {
            return [];
        }

        // A table without a header row (task.elapseditem.*): its first row names a field and links its type, which a
        // header ("**Name** `type`") never does. Read as a header, the method would lose its first parameter.
        var rows = table.Rows.Select(Field).OfType<DocField>();
        return Field(table.Header) is { TypeLink: not null } first ? [first, .. rows] : [.. rows];
    }

    public static DocField? Field(IReadOnlyList<string> row)
    {
        if (row.Count < 2)
        {
            return null;
        }

        var first = row[0];
        var newline = first.IndexOf('\n', StringComparison.Ordinal);
        var namePart = newline < 0 ? first : first[..newline];
        var typePart = newline < 0 ? string.Empty : first[(newline + 1)..];
        var bold = BoldName().Match(namePart);
        if (!bold.Success)
        {
            return null;
        }

        var text = typePart.Length > 0 ? typePart : namePart[bold.Length..];
        var type = TypeWord().Match(text);
        return new DocField(
            bold.Groups["name"].Value.Replace("\\", string.Empty, StringComparison.Ordinal).Trim().Trim('`'),
            bold.Groups["required"].Success || bold.Groups["inner"].Success,
            !type.Success ? string.Empty : Union(type, text),
            type.Success && type.Groups["link"].Success ? type.Groups["link"].Value : null,
            row[^1]);
    }

    /// <summary>The type word, with the alternatives that follow it (<c>[`string`](...)\|[`lang_map`](...)</c> → <c>string|lang_map</c>).</summary>
    private static string Union(Match first, string text)
    {
        var words = new List<string> { Word(first) };
        // Alternatives are joined by a bar, or each stands on its own line ([`object`](..)\n[`string`](..), [`string`](..)\n[`null`](..)).
        for (var match = first; match.NextMatch() is { Success: true } next && (IsBar(Between(match, next)) || Between(match, next).Trim().IsEmpty); match = next)
        {
            words.Add(Word(next));
        }

        return string.Join("|", words);

        static string Word(Match match) => match.Groups["type"].Success ? match.Groups["type"].Value.Trim() : match.Groups["bare"].Value.Trim();

        ReadOnlySpan<char> Between(Match match, Match next) => text.AsSpan(match.Index + match.Length, next.Index - match.Index - match.Length);

        static bool IsBar(ReadOnlySpan<char> between) => between.Trim().Trim('\\').SequenceEqual("|") || between.Trim().SequenceEqual("\\|");
    }
}
