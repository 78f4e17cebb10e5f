using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>Build properties as the compiler hands them to generators (<c>build_property.X</c>).</summary>
/// <remarks>Files whose path starts with a stock prefix carry <c>B24GenStock=true</c>, as the package's targets set it.</remarks>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties, string? stockPrefix = null) : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_stock = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.B24GenStock"] = "true" });
    private readonly Options _global = new(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        stockPrefix is not null && textFile.Path.StartsWith(stockPrefix, StringComparison.Ordinal) ? s_stock : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
