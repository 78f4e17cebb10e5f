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
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = lines[i].Length - trimmed.Length;
            var language = trimmed[3..].Trim();
            var text = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                text.Add(lines[i].Length >= indent && lines[i][..indent].Trim().Length == 0 ? lines[i][indent..] : lines[i].TrimStart());
            }

            blocks.Add(new CodeBlock(language, string.Join('\n', text)));
        }

        return blocks;
    }
}
