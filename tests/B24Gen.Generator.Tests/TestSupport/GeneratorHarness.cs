using System.Collections.Immutable;
using B24Gen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>Runs <see cref="B24GenGenerator"/> through <see cref="CSharpGeneratorDriver"/> over in-memory YAML and C#.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Extensions.Logging.Abstractions.dll")
            .Append(typeof(B24Client).Assembly.Location);
        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    /// <summary>The references of a package user: the runtime and the precompiled stock scopes.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_stockReferences = new(() => s_references.Value.AddRange(
        MetadataReference.CreateFromFile(typeof(B24Gen.Api.CalendarSection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(B24Gen.Api.CrmDeal).Assembly.Location)));

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp14, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(s_references.Value, sources);

    /// <summary>A compilation that references the precompiled stock assemblies, as a package user's does.</summary>
    public static CSharpCompilation CreateStockCompilation(params string[] sources) => CreateCompilation(s_stockReferences.Value, sources);

    private static CSharpCompilation CreateCompilation(ImmutableArray<MetadataReference> references, string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        references,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
            {
                // Unused usings are hidden in real builds too.
                ["CS8019"] = ReportDiagnostic.Suppress,
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            }));

    /// <summary>
    /// A driver over the YAML; files under the repository's schema folder are the package's stock files unless
    /// <paramref name="markStock"/> is false (as the stock projects hand them over: plain schema items).
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> yaml, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null, bool markStock = true) =>
        CSharpGeneratorDriver.Create(
            [new B24GenGenerator().AsSourceGenerator()],
            yaml,
            parseOptions ?? ParseOptions,
            new TestOptionsProvider(properties ?? new Dictionary<string, string>(), markStock ? StockPrefix : null),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the result and the compilation with the generated code added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        IEnumerable<AdditionalText> yaml,
        IReadOnlyDictionary<string, string>? properties = null,
        params string[] sources)
    {
        var driver = CreateDriver(yaml, properties).RunGeneratorsAndUpdateCompilation(CreateCompilation(sources), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params (string Path, string Text)[] yaml) =>
        Run(yaml.Select(y => (AdditionalText)new InMemoryAdditionalText(y.Path, y.Text)));

    /// <summary>The text of the generated file <paramref name="hintName"/>; fails naming the files that were generated.</summary>
    public static string Source(GeneratorDriverRunResult result, string hintName)
    {
        var sources = result.Results.Single().GeneratedSources;
        var found = sources.SingleOrDefault(s => s.HintName == hintName);
        Assert.True(found.SourceText is not null, $"{hintName} was not generated; got: {string.Join(", ", sources.Select(s => s.HintName))}");
        return found.SourceText.ToString();
    }

    /// <summary>
    /// The hand-written stock schema (calendar, and crm's deal list): the reference these tests generate from. The
    /// files the docs importer wrote (about 1,300 methods; their header names it) are gated by the importer's coverage
    /// run and compiled by the stock projects; compiling them here would make each test take seconds.
    /// </summary>
    public static IReadOnlyList<AdditionalText> StockSchema() => Directory
        .EnumerateFiles(Path.Combine(RepoRoot, "schema"), "*.yaml", SearchOption.AllDirectories)
        .Where(p => !File.ReadLines(p).Take(3).Any(l => l.Contains("by tools/B24Gen.Importer", StringComparison.Ordinal)))
        .Order(StringComparer.Ordinal)
        .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
        .ToList();

    /// <summary>The user schemas: every type expression (Schemas/features.yaml) and the runtime tests' own schemas.</summary>
    public static IEnumerable<string> UserSchemaFiles() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "tests", "B24Gen.Runtime.Tests", "Schema"), "*.yaml")
            .Append(Path.Combine(RepoRoot, "tests", "B24Gen.Generator.Tests", "Schemas", "features.yaml"))
            .Order(StringComparer.Ordinal);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The package's stock index (schema/stock-index.tsv), as the package's targets hand it to the generator.</summary>
    public static AdditionalText StockIndex() => new InMemoryAdditionalText(StockIndexPath, File.ReadAllText(StockIndexPath));

    private static string StockIndexPath => Path.Combine(RepoRoot, "schema", "stock-index.tsv");

    /// <summary>Files under the repository's schema folder are the package's stock files.</summary>
    public static string StockPrefix { get; } = Path.Combine(RepoRoot, "schema") + Path.DirectorySeparatorChar;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "B24Gen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("B24Gen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Asserts that the generated code compiles with no warning or error, listing them when it does not.</summary>
    public static void AssertCompiles(Compilation output)
    {
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
