using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Import;

/// <summary>Imports pages, applies the overlay and writes <c>&lt;scope&gt;/&lt;method&gt;.yaml</c> under a folder.</summary>
internal static class SchemaImport
{
    /// <summary>The methods written; overlay corrections that matched nothing go to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<ImportedMethod> Write(IEnumerable<MethodPage> pages, string outputPath, Overlay.OverlayApplier overlay, string docsCommit, List<string> problems)
    {
        var methods = new List<ImportedMethod>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            // Two pages for one file would leave the last one's silently: report both and keep the first.
            if (!seen.TryAdd(page.MethodName, page.Path))
            {
                problems.Add($"{page.Path}: describes '{page.MethodName}', which {seen[page.MethodName]} describes too.");
                continue;
            }

            var method = overlay.Apply(MethodImporter.Import(page), problems);
            var folder = Path.Combine(outputPath, method.Scope);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, method.Name + ".yaml"), Yaml.SchemaYamlWriter.Write(method, docsCommit));
            methods.Add(method);
            if (method.UsesFieldDescriptions)
            {
                File.WriteAllText(Path.Combine(folder, method.Scope + ".field-description.yaml"), Rules.FieldDescriptionRule.TypesFile(method.Scope, docsCommit));
            }
        }

        problems.AddRange(overlay.Unused());
        return methods;
    }

    /// <summary>Whether <paramref name="type"/> is, or holds, <c>any</c>.</summary>
    public static bool IsAny(string type) => type.StartsWith("any", StringComparison.Ordinal) || type.Contains("<any>", StringComparison.Ordinal);

    /// <summary>Whether no parameter, field or result of <paramref name="method"/> is <c>any</c>.</summary>
    public static bool IsFullyTyped(ImportedMethod method) =>
        !method.Params.Concat(method.Types.SelectMany(t => t.Fields)).Any(f => IsAny(f.Type)) && !(method.Result is { } result && IsAny(result.Type));
}
