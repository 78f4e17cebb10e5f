using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>Build properties as the compiler hands them to generators (<c>build_property.X</c>).</summary>
/// <remarks>
/// Every AdditionalFiles item is a schema file (<c>B24GenSchema=true</c>, as the package's targets mark
/// <c>B24GenSchema</c> items) unless its path starts with <see cref="NotSchemaPrefix"/>; files whose path starts with
/// a stock prefix also carry <c>B24GenStock=true</c>. A file named <c>stock-index.tsv</c> is the stock index
/// (<c>B24GenStockIndex=true</c>), as the package's targets mark it.
/// </remarks>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties, string? stockPrefix = null) : AnalyzerConfigOptionsProvider
{
    /// <summary>AdditionalFiles under this folder are plain AdditionalFiles, not B24GenSchema items.</summary>
    public const string NotSchemaPrefix = "/not-schema/";

    private static readonly Options s_schema = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.B24GenSchema"] = "true" });
    private static readonly Options s_stock = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.B24GenSchema"] = "true",
        ["build_metadata.AdditionalFiles.B24GenStock"] = "true",
    });

    private static readonly Options s_stockIndex = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.B24GenStockIndex"] = "true" });

    private readonly Options _global = new(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.StartsWith(NotSchemaPrefix, StringComparison.Ordinal) ? Options.Empty
        : Path.GetFileName(textFile.Path) == "stock-index.tsv" ? s_stockIndex
        : stockPrefix is not null && textFile.Path.StartsWith(stockPrefix, StringComparison.Ordinal) ? s_stock
        : s_schema;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
