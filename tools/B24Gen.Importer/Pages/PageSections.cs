using System.Text.RegularExpressions;

namespace B24Gen.Importer.Pages;

/// <summary>Splits a page at its headings; a <c>#</c> inside a fenced code block is not a heading.</summary>
internal static partial class PageSections
{
    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*(?:\{#([^}]+)\})?\s*$")]
    private static partial Regex Heading();

    public static IReadOnlyList<PageSection> Split(string text)
    {
        var sections = new List<PageSection>();
        var level = 0;
        string title = string.Empty;
        string? anchor = null;
        var body = new List<string>();
        var inFence = false;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (CodeBlocks.IsFence(line))
            {
                inFence = !inFence;
            }

            var heading = inFence ? null : Heading().Match(line);
            if (heading is { Success: true })
            {
                Flush();
                level = heading.Groups[1].Length;
                title = heading.Groups[2].Value;
                anchor = heading.Groups[3].Success ? heading.Groups[3].Value : null;
                continue;
            }

            body.Add(line);
        }

        Flush();
        return sections;

        void Flush()
        {
            if (level > 0 || body.Any(l => l.Trim().Length > 0))
            {
                sections.Add(new PageSection(level, title, anchor, string.Join('\n', body).Trim('\n')));
            }

            body.Clear();
        }
    }
}
