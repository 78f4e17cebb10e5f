using B24Gen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>
/// The standard generator test harness (Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing) set up as a build runs
/// the generator: net10.0's reference assemblies (the package the test project downloads at restore, so nothing is
/// fetched while testing; the harness has no net10.0 entry of its own yet), the runtime, C# 14 (extension members, the
/// field keyword), and files handed over as AdditionalFiles with the metadata the package's targets give them.
/// </summary>
internal sealed class SchemaHarnessTest : CSharpSourceGeneratorTest<B24GenGenerator, DefaultVerifier>
{
    private static readonly ReferenceAssemblies s_net100 =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.14"), Path.Combine("ref", "net10.0"));

    private static readonly Dictionary<string, DiagnosticSeverity> s_severities = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<DiagnosticDescriptor>()
        .ToDictionary(d => d.Id, d => d.DefaultSeverity);

    private readonly Dictionary<(string Id, string Path, int Line), string[]> _messageParts = [];
    private int _configs;

    public SchemaHarnessTest()
    {
        ReferenceAssemblies = s_net100;
        TestState.AdditionalReferences.Add(typeof(B24Client).Assembly);

        // The user's own code; the harness needs one C# file to compile beside the generated ones.
        TestState.Sources.Add(("/Consumer.cs", "internal static class Consumer { }"));
        SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp14)));

        // The harness compares a message only whole; a diagnostic's words are checked here by the parts that matter.
        DiagnosticVerifier = (actual, expected, verifier) =>
        {
            var span = actual.Location.GetLineSpan();
            if (_messageParts.TryGetValue((actual.Id, span.Path, span.StartLinePosition.Line + 1), out var parts))
            {
                var message = actual.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                foreach (var part in parts)
                {
                    verifier.True(message.Contains(part, StringComparison.Ordinal), $"{actual.Id} should say \"{part}\": {message}");
                }
            }
        };
    }

    /// <summary>
    /// Expects the diagnostic <paramref name="id"/> at a 1-based line and column of a file, with its descriptor's
    /// severity, and saying each of <paramref name="messageParts"/>.
    /// </summary>
    public void ExpectDiagnostic(string id, string path, int line, int column, params string[] messageParts)
    {
        TestState.ExpectedDiagnostics.Add(new DiagnosticResult(id, s_severities[id]).WithLocation(path, line, column));
        _messageParts[(id, path, line)] = messageParts;
    }

    /// <summary>Adds an AdditionalFiles item whose metadata flags (<c>B24GenSchema</c>, <c>B24GenStock</c>, <c>B24GenStockIndex</c>) are true.</summary>
    public void AddFile(string path, string text, params string[] metadata)
    {
        TestState.AdditionalFiles.Add((path, text));
        var flags = string.Concat(metadata.Select(m => $"build_metadata.AdditionalFiles.{m} = true\n"));
        TestState.AnalyzerConfigFiles.Add(($"/config{_configs++}.globalconfig", $"is_global = true\n\n[{path}]\n{flags}"));
    }

    /// <summary>Adds the hand-written stock schema as the stock projects build it: the package's own files, under /schema/.</summary>
    public void AddStockSchema()
    {
        foreach (var file in GeneratorHarness.StockSchema())
        {
            var name = "/schema/" + Path.GetRelativePath(Path.Combine(GeneratorHarness.RepoRoot, "schema"), file.Path).Replace('\\', '/');
            AddFile(name, file.GetText()!.ToString(), "B24GenSchema", "B24GenStock");
        }
    }

    /// <summary>Expects exactly the golden files of the folder as the generated sources.</summary>
    public void ExpectGoldenFiles(string folder)
    {
        foreach (var golden in Directory.GetFiles(folder, "*.g.cs").Order(StringComparer.Ordinal))
        {
            TestState.GeneratedSources.Add((typeof(B24GenGenerator), Path.GetFileName(golden), SourceText.From(File.ReadAllText(golden), System.Text.Encoding.UTF8)));
        }
    }
}
