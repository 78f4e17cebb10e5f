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

    private int _configs;

    public SchemaHarnessTest()
    {
        ReferenceAssemblies = s_net100;
        TestState.AdditionalReferences.Add(typeof(B24Client).Assembly);
        SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp14)));
    }

    /// <summary>Adds an AdditionalFiles item whose metadata flags (<c>B24GenSchema</c>, <c>B24GenStock</c>, <c>B24GenStockIndex</c>) are true.</summary>
    public void AddFile(string path, string text, params string[] metadata)
    {
        TestState.AdditionalFiles.Add((path, text));
        var flags = string.Concat(metadata.Select(m => $"build_metadata.AdditionalFiles.{m} = true\n"));
        TestState.AnalyzerConfigFiles.Add(($"/config{_configs++}.globalconfig", $"is_global = true\n\n[{path}]\n{flags}"));
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
