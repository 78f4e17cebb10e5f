using System.Text.Json;
using System.Text.RegularExpressions;

namespace B24Gen.Importer.Examples;

/// <summary>How a docs example read: as written, after the repairs below, or not at all.</summary>
internal enum ExampleReading
{
    Strict,
    Repaired,
    Failed,
}

/// <summary>
/// Reads a JSON example of the docs. Many are abridged or hand-edited: <c>...</c> for elided items or members,
/// commas missing between items, trailing commas, comments. Those are repaired (the example then reads as
/// <see cref="ExampleReading.Repaired"/>); anything else fails with the parser's message.
/// </summary>
internal static partial class ExampleJson
{
    private static readonly JsonDocumentOptions s_strict = new() { MaxDepth = 256 };
    private static readonly JsonDocumentOptions s_lenient = new() { MaxDepth = 256, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    // An elision: "..." or "…" standing for members or items (alone on a line, maybe with a comment saying what it
    // stands for, or after a comma), with its comma.
    [GeneratedRegex(@"(?m)^\s*(?:\.\.\.|…)\s*,?\s*(?://.*)?$\n?|,\s*(?:\.\.\.|…)(?=\s*[\]}])")]
    private static partial Regex Elision();

    // A value that ends a line and an item or member that starts the next one, with no comma between.
    [GeneratedRegex(@"(?<=[}\]""\d]|true|false|null)(\s*\n\s*)(?=[{\[""])")]
    private static partial Regex MissingComma();

    public static (JsonElement? Value, ExampleReading Reading, string? Error) Read(string text)
    {
        if (TryParse(text, s_strict, out var strict, out _))
        {
            return (strict, ExampleReading.Strict, null);
        }

        var repaired = MissingComma().Replace(Elision().Replace(text, string.Empty), ",$1");
        return TryParse(repaired, s_lenient, out var value, out var error)
            ? (value, ExampleReading.Repaired, null)
            : (null, ExampleReading.Failed, error);
    }

    private static bool TryParse(string text, JsonDocumentOptions options, out JsonElement value, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(text, options);
            value = document.RootElement.Clone();
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            value = default;
            error = e.Message;
            return false;
        }
    }
}
