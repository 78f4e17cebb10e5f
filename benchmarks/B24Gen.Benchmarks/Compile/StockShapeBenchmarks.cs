using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Benchmarks.Compile;

/// <summary>
/// What the shape of the precompiled stock API costs every build that references it: the compiler (Roslyn,
/// in-process, parse to emit) builds the same 50-file app against a synthetic stock API of
/// <see cref="Scopes"/> scopes (12 methods each; 40 is about 20 times today's stock API) emitted in two shapes.
/// Baseline: a static class with extension members per method (the shape before). Compared: calls as members of
/// the group classes and descriptors in the scope's attaching class (the shape B24Gen emits), which leaves the
/// compiler two such classes per scope to search instead of one per method.
/// </summary>
[MemoryDiagnoser]
public class StockShapeBenchmarks
{
    // C# 14 (extension members) is Preview to Roslyn 4.14.
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Preview);

    private static readonly CSharpCompilationOptions s_options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private List<MetadataReference> _framework = [];
    private List<PortableExecutableReference> _perMethod = [];
    private List<PortableExecutableReference> _perScope = [];
    private List<SyntaxTree> _app = [];

    [Params(2, 40)]
    public int Scopes { get; set; } = 40;

    [GlobalSetup]
    public void Setup()
    {
        _framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll" or "System.Threading.Tasks.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        _framework.Add(Build("B24Gen.Runtime", StockShapeSource.Runtime, _framework));
        _perMethod = Enumerable.Range(0, Scopes).Select(s => Build($"Scope{s}", StockShapeSource.Scope(s, perMethodClasses: true), _framework)).ToList();
        _perScope = Enumerable.Range(0, Scopes).Select(s => Build($"Scope{s}", StockShapeSource.Scope(s, perMethodClasses: false), _framework)).ToList();
        _app = StockShapeSource.App(Scopes).Select(text => CSharpSyntaxTree.ParseText(text, s_parseOptions)).ToList();

        // The compiler's own code is JIT-compiled over its first runs: warm it on both shapes, so the case that
        // BenchmarkDotNet runs first does not pay for it.
        for (var i = 0; i < 40; i++)
        {
            CompileApp(_perMethod);
            CompileApp(_perScope);
        }
    }

    [Benchmark(Baseline = true, Description = "A class per method (extension members)")]
    public long PerMethodClasses() => CompileApp(_perMethod);

    [Benchmark(Description = "Calls in group classes, descriptors per scope")]
    public long PerScopeClasses() => CompileApp(_perScope);

    private long CompileApp(List<PortableExecutableReference> stock) => Emit("App", _app, _framework.Concat(stock)).Length;

    private static PortableExecutableReference Build(string name, string source, IEnumerable<MetadataReference> references) =>
        MetadataReference.CreateFromImage(Emit(name, [CSharpSyntaxTree.ParseText(source, s_parseOptions)], references));

    /// <summary>Compiles to an in-memory assembly, as the compiler does from parse to emit.</summary>
    private static byte[] Emit(string name, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(name, trees, references, s_options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        return result.Success
            ? image.ToArray()
            : throw new InvalidOperationException(name + ": " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
    }
}
