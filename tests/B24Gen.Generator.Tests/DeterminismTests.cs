using B24Gen.Generator.Parsing;
using B24Gen.Generator.Stock;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator.Tests;

/// <summary>
/// MSBuild may hand the YAML files over in any order (globs, file systems, IDEs differ). The generated code, its
/// diagnostics and the stock index must not depend on it: a build that reorders files must not look like a change.
/// </summary>
public sealed class DeterminismTests
{
    /// <summary>User YAML over the precompiled stock API: new groups, a method in a stock group, partial patches of an output and an input type.</summary>
    private static readonly (string Path, string Text)[] UserFiles =
    [
        ("/user/crm.deal.get.yaml", "method: crm.deal.get\nscope: crm\nkind: read\nparams:\n  id: { type: int, required: true }\nresult: CrmDeal\n"),
        ("/user/crm.widget.get.yaml", "method: crm.widget.get\nscope: crm\nkind: read\nresult: CrmDeal\n"),
        ("/user/acc.invoice.list.yaml", "method: acc.invoice.list\nscope: acc\nkind: read\npaging: start\nresult: \"CrmDeal[]\"\n"),
        ("/user/acc.bill.list.yaml", "method: acc.bill.list\nscope: acc\nkind: read\npaging: start\nresult: \"CrmDeal[]\"\n"),
        ("/user/zeta.item.add.yaml", "method: zeta.item.add\nscope: zeta\nkind: write\nparams:\n  fields: { type: CalendarEventMeetingInput, required: true }\nresult: int\n"),
        ("/user/deal-uf.yaml", "types:\n  CrmDeal:\n    partial: true\n    fields:\n      UF_CRM_RATING: \"int?\"\n      UF_CRM_ALPHA: string\n"),
        ("/user/meeting-uf.yaml", "types:\n  CalendarEventMeetingInput:\n    partial: true\n    fields:\n      UF_NOTE: string\n"),
        ("/user/zeta-input.yaml", "types:\n  CalendarEventAddRequest:\n    partial: true\n    fields:\n      UF_ZETA: string\n"),
        ("/user/bad.yaml", "method: bad.thing.get\nscope: bad\nkind: sometimes\nresult: int\n"),
        ("/user/worse.yaml", "method: worse.thing.get\nscope: worse\nresult: NoSuchType\n"),
    ];

    public static TheoryData<int> Seeds => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_stock_schema_compiled_from_source_does_not_depend_on_the_file_order(int seed)
    {
        var files = GeneratorHarness.StockSchema();

        Assert.Equal(Outcome(files, GeneratorHarness.CreateCompilation()), Outcome(Shuffled(files, seed), GeneratorHarness.CreateCompilation()));
        Assert.Equal(Outcome(files, GeneratorHarness.CreateCompilation()), Outcome(Enumerable.Reverse(files), GeneratorHarness.CreateCompilation()));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void User_yaml_over_the_stock_index_does_not_depend_on_the_file_order(int seed)
    {
        var files = UserFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).Prepend(GeneratorHarness.StockIndex()).ToList();
        var expected = Outcome(files, GeneratorHarness.CreateStockCompilation());

        Assert.Equal(expected, Outcome(Shuffled(files, seed), GeneratorHarness.CreateStockCompilation()));
        Assert.Equal(expected, Outcome(Enumerable.Reverse(files), GeneratorHarness.CreateStockCompilation()));
        Assert.Contains(expected, line => line.StartsWith("B24StockExtensions.g.cs", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("diagnostic ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_stock_index_does_not_depend_on_the_file_order(int seed)
    {
        var schemaRoot = Path.Combine(GeneratorHarness.RepoRoot, "schema");
        var files = Directory.EnumerateFiles(schemaRoot, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(schemaRoot, path), SchemaParser.Parse(path, SourceText.From(File.ReadAllText(path)), isStock: true, CancellationToken.None)))
            .ToList();

        Assert.Equal(StockIndexWriter.Write(files), StockIndexWriter.Write(Shuffled(files, seed)));
        Assert.Equal(StockIndexWriter.Write(files), StockIndexWriter.Write(Enumerable.Reverse(files).ToList()));
    }

    /// <summary>
    /// Every generated file (hint name, then text) and every diagnostic, sorted: the order in which files are added
    /// follows the inputs' order, as in any per-file pipeline, but what each file and diagnostic says must not.
    /// </summary>
    private static List<string> Outcome(IEnumerable<AdditionalText> files, Compilation compilation)
    {
        var result = GeneratorHarness.CreateDriver(files).RunGenerators(compilation).GetRunResult();
        return
        [
            .. result.Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).Order(StringComparer.Ordinal),
            .. result.Diagnostics.Select(d => $"diagnostic {d.Id} {d.Location.GetLineSpan()} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal),
        ];
    }

    private static List<T> Shuffled<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
