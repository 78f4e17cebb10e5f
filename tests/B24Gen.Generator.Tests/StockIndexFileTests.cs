using B24Gen.Generator.Model;
using B24Gen.Generator.Parsing;
using B24Gen.Generator.Stock;

namespace B24Gen.Generator.Tests;

/// <summary>
/// schema/stock-index.tsv is what the package tells the generator about the precompiled stock assemblies: it must
/// say exactly what schema/ holds. Regenerate it with <c>B24GEN_UPDATE_STOCK_INDEX=1 dotnet test tests/B24Gen.Generator.Tests</c>.
/// </summary>
public sealed class StockIndexFileTests
{
    [Fact]
    public void The_committed_stock_index_matches_the_stock_schema()
    {
        var schemaRoot = Path.Combine(TestSupport.GeneratorHarness.RepoRoot, "schema");
        var files = Directory.EnumerateFiles(schemaRoot, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Path.GetRelativePath(schemaRoot, path), SchemaParser.Parse(path, Microsoft.CodeAnalysis.Text.SourceText.From(File.ReadAllText(path)), isStock: true, CancellationToken.None)))
            .ToList();
        Assert.All(files, f => Assert.DoesNotContain(f.Item2.Diagnostics.Select(d => d.ToDiagnostic()), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var expected = StockIndexWriter.Write(files);
        var indexPath = Path.Combine(schemaRoot, "stock-index.tsv");
        if (Environment.GetEnvironmentVariable("B24GEN_UPDATE_STOCK_INDEX") == "1")
        {
            File.WriteAllText(indexPath, expected);
        }

        Assert.True(File.Exists(indexPath), "schema/stock-index.tsv is missing; run B24GEN_UPDATE_STOCK_INDEX=1 dotnet test tests/B24Gen.Generator.Tests");
        Assert.Equal(expected, File.ReadAllText(indexPath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_index_reads_back_every_stock_method_and_type()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.GeneratorHarness.RepoRoot, "schema", "stock-index.tsv"));
        var index = StockIndexReader.Read(text, GeneratorOptions.Default);
        var methods = index.Files.Where(f => f.Method is not null).Select(f => f.Method!.Name).ToList();
        Assert.Contains("calendar.section.get", methods);
        Assert.Contains("crm.deal.list", methods);
        Assert.All(index.Files, f => Assert.True(f.IsPrecompiled));
        var deal = Assert.Single(index.Types, t => t.Name == "CrmDeal");
        Assert.Contains("Title", deal.MemberNames);
        var list = index.Files.Single(f => f.Method?.Name == "crm.deal.list").Method!;
        Assert.Equal(PagingKind.Fast, list.Paging);
        Assert.Equal(["Crm", "Deal"], list.Group.Path);
    }

    [Fact]
    public void Source_scopes_and_unused_scopes_are_left_out_of_the_index()
    {
        var text = File.ReadAllText(Path.Combine(TestSupport.GeneratorHarness.RepoRoot, "schema", "stock-index.tsv"));
        var source = StockIndexReader.Read(text, GeneratorOptions.Default with { SourceScopes = new[] { "crm" }.ToEquatableArray() });
        // A stock scope is a schema folder (one assembly); a method's scope: key may name another permission scope.
        Assert.DoesNotContain(source.Files, f => Folder(f) == "crm");
        Assert.DoesNotContain(source.Types, t => t.Name == "CrmDeal");
        Assert.Contains(source.Files, f => Folder(f) == "calendar");
        Assert.Contains(source.Files, f => Folder(f) == "sign" && f.Method?.Scope == "crm");

        var onlyCrm = StockIndexReader.Read(text, GeneratorOptions.Default with { Scopes = new[] { "crm" }.ToEquatableArray() });
        Assert.NotEmpty(onlyCrm.Files);
        Assert.All(onlyCrm.Files, f => Assert.Equal("crm", Folder(f)));
    }

    private static string Folder(SchemaDeclarations file) => Path.GetFileName(Path.GetDirectoryName(file.FilePath))!;

    [Fact]
    public void Lines_of_an_unknown_format_are_skipped()
    {
        var index = StockIndexReader.Read("future\tline\nfile\tx/x.a.yaml\nmethod\tx.a\nmethod\tx.a\tx\tX\tx\tA\tXA\tXARequest\tNone\t-\n", GeneratorOptions.Default);
        Assert.Equal("x.a", Assert.Single(index.Files).Method!.Name);
    }
}
