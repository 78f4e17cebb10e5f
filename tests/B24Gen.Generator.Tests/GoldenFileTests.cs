using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary>
/// Every file generated from the hand-written stock schema (calendar and crm: the files the importer did not write),
/// compared with a reviewed copy in Golden/stock/. No file may appear or go missing unreviewed. After an intended
/// change, regenerate them with <c>B24GEN_UPDATE_GOLDEN=1 dotnet test</c> and review the diff. (The whole stock API,
/// imported methods included, is checked by digest: <see cref="StockDigestTests"/>.)
/// </summary>
public class GoldenFileTests
{
    private static readonly Lazy<Microsoft.CodeAnalysis.GeneratorDriverRunResult> s_run = new(() => GeneratorHarness.Run(GeneratorHarness.StockSchema()).Result);

    private static string Folder => GoldenFolder.Path("stock");

    public static TheoryData<string> GeneratedFiles => new(GoldenFolder.Names(Folder));

    [Fact]
    public void The_stock_schema_generates_exactly_the_golden_files()
    {
        var generated = s_run.Value.Results.Single().GeneratedSources;
        if (GoldenFolder.Update)
        {
            GoldenFolder.Rewrite(Folder, generated);
        }

        Assert.Equal(GoldenFolder.Names(Folder), generated.Select(s => s.HintName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_code_matches_the_golden_file(string hintName)
    {
        var actual = GoldenFolder.Normalize(GeneratorHarness.Source(s_run.Value, hintName));
        Assert.Equal(GoldenFolder.Normalize(File.ReadAllText(Path.Combine(Folder, hintName))), actual);
    }
}
