using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// Schema files are opted in: only AdditionalFiles that the package's targets mark <c>B24GenSchema=true</c> (the
/// user's <c>B24GenSchema</c> items and the stock schema) are read. YAML added for another tool is left alone.
/// </summary>
public sealed class SchemaOptInTests
{
    private const string Method = """
        method: demo.thing.get
        kind: read
        result: int
        """;

    [Theory]
    [InlineData("/not-schema/.github/workflows/build.yml", "on: [push]\njobs: { build: { runs-on: ubuntu-latest } }\n")]
    [InlineData("/not-schema/config/app.yaml", "logging: { level: debug }\n")]
    [InlineData("/not-schema/broken.yaml", "a: [unclosed\n")]
    [InlineData("/not-schema/demo.other.get.yaml", "method: demo.other.get\nresult: string\nkind: read\n")]
    public void Yaml_that_is_not_a_schema_item_is_ignored(string path, string text)
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.get.yaml", Method), (path, text));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var hintNames = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("demo.thing.get.g.cs", hintNames);
        Assert.DoesNotContain(hintNames, name => name.StartsWith("demo.other", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schema_item_is_read_whatever_its_extension()
    {
        var (result, _) = GeneratorHarness.Run(("/s/demo.thing.get.b24", Method));

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("GetAsync(", StringComparison.Ordinal));
    }
}
