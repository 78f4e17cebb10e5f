using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using B24Gen.Benchmarks.Generator;
using B24Gen.Generator;
using B24Gen.Generator.Model;
using B24Gen.Generator.Parsing;
using B24Gen.Generator.Resolution;
using B24Gen.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace B24Gen.Benchmarks.Support;

/// <summary>
/// <c>--profile-generator [stock|synthetic|stock-index]</c>: where a cold generator run spends its time and allocations, stage by
/// stage, by running the pipeline's own steps one after another on one thread (best of 7 runs after 2 warm-ups;
/// allocations from <see cref="GC.GetAllocatedBytesForCurrentThread"/>). Not a BenchmarkDotNet suite: a breakdown
/// to read beside <see cref="GeneratorColdBenchmarks"/>.
/// </summary>
internal static class GeneratorProfile
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp13, DocumentationMode.Parse);

    public static int Run(string which)
    {
        if (which == "stock-index")
        {
            return RunStockIndex();
        }

        var texts = which == "stock" ? GeneratorHost.StockSchema() : SyntheticSchema.Create();
        var emitFile = typeof(B24GenGenerator).GetMethod("EmitFile", BindingFlags.NonPublic | BindingFlags.Static)!
            .CreateDelegate<Func<EmitUnit, GeneratorOptions, GeneratedSource?>>();
        var options = GeneratorOptions.Default;

        // Inputs of each stage, computed once.
        var sourceTexts = texts.Select(t => t.GetText()).ToList();
        var files = texts.Select(t => SchemaParser.Parse(t.Path, t.GetText(), t.IsStock, CancellationToken.None)).ToList();
        var declarations = files.Select(DeclarationCollector.Collect).ToImmutableArray();
        var index = SchemaIndexBuilder.Build(declarations, options);
        var units = files.Select(f => EmitUnitBuilder.Build(f, index)).ToList();
        var sources = units.Select(u => emitFile(u, options)).Where(s => s is not null).Select(s => s!.Text).ToList();
        var emittedTexts = sources.Select(s => SourceText.From(s, System.Text.Encoding.UTF8)).ToList();

        Console.WriteLine($"{which}: {texts.Count} files, {texts.Sum(t => (long)t.Content.Length) / 1024} KiB YAML, {sources.Count} sources, {sources.Sum(s => (long)s.Length) / 1024} KiB C#");
        Console.WriteLine($"{"stage",-58} {"time ms",10} {"alloc MB",10}");
        Measure("1. SourceText.From(yaml) (reading the AdditionalText)", () => texts.Sum(t => t.GetText().Length));
        Measure("2a. YamlDotNet Parser: all events, nothing kept", () => texts.Sum(t => CountEvents(t.Content)));
        Measure("2b. YamlDocumentReader.Read (events -> YamlNode tree)", () => texts.Count(t => YamlDocumentReader.Read(t.Path, t.Content, out _) is not null));
        Measure("2c. SchemaParser.Parse (2b + model; the baseline)", () => sourceTexts.Select((s, i) => SchemaParser.Parse(texts[i].Path, s, texts[i].IsStock, CancellationToken.None)).Count());
        Measure("3. DeclarationCollector + SchemaIndexBuilder", () => SchemaIndexBuilder.Build(files.Select(DeclarationCollector.Collect).ToImmutableArray(), options).Groups.GetHashCode());
        // What an edit that changes no declaration but moves lines (a summary) costs: the index is rebuilt and compared.
        Measure("3a. SchemaIndexBuilder.Build only", () => SchemaIndexBuilder.Build(declarations, options).Groups.GetHashCode());
        var indexCopy = SchemaIndexBuilder.Build(declarations, options);
        Measure("3b. SchemaIndex.Equals (two equal indexes)", () => index.Equals(indexCopy) ? 1 : 0);
        Measure("4. EmitUnitBuilder.Build (per file)", () => files.Count(f => EmitUnitBuilder.Build(f, index) is not null));
        Measure("5. Emit C# text (per file)", () => units.Sum(u => emitFile(u, options)?.Text.Length ?? 0));
        Measure("6. SourceText.From(C#, UTF-8) (AddSource)", () => sources.Sum(s => SourceText.From(s, System.Text.Encoding.UTF8).Length));
        Measure("7. Parse generated C# into syntax trees (driver)", () => emittedTexts.Count(t => CSharpSyntaxTree.ParseText(t, s_parseOptions).GetRoot() is not null));
        Measure("8. Whole driver run (RunGenerators, fresh driver)", () => GeneratorHost.CreateDriver(texts).RunGenerators(GeneratorHost.EmptyCompilation).GetHashCode());

        // Stage 4, broken down: what EmitUnitBuilder.Build does per file that scales with the whole schema.
        var hintName = typeof(EmitUnitBuilder).GetMethod("HintName", BindingFlags.NonPublic | BindingFlags.Static)!;
        var methodOwned = files.Select(f => f.Method is not null).ToList();
        Console.WriteLine();
        Console.WriteLine("Stage 4 per-file work that scales with the schema (summed over all files):");
        Measure("4a. new HashSet<string>(index.TypeNames)", () => files.Sum(_ => new HashSet<string>(index.TypeNames).Count));
        Measure("4b. HintName (types files: Stem() of every path)", () => files.Select((f, i) => (string)hintName.Invoke(null, [f, methodOwned[i], index.FilePaths])!).Sum(h => h.Length));
        Measure("4c. index.MethodOwners.Any(same file and method)", () => files.Count(f => f.Method is { } m && index.MethodOwners.Any(o => o.FilePath == f.FilePath && string.Equals(o.MethodName, m.Name, StringComparison.OrdinalIgnoreCase))));
        Measure("4d. index.TypeOwners.Where(same file)", () => files.Sum(f => index.TypeOwners.Count(o => o.FilePath == f.FilePath && f.Types.Any(t => t.Name == o.TypeName && !t.IsPartial))));

        // Stage 5, bounded below: the final strings alone, and a StringBuilder fed the finished lines.
        Console.WriteLine();
        Console.WriteLine("Stage 5 lower bounds (the same C# text, written without intermediate strings):");
        var lines = sources.Select(s => s.Split('\n')).ToList();
        Measure("5a. StringBuilder per file, append finished lines, ToString", () => lines.Sum(file =>
        {
            var builder = new System.Text.StringBuilder();
            foreach (var line in file)
            {
                builder.Append(line).Append('\n');
            }

            return builder.ToString().Length;
        }));
        var shared = new System.Text.StringBuilder(1 << 20);
        Measure("5b. one reused StringBuilder, append lines, ToString", () => lines.Sum(file =>
        {
            shared.Clear();
            foreach (var line in file)
            {
                shared.Append(line).Append('\n');
            }

            return shared.ToString().Length;
        }));
        var prose = files.SelectMany(f => f.Types.SelectMany(t => t.Fields.Select(x => x.Description).Append(t.Summary).Append(t.Description))
            .Concat(f.Method is { } m ? m.Parameters.Select(p => p.Description).Append(m.Summary).Append(m.Description) : [])).ToList();
        Measure($"5c. DocComments.Text on all {prose.Count} descriptions once", () => prose.Sum(t => B24Gen.Generator.Emit.DocComments.Text(t).Length));

        Console.WriteLine();
        Console.WriteLine($"YamlDotNet events in the schema: {texts.Sum(t => CountEvents(t.Content)):N0}");
        return 0;
    }

    /// <summary>
    /// <c>--profile-generator stock-index</c>: what a user's build pays for the stock index of a 1,500-method stock API,
    /// with no YAML of the user's and with one file.
    /// </summary>
    private static int RunStockIndex()
    {
        var index = GeneratorHost.StockIndexOf(SyntheticSchema.Create());
        var text = index.Content;
        var options = GeneratorOptions.Default;
        var user = new SchemaText("/user/demo.extra.get.yaml", "method: demo.extra.get\nkind: read\nresult: int\n", isStock: false);
        var userFile = SchemaParser.Parse(user.Path, user.GetText(), isStock: false, CancellationToken.None);
        var stock = B24Gen.Generator.Stock.StockIndexReader.Read(text, options);
        var declarations = ImmutableArray.Create(DeclarationCollector.Collect(userFile));

        Console.WriteLine($"stock index: {text.Length / 1024} KiB, {stock.Files.Count} files, {stock.Types.Count} types");
        Console.WriteLine($"{"stage",-58} {"time ms",10} {"alloc MB",10}");
        Measure("1. StockIndexReader.Read", () => B24Gen.Generator.Stock.StockIndexReader.Read(text, options).Files.Count);
        Measure("2. SchemaIndexBuilder.Build, no user files", () => SchemaIndexBuilder.Build([], options, stock).Groups.Count);
        Measure("3. SchemaIndexBuilder.Build, one user file", () => SchemaIndexBuilder.Build(declarations, options, stock).Groups.Count);
        var methods = stock.Files.Where(f => f.Method is not null).Select(f => (f, f.Method!)).ToList();
        var typeOwners = stock.Files.SelectMany(f => f.Types.Select(t => (f.FilePath, t))).ToDictionary(p => p.t.Name, p => (p.FilePath, p.t), StringComparer.Ordinal);
        Measure("2a. NameClashChecker.Check over the stock methods", () => NameClashChecker.Check(methods, typeOwners, []).Count);
        Measure("4. Whole driver run, index only", () => GeneratorHost.CreateDriver([index]).RunGenerators(GeneratorHost.EmptyCompilation).GetHashCode());
        Measure("5. Whole driver run, index + one user file", () => GeneratorHost.CreateDriver([index, user]).RunGenerators(GeneratorHost.EmptyCompilation).GetHashCode());
        return 0;
    }

    /// <summary><c>--profile-generator-first-run</c>: one driver run in a fresh process, JIT included, as a build pays it.</summary>
    public static int FirstRun(string which)
    {
        var texts = which == "stock" ? GeneratorHost.StockSchema() : SyntheticSchema.Create();
        var watch = Stopwatch.StartNew();
        GeneratorHost.CreateDriver(texts).RunGenerators(GeneratorHost.EmptyCompilation);
        var first = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        GeneratorHost.CreateDriver(texts).RunGenerators(GeneratorHost.EmptyCompilation);
        Console.WriteLine($"{which}: first driver run in this process {first:F0} ms (JIT of the generator, YamlDotNet and Roslyn's driver included); second {watch.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }

    private static int CountEvents(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var count = 0;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }

    private static void Measure(string name, Func<long> action)
    {
        action();
        action();
        var bestTime = double.MaxValue;
        var bestAlloc = long.MaxValue;
        for (var i = 0; i < 7; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            bestTime = Math.Min(bestTime, watch.Elapsed.TotalMilliseconds);
            bestAlloc = Math.Min(bestAlloc, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }

        Console.WriteLine($"{name,-58} {bestTime,10:F1} {bestAlloc / 1048576.0,10:F1}");
    }
}
