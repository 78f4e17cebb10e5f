namespace B24Gen.Importer.Pages;

/// <summary>A table of a page: a header row and body rows of cells, each cell's Markdown trimmed.</summary>
internal sealed record DocTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The index of the first header cell containing <paramref name="word"/> (ignoring case), or -1.</summary>
    public int Column(string word)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (Header[i].Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
