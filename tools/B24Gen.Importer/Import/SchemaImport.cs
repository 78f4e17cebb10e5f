using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Import;

/// <summary>Imports pages, applies the overlay and writes <c>&lt;scope&gt;/&lt;method&gt;.yaml</c> under a folder.</summary>
internal static class SchemaImport
{
    /// <summary>
    /// The methods written, each to <c>&lt;folder&gt;/&lt;method&gt;.yaml</c>, where the folder is the method name's
    /// first word (<see cref="ImportedMethod.Folder"/>: one precompiled assembly, one <c>api.X</c> root). Overlay
    /// corrections that matched nothing go to <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<ImportedMethod> Write(IEnumerable<MethodPage> pages, string outputPath, Overlay.OverlayApplier overlay, string docsCommit, List<string> problems)
    {
        var imported = new List<ImportedMethod>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            // Two pages for one file would leave the last one's silently: report both and keep the first.
            if (!seen.TryAdd(page.MethodName, page.Path))
            {
                problems.Add($"{page.Path}: describes '{page.MethodName}', which {seen[page.MethodName]} describes too.");
                continue;
            }

            imported.Add(overlay.Apply(MethodImporter.Import(page), problems));
        }

        problems.AddRange(overlay.Unused());
        var written = new List<ImportedMethod>(imported.Count);
        foreach (var folderMethods in imported.GroupBy(m => m.Folder, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var folder = Path.Combine(outputPath, folderMethods.Key);
            Directory.CreateDirectory(folder);
            var (methods, shared) = TypeDeduplicator.Apply(NullabilityUnion.Apply(folderMethods.ToList()));
            foreach (var method in methods)
            {
                File.WriteAllText(Path.Combine(folder, method.Name + ".yaml"), Yaml.SchemaYamlWriter.Write(method, docsCommit));
            }

            if (shared.Count > 0)
            {
                File.WriteAllText(Path.Combine(folder, folderMethods.Key + ".shared-types.yaml"), Yaml.SchemaYamlWriter.WriteShared(shared, docsCommit));
            }

            if (methods.Any(m => m.UsesFieldDescriptions))
            {
                File.WriteAllText(Path.Combine(folder, folderMethods.Key + ".field-description.yaml"), Rules.FieldDescriptionRule.TypesFile(folderMethods.Key, docsCommit));
            }

            written.AddRange(methods);
        }

        return written;
    }

    /// <summary>Whether <paramref name="type"/> is, or holds, <c>any</c>.</summary>
    public static bool IsAny(string type) => type.StartsWith("any", StringComparison.Ordinal) || type.Contains("<any>", StringComparison.Ordinal);

    /// <summary>Whether no parameter, field or result of <paramref name="method"/> is <c>any</c>.</summary>
    public static bool IsFullyTyped(ImportedMethod method) =>
        !method.Params.Concat(method.Types.Concat(method.SharedTypes).SelectMany(t => t.Fields)).Any(f => IsAny(f.Type)) && !(method.Result is { } result && IsAny(result.Type));
}
