using System.Security.Cryptography;
using System.Text;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// Every file generated for the whole stock API (each scope's YAML, generated as its stock project generates it, about
/// 1,400 files and 24 MB of C#) checked against a snapshot: Golden/stock-digests.tsv holds each file's SHA-256 and line
/// count, so a change to any generated file fails here and names the files. Whole copies stay for the hand-written
/// schema (Golden/stock/, <see cref="GoldenFileTests"/>); at this size a digest is what a repository can review. After
/// an intended change, <c>B24GEN_UPDATE_GOLDEN=1 dotnet test</c> rewrites the list; a failing run writes the generated
/// files to a folder it names, to be read or diffed.
/// </summary>
public class StockDigestTests
{
    private static string DigestFile => Path.Combine(GoldenFolder.Path(""), "stock-digests.tsv");

    [Fact]
    public void Every_file_of_the_stock_api_matches_its_digest()
    {
        var generated = GenerateEveryScope();
        var actual = generated.Select(g => $"{g.Name}\t{Digest(g.Text)}\t{g.Text.Count(c => c == '\n')}").ToList();
        if (GoldenFolder.Update)
        {
            File.WriteAllText(DigestFile, "# file\tsha256 (LF line endings, no BOM)\tlines\n" + string.Join("\n", actual) + "\n");
        }

        var expected = File.ReadLines(DigestFile).Where(l => !l.StartsWith('#')).ToList();
        var changed = expected.Except(actual).Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        changed.UnionWith(actual.Except(expected).Select(l => l.Split('\t')[0]));
        if (changed.Count == 0)
        {
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), "b24gen-stock-generated");
        foreach (var (name, text) in generated.Where(g => changed.Contains(g.Name)))
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Assert.Fail($"{changed.Count} generated stock file(s) differ from Golden/stock-digests.tsv (the current text of each is in {folder}); "
            + "if the change is intended, rerun with B24GEN_UPDATE_GOLDEN=1:\n" + string.Join("\n", changed.Order(StringComparer.Ordinal).Take(50)));
    }

    /// <summary>Each scope alone, its files as B24GenSchema items, as stock/Stock.props hands them to the generator.</summary>
    private static List<(string Name, string Text)> GenerateEveryScope()
    {
        var schema = Path.Combine(GeneratorHarness.RepoRoot, "schema");
        var files = new List<(string Name, string Text)>();
        foreach (var scope in Directory.GetDirectories(schema).Order(StringComparer.Ordinal))
        {
            var yaml = Directory.EnumerateFiles(scope, "*.yaml", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)));
            var result = GeneratorHarness.CreateDriver(yaml, markStock: false).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult();
            Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var name = Path.GetFileName(scope);
            files.AddRange(result.Results.Single().GeneratedSources.Select(s => ($"{name}/{s.HintName}", GoldenFolder.Normalize(s.SourceText.ToString()))));
        }

        return files;
    }

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
