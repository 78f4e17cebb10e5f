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

    private static string Folder => GoldenFolder.Path("user");

    public static TheoryData<string> GeneratedFiles => new(GoldenFolder.Names(Folder));

    [Fact]
    public void The_user_schemas_generate_exactly_the_golden_files_and_compile_warning_free()
    {
        var (result, output) = s_run.Value;
        var generated = result.Results.Single().GeneratedSources;
        if (GoldenFolder.Update)
        {
            GoldenFolder.Rewrite(Folder, generated);
        }

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning); // test.deal.add has no kind: on purpose
        Assert.Equal(GoldenFolder.Names(Folder), generated.Select(s => s.HintName).Order(StringComparer.Ordinal));
        GeneratorHarness.AssertCompiles(output);
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_code_matches_the_golden_file(string hintName)
    {
        var (result, _) = s_run.Value;
        var actual = GoldenFolder.Normalize(GeneratorHarness.Source(result, hintName));
        Assert.Equal(GoldenFolder.Normalize(File.ReadAllText(Path.Combine(Folder, hintName))), actual);
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run()
    {
        var files = GeneratorHarness.UserSchemaFiles()
            .Select(path => (AdditionalText)new InMemoryAdditionalText("/user/" + Path.GetFileName(path), File.ReadAllText(path)))
            .Prepend(GeneratorHarness.StockIndex());
        var driver = GeneratorHarness.CreateDriver(files).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateStockCompilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }
}
