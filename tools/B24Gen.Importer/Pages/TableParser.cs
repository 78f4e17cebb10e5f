using System.Text;

namespace B24Gen.Importer.Pages;

/// <summary>
/// The tables of a section: the docs' own multi-line form (<c>#|</c> ... <c>|#</c>, rows <c>|| a | b ||</c> spanning
/// lines) and plain Markdown pipe tables. Cells split at <c>|</c> outside code spans and links.
/// </summary>
internal static class TableParser
{
    public static IReadOnlyList<DocTable> Parse(string body)
    {
        var tables = new List<DocTable>();
        var lines = body.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "#|")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "|#");
                var inner = string.Join('\n', lines, i + 1, (end < 0 ? lines.Length : end) - i - 1);
                if (FromRows(YfmRows(inner)) is { } yfm)
                {
                    tables.Add(yfm);
                }

                i = end < 0 ? lines.Length : end;
            }
            else if (line.StartsWith('|') && i + 1 < lines.Length && IsSeparator(lines[i + 1].Trim()))
            {
                var rows = new List<List<string>> { Cells(line.Trim('|')) };
                i += 2;
                for (; i < lines.Length && lines[i].Trim().StartsWith('|'); i++)
                {
                    rows.Add(Cells(lines[i].Trim().Trim('|')));
                }

                i--;
                if (FromRows(rows) is { } pipe)
                {
                    tables.Add(pipe);
                }
            }
        }

        return tables;
    }

    private static DocTable? FromRows(List<List<string>> rows) =>
        rows.Count == 0 ? null : new DocTable(rows[0], rows.Skip(1).Select(r => (IReadOnlyList<string>)r).ToList());

    /// <summary>Rows of a <c>#| |#</c> table: each starts with <c>||</c> and ends with <c>||</c>, possibly lines later.</summary>
    private static List<List<string>> YfmRows(string inner)
    {
        var rows = new List<List<string>>();
        var position = 0;
        while (true)
        {
            var start = inner.IndexOf("||", position, StringComparison.Ordinal);
            if (start < 0)
            {
                return rows;
            }

            var end = FindRowEnd(inner, start + 2);
            var content = end < 0 ? inner[(start + 2)..] : inner[(start + 2)..end];
            rows.Add(Cells(content));
            if (end < 0)
            {
                return rows;
            }

            position = end + 2;
        }
    }

    /// <summary>The <c>||</c> that closes a row: outside code spans, and followed by a line end or the text's end.</summary>
    private static int FindRowEnd(string text, int from)
    {
        var inCode = false;
        for (var i = from; i < text.Length - 1; i++)
        {
            if (text[i] == '`')
            {
                inCode = !inCode;
            }
            else if (!inCode && text[i] == '|' && text[i + 1] == '|')
            {
                var rest = i + 2;
                while (rest < text.Length && text[rest] is ' ' or '\t')
                {
                    rest++;
                }

                if (rest >= text.Length || text[rest] == '\n')
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Cells split at '|' outside code spans and link brackets; '\|' is a literal bar.</summary>
    private static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var inCode = false;
        var brackets = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append('|');
                i++;
                continue;
            }

            if (c == '`')
            {
                inCode = !inCode;
            }
            else if (!inCode && c == '[')
            {
                brackets++;
            }
            else if (!inCode && c == ']' && brackets > 0)
            {
                brackets--;
            }
            else if (!inCode && brackets == 0 && c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                continue;
            }

            cell.Append(c);
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }

    private static bool IsSeparator(string line) =>
        line.StartsWith('|') && line.Contains('-', StringComparison.Ordinal) && line.All(c => c is '|' or '-' or ':' or ' ');
}
