using System.Globalization;
using System.Text;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The golden files (the hand-written stock schema's in Golden/stock/, the user schemas' in Golden/user/; see
/// <see cref="GoldenFileTests"/> and <see cref="UserSchemaGoldenTests"/>) under the standard generator
/// test harness (Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing): the files are handed over as a build hands
/// them (AdditionalFiles with B24GenSchema metadata in an analyzer config), every generated source must equal its
/// golden file, no other may appear, every diagnostic must be expected (with its YAML line and column), and the whole
/// must compile against net10.0's reference assemblies. The other generator tests still drive CSharpGeneratorDriver
/// directly (TestSupport/GeneratorHarness.cs).
/// </summary>
public class HarnessGoldenTests
{
    [Fact]
    public async Task The_user_schemas_generate_exactly_the_golden_files_and_compile()
    {
        var test = new CSharpSourceGeneratorTest<B24GenGenerator, DefaultVerifier> { ReferenceAssemblies = HarnessReferences.Net100 };
        var config = new StringBuilder("is_global = true\n");
        foreach (var path in UserSchemas())
        {
            var name = "/user/" + Path.GetFileName(path);
            test.TestState.AdditionalFiles.Add((name, File.ReadAllText(path)));
            config.Append(CultureInfo.InvariantCulture, $"\n[{name}]\nbuild_metadata.AdditionalFiles.B24GenSchema = true\n");
        }

        test.TestState.AdditionalFiles.Add(("/schema/stock-index.tsv", File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "schema", "stock-index.tsv"))));
        config.Append("\n[/schema/stock-index.tsv]\nbuild_metadata.AdditionalFiles.B24GenStockIndex = true\n");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
        foreach (var assembly in HarnessReferences.B24Gen)
        {
            test.TestState.AdditionalReferences.Add(assembly);
        }

        AddGoldenFiles(test, GoldenFolder.Path("user"));

        // Generator diagnostics are checked with their place in the YAML: test.deal.add has no kind on purpose.
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("B24G0016", DiagnosticSeverity.Info).WithSpan("/user/test.deal.add.yaml", 2, 9, 2, 22).WithArguments("test.deal.add"));

        UseCSharp14(test);

        await test.RunAsync();
    }

    [Fact]
    public async Task The_hand_written_stock_schema_generates_exactly_its_golden_files_and_compiles()
    {
        // As the stock projects build it: the schema files marked as the package's own, compiled over the runtime.
        var test = new CSharpSourceGeneratorTest<B24GenGenerator, DefaultVerifier> { ReferenceAssemblies = HarnessReferences.Net100 };
        var config = new StringBuilder("is_global = true\n");
        foreach (var file in GeneratorHarness.StockSchema())
        {
            var name = "/schema/" + Path.GetRelativePath(Path.Combine(GeneratorHarness.RepoRoot, "schema"), file.Path).Replace('\\', '/');
            test.TestState.AdditionalFiles.Add((name, file.GetText()!.ToString()));
            config.Append(CultureInfo.InvariantCulture, $"\n[{name}]\nbuild_metadata.AdditionalFiles.B24GenSchema = true\nbuild_metadata.AdditionalFiles.B24GenStock = true\n");
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
        test.TestState.AdditionalReferences.Add(typeof(B24Client).Assembly);
        AddGoldenFiles(test, GoldenFolder.Path("stock"));
        UseCSharp14(test);

        await test.RunAsync();
    }

    private static void AddGoldenFiles(CSharpSourceGeneratorTest<B24GenGenerator, DefaultVerifier> test, string folder)
    {
        foreach (var golden in Directory.GetFiles(folder, "*.g.cs").Order(StringComparer.Ordinal))
        {
            test.TestState.GeneratedSources.Add((typeof(B24GenGenerator), Path.GetFileName(golden), SourceText.From(File.ReadAllText(golden), Encoding.UTF8)));
        }
    }

    // The generated code is C# 14 (extension members, the field keyword), as the .NET 10 SDK compiles it.
    private static void UseCSharp14(CSharpSourceGeneratorTest<B24GenGenerator, DefaultVerifier> test) =>
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp14)));

    private static IEnumerable<string> UserSchemas() =>
        Directory.GetFiles(Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Runtime.Tests", "Schema"), "*.yaml")
            .Append(Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Schemas", "features.yaml"))
            .Order(StringComparer.Ordinal);
}
