using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary>
/// Every file generated from the hand-written stock schema (calendar and crm: the files the importer did not write),
/// compared with a reviewed copy in Golden/stock/. No file may appear or go missing unreviewed. After an intended
/// change, regenerate them with <c>B24GEN_UPDATE_GOLDEN=1 dotnet test</c> and review the diff. (The imported methods
/// are checked by the importer's gates and compiled by the stock projects.)
/// </summary>
public class GoldenFileTests
{
    private static readonly Lazy<Microsoft.CodeAnalysis.GeneratorDriverRunResult> s_run = new(() => GeneratorHarness.Run(GeneratorHarness.StockSchema()).Result);

    private static string GoldenFolder => Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Golden", "stock");

    public static TheoryData<string> GeneratedFiles => new(GoldenNames());

    private static bool Update => Environment.GetEnvironmentVariable("B24GEN_UPDATE_GOLDEN") == "1";

    [Fact]
    public void The_stock_schema_generates_exactly_the_golden_files()
    {
        var generated = s_run.Value.Results.Single().GeneratedSources;
        if (Update)
        {
            Directory.CreateDirectory(GoldenFolder);
            foreach (var stale in Directory.GetFiles(GoldenFolder, "*.g.cs"))
            {
                File.Delete(stale);
            }

            foreach (var source in generated)
            {
                File.WriteAllText(Path.Combine(GoldenFolder, source.HintName), Normalize(source.SourceText.ToString()));
            }
        }

        Assert.Equal(GoldenNames(), generated.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_code_matches_the_golden_file(string hintName)
    {
        var actual = Normalize(GeneratorHarness.Source(s_run.Value, hintName));
        Assert.Equal(Normalize(File.ReadAllText(Path.Combine(GoldenFolder, hintName))), actual);
    }

    private static List<string> GoldenNames() =>
        Directory.Exists(GoldenFolder) ? Directory.GetFiles(GoldenFolder, "*.g.cs").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList() : [];

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
