using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>A folder of reviewed generated files (Golden/stock/, Golden/user/): listed, compared, rewritten on request.</summary>
internal static class GoldenFolder
{
    /// <summary>Whether this run rewrites the golden files (<c>B24GEN_UPDATE_GOLDEN=1</c>) instead of only comparing.</summary>
    public static bool Update => Environment.GetEnvironmentVariable("B24GEN_UPDATE_GOLDEN") == "1";

    public static string Path(string name) => System.IO.Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Golden", name);

    /// <summary>The golden files' names, in order.</summary>
    public static List<string> Names(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.g.cs").Select(path => System.IO.Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>Replaces the folder's files with the generated ones (stale files go).</summary>
    public static void Rewrite(string folder, IEnumerable<GeneratedSourceResult> generated)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, "*.g.cs"))
        {
            File.Delete(stale);
        }

        foreach (var source in generated)
        {
            File.WriteAllText(System.IO.Path.Combine(folder, source.HintName), Normalize(source.SourceText.ToString()));
        }
    }

    /// <summary>Line endings and a byte-order mark do not count.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
