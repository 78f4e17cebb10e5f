using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The generated code for the stock schema, compared with reviewed files in Golden/. After an intended change,
/// regenerate them with <c>B24GEN_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> GeneratedFiles => ["calendar.section.get.g.cs", "calendar.user.settings.get.g.cs", "calendar.types.types.g.cs", "crm.deal.list.g.cs", "B24Api.g.cs"];

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_code_matches_the_golden_file(string hintName)
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.StockSchema());
        var actual = Normalize(GeneratorHarness.Source(result, hintName));
        var goldenPath = Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Golden", hintName);
        if (Environment.GetEnvironmentVariable("B24GEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}; run with B24GEN_UPDATE_GOLDEN=1 to create it.");
        var expected = Normalize(File.ReadAllText(goldenPath));
        Assert.Equal(expected, actual);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
