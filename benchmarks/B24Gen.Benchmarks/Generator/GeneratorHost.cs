using System.Diagnostics.CodeAnalysis;
using B24Gen.Generator;
using B24Gen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Benchmarks.Generator;

/// <summary>An AdditionalFiles item held in memory; each <see cref="GetText"/> builds a new SourceText, as reading a file would.</summary>
internal sealed class SchemaText(string path, string text, bool isStock, bool isStockIndex = false) : AdditionalText
{
    public bool IsStockIndex { get; } = isStockIndex;

    public override string Path { get; } = path;

    public string Content { get; } = text;

    public bool IsStock { get; } = isStock;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Content);
}

/// <summary>
/// Drives <see cref="B24GenGenerator"/> the way the compiler does (no step tracking, no output kinds disabled),
/// over an empty compilation: the generator never reads the compilation, so its contents do not matter.
/// </summary>
internal static class GeneratorHost
{
    // The generated code needs C# 14 (B24G0019 otherwise); Roslyn 4.14 names it only as Preview.
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Preview, DocumentationMode.Parse);

    public static CSharpCompilation EmptyCompilation { get; } = CSharpCompilation.Create(
        "Consumer",
        [],
        [],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IReadOnlyList<SchemaText> texts) => CSharpGeneratorDriver.Create(
        [new B24GenGenerator().AsSourceGenerator()],
        texts,
        s_parseOptions,
        new OptionsProvider(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The baseline work: read each file and parse its YAML into the model, without resolving or emitting.</summary>
    public static int ParseAll(IReadOnlyList<SchemaText> texts)
    {
        var methods = 0;
        foreach (var text in texts)
        {
            var model = SchemaParser.Parse(text.Path, text.GetText(), text.IsStock, CancellationToken.None);
            methods += model.Method is null ? 0 : 1;
        }

        return methods;
    }

    /// <summary>The stock schema (<c>schema/**/*.yaml</c>), read into memory once, marked as the package's files.</summary>
    public static IReadOnlyList<SchemaText> StockSchema() => Directory
        .EnumerateFiles(Benchmarks.Support.RepoPaths.Schema, "*.yaml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(p => new SchemaText(p, File.ReadAllText(p), isStock: true))
        .ToList();

    /// <summary>The stock index of <paramref name="texts"/> (as the package ships <c>schema/stock-index.tsv</c>), as an AdditionalFile.</summary>
    public static SchemaText StockIndexOf(IReadOnlyList<SchemaText> texts)
    {
        var files = texts.Select(t => (System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(t.Path)!) + "/" + System.IO.Path.GetFileName(t.Path), SchemaParser.Parse(t.Path, t.GetText(), true, CancellationToken.None)));
        return new SchemaText("/package/schema/stock-index.tsv", B24Gen.Generator.Stock.StockIndexWriter.Write(files), isStock: false, isStockIndex: true);
    }

    /// <summary>Build options as the package's props make them visible: schema files carry <c>B24GenSchema=true</c>, stock ones also <c>B24GenStock=true</c>.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options s_schema = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.B24GenSchema"] = "true" });
        private static readonly Options s_stock = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.B24GenSchema"] = "true",
            ["build_metadata.AdditionalFiles.B24GenStock"] = "true",
        });

        private static readonly Options s_index = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.B24GenStockIndex"] = "true" });

        private static readonly Options s_empty = new([]);

        public override AnalyzerConfigOptions GlobalOptions => s_empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile is SchemaText { IsStockIndex: true } ? s_index : textFile is SchemaText { IsStock: true } ? s_stock : s_schema;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
