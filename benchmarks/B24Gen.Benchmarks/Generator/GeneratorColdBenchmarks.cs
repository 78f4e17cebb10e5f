using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace B24Gen.Benchmarks.Generator;

/// <summary>
/// Suite 1, generator cold: a full <c>CSharpGeneratorDriver</c> run on a fresh driver (parse every YAML file,
/// build the cross-file index, resolve, emit C#, and the driver parses the emitted C# into syntax trees) against
/// the baseline of only reading and YAML-parsing the same files (the generator's <c>SchemaParser.Parse</c>).
/// Target for the 1,500-method schema: at most 1 s and 200 MB allocated per run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorColdBenchmarks
{
    private IReadOnlyList<SchemaText> _texts = [];

    /// <summary><c>stock</c>: <c>schema/**/*.yaml</c>; <c>synthetic-1500</c>: <see cref="SyntheticSchema"/>.</summary>
    [Params("stock", "synthetic-1500")]
    public string Schema { get; set; } = "stock";

    [GlobalSetup]
    public void Setup()
    {
        _texts = Schema == "stock" ? GeneratorHost.StockSchema() : SyntheticSchema.Create();
        GeneratorChecks.RequireCleanRun(_texts);
    }

    [Benchmark(Baseline = true, Description = "Read + YAML-parse only (SchemaParser)")]
    public int ParseOnly() => GeneratorHost.ParseAll(_texts);

    [Benchmark(Description = "Full generator run (fresh driver)")]
    public GeneratorDriver FullRun() => GeneratorHost.CreateDriver(_texts).RunGenerators(GeneratorHost.EmptyCompilation);
}

/// <summary>
/// The generator in a user's build with the precompiled stock API: it reads only the stock index (no YAML of the
/// user's). Baseline: the same driver with no AdditionalFiles at all. Target: at most 50 ms per cold run, and no
/// growth with the stock API's size (<c>synthetic-1500</c> is the index of a 1,500-method schema).
/// </summary>
[MemoryDiagnoser]
public class GeneratorStockIndexBenchmarks
{
    private IReadOnlyList<SchemaText> _index = [];

    [Params("stock", "synthetic-1500")]
    public string Schema { get; set; } = "stock";

    [GlobalSetup]
    public void Setup()
    {
        _index = [GeneratorHost.StockIndexOf(Schema == "stock" ? GeneratorHost.StockSchema() : SyntheticSchema.Create())];
        var result = GeneratorHost.CreateDriver(_index).RunGenerators(GeneratorHost.EmptyCompilation).GetRunResult();
        if (result.Diagnostics.Length > 0 || result.GeneratedTrees.Length > 0 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException("The stock index alone must generate nothing and report nothing: " + string.Join("\n", result.Diagnostics));
        }
    }

    [Benchmark(Baseline = true, Description = "Generator with no files")]
    public GeneratorDriver NoFiles() => GeneratorHost.CreateDriver([]).RunGenerators(GeneratorHost.EmptyCompilation);

    [Benchmark(Description = "Generator with the stock index only (cold)")]
    public GeneratorDriver IndexOnly() => GeneratorHost.CreateDriver(_index).RunGenerators(GeneratorHost.EmptyCompilation);
}

/// <summary>
/// Suite 2, generator incremental: the 1,500-method schema already generated once; then one YAML file is edited
/// (<c>ReplaceAdditionalText</c>) and the generator re-runs. Baseline: the cold run on a fresh driver.
/// Target: the re-run after editing one method file costs at most 5% of the cold run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private IReadOnlyList<SchemaText> _texts = [];
    private GeneratorDriver _warm = null!;
    private SchemaText _methodFile = null!;
    private SchemaText _methodFileEdited = null!;
    private SchemaText _typesFile = null!;
    private SchemaText _typesFileEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = SyntheticSchema.Create();
        GeneratorChecks.RequireCleanRun(_texts);
        _warm = GeneratorHost.CreateDriver(_texts).RunGenerators(GeneratorHost.EmptyCompilation);

        // A method file in the middle of the schema, and a scope's shared types file.
        _methodFile = _texts.Where(t => !t.Path.EndsWith(".types.yaml", StringComparison.Ordinal)).ElementAt(750);
        _methodFileEdited = new SchemaText(_methodFile.Path, SyntheticSchema.EditSummary(_methodFile.Content), isStock: false);
        _typesFile = _texts.Where(t => t.Path.EndsWith(".types.yaml", StringComparison.Ordinal)).ElementAt(50);
        _typesFileEdited = new SchemaText(_typesFile.Path, SyntheticSchema.AddFieldToFirstType(_typesFile.Content), isStock: false);
        GeneratorChecks.RequireChangedOutput(_warm, _methodFile, _methodFileEdited);
        GeneratorChecks.RequireChangedOutput(_warm, _typesFile, _typesFileEdited);
    }

    [Benchmark(Baseline = true, Description = "Cold run (fresh driver)")]
    public GeneratorDriver Cold() => GeneratorHost.CreateDriver(_texts).RunGenerators(GeneratorHost.EmptyCompilation);

    [Benchmark(Description = "Re-run, nothing changed")]
    public GeneratorDriver Unchanged() => _warm.RunGenerators(GeneratorHost.EmptyCompilation);

    [Benchmark(Description = "Re-run after editing a method's summary")]
    public GeneratorDriver EditMethodFile() => _warm.ReplaceAdditionalText(_methodFile, _methodFileEdited).RunGenerators(GeneratorHost.EmptyCompilation);

    [Benchmark(Description = "Re-run after adding a field to a shared type")]
    public GeneratorDriver EditSharedType() => _warm.ReplaceAdditionalText(_typesFile, _typesFileEdited).RunGenerators(GeneratorHost.EmptyCompilation);
}
