using System.Text.RegularExpressions;

namespace B24Gen.Importer.Shipping;

/// <summary>
/// Puts an import into the repository's stock API: each imported folder's files into <c>schema/&lt;folder&gt;/</c>,
/// next to the hand-written files, and a project per folder into <c>stock/</c>, so it is compiled and packed.
/// A hand-written file wins: its method is not imported (calendar is wholly hand-written, crm in part), and it is
/// never changed or removed. Files the importer wrote (their header names it) are replaced, and removed when an import
/// no longer gives them. With <c>check</c>, nothing is written: the differences are the result (CI's proof that the
/// shipped files are what the pinned docs and the overlay give).
/// </summary>
internal static partial class StockShipment
{
    private const string ImporterMark = "by tools/B24Gen.Importer";

    [GeneratedRegex(@"^method:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex MethodLine();

    /// <summary>The differences between the repository and the import (empty when it is current); with <paramref name="check"/> false, written.</summary>
    public static IReadOnlyList<string> Sync(string importedPath, string schemaPath, string stockPath, bool check)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal); // path relative to the repository parts -> text
        foreach (var folder in Directory.GetDirectories(importedPath).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var handWritten = HandWrittenMethods(Path.Combine(schemaPath, folder!));
            var files = Directory.GetFiles(Path.Combine(importedPath, folder!), "*.yaml").Order(StringComparer.Ordinal)
                .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
                .Select(f => (f.Name, f.Text, Method: MethodOf(f.Text)))
                .ToList();
            var methods = files.Select(f => f.Method).OfType<string>().ToList();
            if (methods.Count > 0 && methods.All(handWritten.Contains))
            {
                continue; // wholly hand-written: the import adds nothing
            }

            foreach (var (name, text, method) in files.Where(f => f.Method is null || !handWritten.Contains(f.Method)))
            {
                wanted[Path.Combine(schemaPath, folder!, name)] = text;
            }
        }

        // A project per imported folder, unless the folder has a hand-written one (calendar, crm).
        foreach (var folder in wanted.Keys.Select(p => Path.GetFileName(Path.GetDirectoryName(p))!).Distinct(StringComparer.Ordinal).ToList())
        {
            var project = ProjectPath(stockPath, folder);
            if (!File.Exists(project) || IsImporterFile(project))
            {
                wanted[project] = ProjectText(folder);
            }
        }

        var present = ImporterFiles(schemaPath).Concat(ImporterProjects(stockPath)).ToHashSet(StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (path, text) in wanted.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (!File.Exists(path))
            {
                differences.Add($"{path}: missing");
            }
            else if (File.ReadAllText(path) != text)
            {
                differences.Add($"{path}: differs from the import");
            }
            else
            {
                continue;
            }

            if (!check)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
        }

        foreach (var path in present.Where(p => !wanted.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            differences.Add($"{path}: no longer imported");
            if (!check)
            {
                File.Delete(path);
            }
        }

        return differences;
    }

    /// <summary>The precompiled project of a folder: <c>stock/B24Gen.Api.SonetGroup/B24Gen.Api.SonetGroup.csproj</c>.</summary>
    public static string ProjectPath(string stockPath, string folder)
    {
        var name = "B24Gen.Api." + Rules.Names.Pascal(folder);
        return Path.Combine(stockPath, name, name + ".csproj");
    }

    private static string ProjectText(string folder) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- The precompiled {folder} scope of the stock API: api.{Rules.Names.Pascal(folder)}.*, generated from schema/{folder}/*.yaml.
               Written {ImporterMark} (ship); do not edit. -->
          <PropertyGroup>
            <B24GenStockScope>{folder}</B24GenStockScope>
          </PropertyGroup>
          <Import Project="../Stock.props" />
          <Import Project="../Stock.targets" />
        </Project>

        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string? MethodOf(string text) => MethodLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    private static bool IsImporterFile(string path) => File.ReadLines(path).Take(3).Any(l => l.Contains(ImporterMark, StringComparison.Ordinal));

    // The methods of the hand-written files of a schema folder.
    private static HashSet<string> HandWrittenMethods(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Where(f => !IsImporterFile(f)).Select(f => MethodOf(File.ReadAllText(f))).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];

    private static IEnumerable<string> ImporterFiles(string schemaPath) =>
        Directory.Exists(schemaPath)
            ? Directory.GetFiles(schemaPath, "*.yaml", SearchOption.AllDirectories).Where(IsImporterFile)
            : [];

    private static IEnumerable<string> ImporterProjects(string stockPath) =>
        Directory.Exists(stockPath)
            ? Directory.GetFiles(stockPath, "B24Gen.Api.*.csproj", SearchOption.AllDirectories).Where(IsImporterFile)
            : [];
}
