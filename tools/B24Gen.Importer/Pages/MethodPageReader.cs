using System.Text.RegularExpressions;

namespace B24Gen.Importer.Pages;

/// <summary>
/// Reads a method page: the title's method name, the scope line, the parameter tables (the first is the method's;
/// tables under later headings describe the objects they link to by anchor), the response example and result tables,
/// the error table, and the webhook request example. Returns null for pages that describe no method.
/// </summary>
internal static partial class MethodPageReader
{
    // A member of a TypeScript shape that may be null: "    dateActiveFrom: ISODate | null".
    [GeneratedRegex(@"(?m)^\s+([A-Za-z_][A-Za-z0-9_]*)\??: [^\n]*\|\s*null\s*;?\s*$")]
    private static partial Regex ShapeMemberOrNull();

    [GeneratedRegex(@"(?:^|\s)([a-z][a-z0-9_]*(?:\.[a-zA-Z0-9_]+)+)\s*$")]
    private static partial Regex MethodInTitle();

    [GeneratedRegex(@"\.v[0-9]+$")]
    private static partial Regex VersionSegment();

    [GeneratedRegex(@"^>\s*Scope:(.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ScopeLine();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"HTTP status:?\s*\**\s*(\d{3})", RegexOptions.IgnoreCase)]
    private static partial Regex HttpStatus();

    // The SDK's note on list methods ("catalog.vat.list returns a single page (max 50 records)") or an example that
    // sends start ("start": 0, start: 50, 'start' => 0).
    [GeneratedRegex(@"returns a single page \(max 50|(?:^|[\s{,(\[])[""']?start[""']?\s*(?::|=>)\s*\d")]
    private static partial Regex StartSent();

    [GeneratedRegex(@"-d\s+'(?<json>[\s\S]*?)'\s*\\?\s*\n")]
    private static partial Regex CurlData();

    public static MethodPage? Read(string path, string text)
    {
        var sections = PageSections.Split(text);
        var title = sections.FirstOrDefault(s => s.Level == 1)?.Title;
        // "Migration from imbot to imbot.v2", "Events of im.v2": a versioned namespace is not a method.
        if (title is null || MethodInTitle().Match(title) is not { Success: true } name || VersionSegment().IsMatch(name.Groups[1].Value))
        {
            return null;
        }

        var (parameters, parameterObjects) = Fields(ParameterPart(sections));
        var response = Part(sections, "response");
        var (result, resultObjects) = Fields(response.Where(s => s.Level > 2 || TableParser.Parse(s.Body).Count > 0).ToList());
        return new MethodPage(
            path,
            name.Groups[1].Value,
            title,
            Scopes(text),
            IsDeprecated(path, text),
            text.Contains("_includes/error-info-v3.md", StringComparison.Ordinal),
            parameters,
            parameterObjects,
            result,
            resultObjects,
            Errors(Part(sections, "error")),
            RequestExample(Part(sections, "example")),
            response.SelectMany(s => CodeBlocks.Find(s.Body)).FirstOrDefault(b => b.Language.StartsWith("json", StringComparison.OrdinalIgnoreCase))?.Text)
        {
            NullableNames = NullableInShapes(Part(sections, "example").Concat(response)),
            ExamplesSendStart = Part(sections, "example").SelectMany(s => CodeBlocks.Find(s.Body)).Any(b => StartSent().IsMatch(b.Text)),
        };
    }

    /// <summary>The member names that TypeScript shapes in the page's code blocks declare as <c>T | null</c>.</summary>
    private static HashSet<string> NullableInShapes(IEnumerable<PageSection> part) =>
        part.SelectMany(s => CodeBlocks.Find(s.Body))
            .Where(b => b.Language is "js" or "javascript" or "ts" or "typescript")
            .SelectMany(b => ShapeMemberOrNull().Matches(b.Text))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The parameters' part; on a page with no level-2 headings at all (some older pages put the table straight
    /// under the title), the title's own section.
    /// </summary>
    private static List<PageSection> ParameterPart(IReadOnlyList<PageSection> sections)
    {
        var part = Part(sections, "parameter");
        // A second level-2 section about parameters ("## Parameter fields {#fields}" after "## Method Parameters")
        // describes a parameter's object: it belongs to the part.
        var more = sections.Where(s => s.Level == 2 && s != part.FirstOrDefault() && s.Title.StartsWith("Parameter", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var extra in more)
        {
            part.Add(extra);
            part.AddRange(sections.SkipWhile(s => s != extra).Skip(1).TakeWhile(s => s.Level > 2));
        }

        return part.Count > 0 || sections.Any(s => s.Level == 2) ? part : [.. sections.Where(s => s.Level == 1).Take(1)];
    }

    /// <summary>The level-2 section whose title contains <paramref name="word"/>, with the sections under it.</summary>
    private static List<PageSection> Part(IReadOnlyList<PageSection> sections, string word)
    {
        var start = sections.ToList().FindIndex(s => s.Level == 2 && s.Title.Contains(word, StringComparison.OrdinalIgnoreCase));
        if (start < 0)
        {
            return [];
        }

        var part = new List<PageSection> { sections[start] };
        part.AddRange(sections.Skip(start + 1).TakeWhile(s => s.Level > 2));
        return part;
    }

    /// <summary>The first field table of a part, and the tables after it keyed by their heading's anchor (else its title).</summary>
    private static (IReadOnlyList<DocField> Main, IReadOnlyDictionary<string, IReadOnlyList<DocField>> Objects) Fields(List<PageSection> part)
    {
        IReadOnlyList<DocField>? main = null;
        var objects = new Dictionary<string, IReadOnlyList<DocField>>(StringComparer.Ordinal);
        foreach (var section in part)
        {
            foreach (var table in TableParser.Parse(section.Body))
            {
                var fields = DocFieldReader.Read(table);
                if (fields.Count == 0)
                {
                    continue;
                }

                if (main is null)
                {
                    main = fields;
                }
                else
                {
                    objects.TryAdd(section.Anchor ?? section.Title, fields);
                }
            }
        }

        return (main ?? [], objects);
    }

    private static IReadOnlyList<string> Scopes(string text) =>
        ScopeLine().Match(text) is { Success: true } line ? [.. CodeSpan().Matches(line.Groups[1].Value).Select(m => m.Groups[1].Value.Trim())] : [];

    private static bool IsDeprecated(string path, string text) =>
        path.Contains("/outdated/", StringComparison.Ordinal)
        || path.Contains("/deprecated/", StringComparison.Ordinal)
        || text.Contains("method is deprecated", StringComparison.OrdinalIgnoreCase)
        || text.Contains("has been deprecated", StringComparison.OrdinalIgnoreCase);

    private static List<DocError> Errors(List<PageSection> part)
    {
        var pageStatus = part.Select(s => HttpStatus().Match(s.Body)).FirstOrDefault(m => m.Success) is { } status ? int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var errors = new List<DocError>();
        foreach (var table in part.SelectMany(s => TableParser.Parse(s.Body)))
        {
            var code = table.Column("code");
            if (code < 0 && table.Header is [var first, _, ..] && Plain(first).Equals("Description", StringComparison.OrdinalIgnoreCase))
            {
                // "Description | Value" (crm.lead.delete): the first column is what the portal sends as error_description,
                // and its code is empty, as in the page's example. Read as a table whose code column holds sentences.
                code = 0;
            }

            if (code < 0)
            {
                continue;
            }

            // Layouts vary: "Code | Error Message | Description", "Code | Description | Value" (where the second
            // column holds the message)... The message is the column that says so, else the one after the code; the
            // description is the last column when that is neither.
            var message = table.Column("message") is var named and >= 0 ? named : code + 1 < table.Header.Count ? code + 1 : -1;
            var statusColumn = table.Column("status");
            // The last column describes, unless it is the message's, the code's or the status's (a 403 is no description).
            var description = table.Header.Count - 1 is var last && last != message && last != code && last != statusColumn ? last : -1;
            foreach (var row in table.Rows.Where(r => r.Count > code))
            {
                var codeText = Plain(row[code]);
                var messageText = message >= 0 && message < row.Count ? Plain(row[message]) : string.Empty;
                var descriptionText = description >= 0 && description < row.Count ? row[description] : string.Empty;
                if (codeText.Contains(' ', StringComparison.Ordinal) && !IsEmptyCode(codeText))
                {
                    // A sentence in the Code column is what the portal sends as error_description, with an empty code
                    // ("error": "", "error_description": "The Preset with ID '27' is not found"); the next column describes it.
                    (codeText, messageText, descriptionText) = (string.Empty, codeText, descriptionText.Length > 0 ? descriptionText : message >= 0 && message < row.Count ? row[message] : string.Empty);
                }

                errors.Add(new DocError(
                    IsEmptyCode(codeText) ? string.Empty : codeText,
                    messageText,
                    descriptionText,
                    statusColumn >= 0 && statusColumn < row.Count && int.TryParse(Plain(row[statusColumn]), out var s) ? s : pageStatus));
            }
        }

        return errors;
    }

    /// <summary>The docs' ways of writing the empty code the portal sends (<c>"error": ""</c>).</summary>
    private static bool IsEmptyCode(string code) =>
        code is "-" or "" || code.Equals("Empty value", StringComparison.OrdinalIgnoreCase) || code.Equals("Empty string", StringComparison.OrdinalIgnoreCase);

    /// <summary>The JSON body of the first webhook cURL example (<c>-d '{...}'</c>).</summary>
    private static string? RequestExample(List<PageSection> part) =>
        part.SelectMany(s => CodeBlocks.Find(s.Body))
            .Where(b => b.Language is "bash" or "sh" or "shell" or "http" or "curl" && b.Text.Contains("curl", StringComparison.Ordinal))
            .Select(b => CurlData().Match(b.Text + "\n"))
            .FirstOrDefault(m => m.Success)?.Groups["json"].Value;

    /// <summary>A cell's text without code-span backticks and bold markers.</summary>
    private static string Plain(string cell) => cell.Replace("`", string.Empty, StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal).Trim();
}
