using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The golden files (the hand-written stock schema's in Golden/stock/, the user schemas' in Golden/user/; see
/// <see cref="GoldenFileTests"/> and <see cref="UserSchemaGoldenTests"/>) under the standard generator
/// test harness (Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing): the files are handed over as a build hands
/// them (AdditionalFiles with B24GenSchema metadata in an analyzer config), every generated source must equal its
/// golden file, no other may appear, every diagnostic must be expected (with its YAML line and column), and the whole
/// must compile against net10.0's reference assemblies. Which tests stay on CSharpGeneratorDriver, and why: README.md,
/// "How it works".
/// </summary>
public class HarnessGoldenTests
{
    [Fact]
    public async Task The_user_schemas_generate_exactly_the_golden_files_and_compile()
    {
        var test = new SchemaHarnessTest();
        foreach (var path in GeneratorHarness.UserSchemaFiles())
        {
            test.AddFile("/user/" + Path.GetFileName(path), File.ReadAllText(path), "B24GenSchema");
        }

        test.AddFile("/schema/stock-index.tsv", File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "schema", "stock-index.tsv")), "B24GenStockIndex");
        test.TestState.AdditionalReferences.Add(typeof(global::B24Gen.Api.CalendarSection).Assembly);
        test.TestState.AdditionalReferences.Add(typeof(global::B24Gen.Api.CrmDeal).Assembly);
        test.ExpectGoldenFiles(GoldenFolder.Path("user"));

        // Generator diagnostics are checked with their place in the YAML: test.deal.add has no kind on purpose.
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("B24G0016", DiagnosticSeverity.Info).WithSpan("/user/test.deal.add.yaml", 2, 9, 2, 22).WithArguments("test.deal.add"));

        await test.RunAsync();
    }

    [Fact]
    public async Task The_hand_written_stock_schema_generates_exactly_its_golden_files_and_compiles()
    {
        // As the stock projects build it: the schema files marked as the package's own, compiled over the runtime.
        var test = new SchemaHarnessTest();
        test.AddStockSchema();

        test.ExpectGoldenFiles(GoldenFolder.Path("stock"));

        await test.RunAsync();
    }
}
