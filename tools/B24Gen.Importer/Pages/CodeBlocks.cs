namespace B24Gen.Importer.Pages;

/// <summary>The fenced code blocks of a section, in order; indentation of the fence is removed from their lines.</summary>
internal static class CodeBlocks
{
    public static IReadOnlyList<CodeBlock> Find(string body)
    {
        var blocks = new List<CodeBlock>();
        var lines = body.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (!IsFence(lines[i]))
            {
                continue;
            }

            var indent = lines[i].Length - trimmed.Length;
            var language = trimmed[3..].Trim();
            var text = new List<string>();
            for (i++; i < lines.Length && !IsFence(lines[i]); i++)
            {
                text.Add(lines[i].Length >= indent && lines[i][..indent].Trim().Length == 0 ? lines[i][indent..] : lines[i].TrimStart());
            }

            blocks.Add(new CodeBlock(language, string.Join('\n', text)));
        }

        return blocks;
    }

    /// <summary>
    /// A fence line: <c>```</c> and a language, nothing else. A line that also closes its backticks
    /// (<c>```^\d{4}$``` ||</c> in a table cell) is inline code, not the start of a block.
    /// </summary>
    public static bool IsFence(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed.TrimStart('`').Contains('`', StringComparison.Ordinal);
    }
}
