using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace B24Gen.Importer.Gates;

/// <summary>Marks every AdditionalFile as a schema file (<c>B24GenSchema=true</c>), as the package's targets do.</summary>
internal sealed class SchemaOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_none = new([]);
    private static readonly Options s_schema = new(new() { ["build_metadata.AdditionalFiles.B24GenSchema"] = "true" });

    public override AnalyzerConfigOptions GlobalOptions => s_none;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_none;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_schema;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
