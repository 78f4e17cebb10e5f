namespace B24Gen.Importer.Docs;

/// <summary>
/// A checkout of the REST docs (the folder that holds <c>api-reference/</c> and <c>_includes/</c>). Pages are read
/// with their <c>{% include %}</c> directives expanded: field tables and notes live in included files.
/// </summary>
internal sealed class DocsFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The method pages under <c>api-reference/</c> (relative paths with '/', sorted: the import is deterministic).</summary>
    public IReadOnlyList<string> ReferencePages() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root, "api-reference"), "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/_includes/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of <paramref name="relativePath"/> with its includes expanded.</summary>
    public string Read(string relativePath) => IncludeExpander.Expand(this, relativePath, File.ReadAllText(FullPath(relativePath)), []);

    /// <summary>Whether a file exists at <paramref name="relativePath"/>, inside the docs folder only.</summary>
    public bool Exists(string relativePath) => File.Exists(FullPath(relativePath));

    public string ReadRaw(string relativePath) => File.ReadAllText(FullPath(relativePath));

    private string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is outside the docs folder.", nameof(relativePath));
        }

        return full;
    }
}
