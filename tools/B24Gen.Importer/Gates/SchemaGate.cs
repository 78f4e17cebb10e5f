using System.Collections.Immutable;
using B24Gen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Importer.Gates;

/// <summary>
/// The first gates a method must pass: its YAML generates without a warning or error, and the generated code
/// compiles, built one scope at a time (as the stock assemblies are) against the runtime.
/// </summary>
internal static class SchemaGate
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Extensions.Logging.Abstractions.dll")
            .Append(typeof(B24Client).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    public static GateResult Check(string scope, IReadOnlyList<string> files)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create(
            "B24Gen.Api." + scope,
            [],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new B24GenGenerator().AsSourceGenerator()], files.Select(f => (AdditionalText)new SchemaFileText(f)), parse, new SchemaOptions())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var generator = driver.GetRunResult().Diagnostics.Concat(generatorDiagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .GroupBy(d => d.Location.GetLineSpan().Path is { Length: > 0 } path ? path : "(no file)")
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => d.ToString()).Distinct().ToList());

        // A generated file is named after its method (crm.deal.get.g.cs) or its types file; map it back to the YAML.
        var byHint = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.OrdinalIgnoreCase);
        var compile = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .GroupBy(d => Owner(d, byHint))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => d.ToString()).Take(5).ToList());
        using var image = new MemoryStream();
        var assembly = output.Emit(image).Success ? image.ToArray() : null;
        return new GateResult(scope, generator, compile, files.Count) { Assembly = assembly };
    }

    private static string Owner(Diagnostic diagnostic, Dictionary<string, string> byHint)
    {
        var name = Path.GetFileName(diagnostic.Location.SourceTree?.FilePath ?? string.Empty);
        var stem = name.EndsWith(".g.cs", StringComparison.Ordinal) ? name[..^5] : name;
        return byHint.TryGetValue(stem, out var file) ? file : "(generated: " + name + ")";
    }
}
