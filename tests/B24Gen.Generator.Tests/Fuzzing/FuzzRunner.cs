using System.Text;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>How one fuzz case ended.</summary>
internal enum FuzzVerdict
{
    /// <summary>The generator reported B24G errors: the schema is rejected, nothing to compile.</summary>
    Rejected,

    /// <summary>No B24G error, and the generated code compiled without a single warning.</summary>
    Compiled,

    /// <summary>The generator threw or failed, or accepted the schema and emitted code that does not compile.</summary>
    Failed,
}

/// <summary>The outcome of a case; <c>Problems</c> (for a failure) are the exception, generator failures or C# diagnostics.</summary>
internal sealed record FuzzOutcome(FuzzVerdict Verdict, IReadOnlyList<string> Problems, IReadOnlyList<string> GeneratorDiagnostics, IReadOnlyList<string> CSharpIds)
{
    private const int MaxProblems = 30;

    /// <summary>The ids of the B24G errors the generator reported.</summary>
    public IReadOnlyList<string> ErrorIds { get; init; } = [];

    /// <summary>The case and what went wrong, to paste into an issue or a regression row.</summary>
    public string Describe(FuzzCase fuzzCase)
    {
        var builder = new StringBuilder();
        builder.Append("Verdict: ").Append(Verdict).Append('\n');
        builder.Append("Problems:\n");
        foreach (var problem in Problems.Take(MaxProblems))
        {
            builder.Append("  ").Append(problem).Append('\n');
        }

        if (Problems.Count > MaxProblems)
        {
            builder.Append("  ... and ").Append(Problems.Count - MaxProblems).Append(" more (the first ones cause the rest, as a rule)\n");
        }

        if (GeneratorDiagnostics.Count > 0)
        {
            builder.Append("Generator diagnostics:\n");
            foreach (var diagnostic in GeneratorDiagnostics)
            {
                builder.Append("  ").Append(diagnostic).Append('\n');
            }
        }

        builder.Append("Schema files:\n").Append(fuzzCase);
        return builder.ToString();
    }
}

/// <summary>
/// Runs the generator over one case the way the other tests do (CSharpGeneratorDriver over a compilation with
/// the runtime and the BCL), then compiles the output when the generator accepted the schema. The references,
/// parse options and the empty consumer compilation are made once and shared by every case.
/// </summary>
internal static class FuzzRunner
{
    // The harness's options (nullable on, warnings as errors) at the warning level this repository builds with, so the
    // warning waves a .NET 10 consumer sees (CS8981 for a lower-case type name, ...) count too.
    private static readonly Lazy<CSharpCompilation> s_consumer = new(() =>
    {
        var compilation = GeneratorHarness.CreateCompilation();
        return compilation.WithOptions(compilation.Options.WithWarningLevel(9999));
    });

    public static FuzzOutcome Run(FuzzCase fuzzCase)
    {
        var texts = fuzzCase.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        GeneratorDriverRunResult result;
        Compilation output;
        try
        {
            var driver = CSharpGeneratorDriver.Create(
                [new B24GenGenerator().AsSourceGenerator()],
                texts,
                GeneratorHarness.ParseOptions,
                new TestOptionsProvider(fuzzCase.Properties, GeneratorHarness.StockPrefix),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            // The driver's own diagnostics are the generator's (B24G..., CS8785 when it threw): read them from the run result.
            result = driver.RunGeneratorsAndUpdateCompilation(s_consumer.Value, out output, out _).GetRunResult();
        }
        catch (Exception e)
        {
            return Failure(["the generator driver threw: " + e], [], []);
        }

        var generator = result.Results.Single();
        var problems = new List<string>();
        if (generator.Exception is { } exception)
        {
            problems.Add("the generator threw: " + exception);
        }

        // CS8784/CS8785: the generator failed to initialize or to run; B24G0099: it caught its own bug.
        problems.AddRange(result.Diagnostics
            .Where(d => d.Id is "B24G0099" or "CS8784" or "CS8785" || !d.Id.StartsWith("B24G", StringComparison.Ordinal))
            .Select(d => "generator failure: " + d));
        if (problems.Count > 0)
        {
            return Failure(problems, result.Diagnostics, []);
        }

        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new FuzzOutcome(FuzzVerdict.Rejected, [], Format(result.Diagnostics), [])
            {
                ErrorIds = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList(),
            };
        }

        var csharp = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        if (csharp.Count == 0)
        {
            return new FuzzOutcome(FuzzVerdict.Compiled, [], Format(result.Diagnostics), []);
        }

        return Failure(csharp.Select(d => d + Environment.NewLine + "      at: " + LineOf(d)).ToList(), result.Diagnostics, csharp.Select(d => d.Id).ToList());
    }

    private static FuzzOutcome Failure(IReadOnlyList<string> problems, IEnumerable<Diagnostic> generatorDiagnostics, IReadOnlyList<string> ids) =>
        new(FuzzVerdict.Failed, problems, Format(generatorDiagnostics), ids);

    private static List<string> Format(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToList();

    /// <summary>The generated line a C# diagnostic points at, so the report shows the code without a second run.</summary>
    private static string LineOf(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree is not { } tree)
        {
            return "(no source)";
        }

        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var text = tree.GetText();
        return line < text.Lines.Count ? text.Lines[line].ToString().Trim() : "(past the end)";
    }
}
