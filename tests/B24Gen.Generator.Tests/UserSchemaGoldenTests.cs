using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The code generated from users' YAML on top of the precompiled stock API: every type expression
/// (Schemas/features.yaml) and the schemas the runtime tests run against (every field kind, input types, a
/// <c>partial: true</c> patch of a stock type, paging, documentation text). Each generated file is compared with a
/// reviewed one in Golden/user/; regenerate them with <c>B24GEN_UPDATE_GOLDEN=1</c> and review the diff. The
/// stock goldens (<see cref="GoldenFileTests"/>) cover the stock schema's shapes; these cover the rest.
/// </summary>
public class UserSchemaGoldenTests
{
    private static readonly Lazy<(GeneratorDriverRunResult Result, Compilation Output)> s_run = new(Run);

    private static string GoldenFolder => Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Golden", "user");

    public static TheoryData<string> GeneratedFiles => new(GoldenNames());

    private static List<string> GoldenNames() =>
        Directory.Exists(GoldenFolder) ? Directory.GetFiles(GoldenFolder, "*.g.cs").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList() : [];

    [Fact]
    public void The_user_schemas_generate_exactly_the_golden_files_and_compile_warning_free()
    {
        var (result, output) = s_run.Value;
        var generated = result.Results.Single().GeneratedSources;
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

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning); // test.deal.add has no kind: on purpose
        Assert.Equal(GoldenNames(), generated.Select(s => s.HintName).Order(StringComparer.Ordinal));
        GeneratorHarness.AssertCompiles(output);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_code_matches_the_golden_file(string hintName)
    {
        var (result, _) = s_run.Value;
        var actual = Normalize(GeneratorHarness.Source(result, hintName));
        Assert.Equal(Normalize(File.ReadAllText(Path.Combine(GoldenFolder, hintName))), actual);
    }

    private static bool Update => Environment.GetEnvironmentVariable("B24GEN_UPDATE_GOLDEN") == "1";

    private static (GeneratorDriverRunResult Result, Compilation Output) Run()
    {
        var root = GeneratorHarness.RepoRoot;
        var files = Directory.GetFiles(Path.Combine(root, "tests", "B24Gen.Runtime.Tests", "Schema"), "*.yaml")
            .Append(Path.Combine(root, "tests", "B24Gen.Generator.Tests", "Schemas", "features.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText("/user/" + Path.GetFileName(path), File.ReadAllText(path)))
            .Prepend(GeneratorHarness.StockIndex());
        var driver = GeneratorHarness.CreateDriver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateStockCompilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');
}
