using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>
/// Issue 11, point 8: thousands of random and mutated schema sets, and for each the generator never throws, and
/// either it reports B24G errors or the code it generates compiles with zero C# diagnostics (warnings included).
/// </summary>
/// <remarks>
/// <para>Cases come from <see cref="SchemaGenerators.Case"/>, drawn one after the other from a CsCheck <see cref="PCG"/>
/// seeded with a fixed seed, so every run (and CI) checks the same cases; they then run on every core. Environment:</para>
/// <list type="bullet">
/// <item><c>B24GEN_FUZZ_CASES</c>: how many cases (default <see cref="DefaultCases"/>).</item>
/// <item><c>B24GEN_FUZZ_SEED</c> (or CsCheck's own <c>CsCheck_Seed</c>): the seed of the first case; <c>random</c> for a new one.
/// A failure prints each failing case's own seed: that seed with <c>B24GEN_FUZZ_CASES=1</c> runs exactly that case.</item>
/// <item><c>B24GEN_FUZZ_THREADS</c>: how many cases run at once (default: the number of cores).</item>
/// <item><c>B24GEN_FUZZ_OUT</c>: a folder to write every failing case to (its YAML files and diagnostics), for triage.</item>
/// <item><c>B24GEN_FUZZ_SHRINK</c>: a number of CsCheck iterations to shrink the first failure with (off by default).</item>
/// </list>
/// </remarks>
public class GeneratorFuzzTests(ITestOutputHelper output)
{
    /// <summary>About 70 s on the 2-core CI machine (20,000 cases took 362 s there).</summary>
    public const int DefaultCases = 4000;

    /// <summary>The CsCheck seed CI starts from.</summary>
    public const string DefaultSeed = "0000000000000";

    [Fact]
    public void Random_schema_sets_are_rejected_with_diagnostics_or_compile_without_any()
    {
        var cases = Setting("B24GEN_FUZZ_CASES", DefaultCases);
        var threads = Setting("B24GEN_FUZZ_THREADS", Environment.ProcessorCount);
        var seed = Environment.GetEnvironmentVariable("B24GEN_FUZZ_SEED") is { Length: > 0 } fromEnvironment ? fromEnvironment : Check.Seed ?? DefaultSeed;
        if (seed == "random")
        {
            seed = PCG.ThreadPCG.ToString();
        }

        var stopwatch = Stopwatch.StartNew();
        var generated = Generate(seed, cases);
        var generating = stopwatch.Elapsed;
        var outcomes = new FuzzOutcome[generated.Length];
        var milliseconds = new double[generated.Length];
        Parallel.For(0, generated.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var started = Stopwatch.GetTimestamp();
            outcomes[i] = FuzzRunner.Run(generated[i]);
            milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        });
        stopwatch.Stop();

        var failures = Enumerable.Range(0, generated.Length).Where(i => outcomes[i].Verdict == FuzzVerdict.Failed).ToList();
        var rejected = outcomes.Count(o => o.Verdict == FuzzVerdict.Rejected);
        var compiled = outcomes.Count(o => o.Verdict == FuzzVerdict.Compiled);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed {seed}: {generated.Length} cases in {stopwatch.Elapsed.TotalSeconds:F1} s ({generating.TotalSeconds:F1} s generating, {threads} threads): " +
            $"{rejected} with B24G errors, {compiled} compiled, {failures.Count} failed"));
        output.WriteLine("mean time per case: " + string.Join(", ", Enumerable.Range(0, generated.Length)
            .GroupBy(i => (outcomes[i].Verdict, Stock: generated[i].Files.Any(f => f.Path.StartsWith(TestSupport.GeneratorHarness.StockPrefix, StringComparison.Ordinal))))
            .OrderBy(g => g.Key.Verdict).ThenBy(g => g.Key.Stock)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Verdict}{(g.Key.Stock ? " with stock" : "")} {g.Average(i => milliseconds[i]):F0} ms x{g.Count()}"))));
        output.WriteLine($"B24G errors (cases with each): {Histogram(outcomes.Where(o => o.Verdict == FuzzVerdict.Rejected).SelectMany(o => o.ErrorIds.Distinct()))}");
        output.WriteLine($"failing C# diagnostics (cases with each): {Histogram(failures.SelectMany(i => outcomes[i].CSharpIds.Distinct()))}");
        if (Environment.GetEnvironmentVariable("B24GEN_FUZZ_OUT") is { Length: > 0 } folder)
        {
            WriteFailures(folder, failures.Select(i => (generated[i], outcomes[i])));
            File.WriteAllLines(Path.Combine(folder, "rejections.txt"), outcomes
                .Where(o => o.Verdict == FuzzVerdict.Rejected)
                .SelectMany(o => o.GeneratorDiagnostics.Where(d => d.Contains(": error ", StringComparison.Ordinal))));
        }

        if (failures.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{failures.Count} of {generated.Length} cases failed (seed {seed}). The first ones:\n\n");
        foreach (var i in failures.Take(3))
        {
            message.Append(CultureInfo.InvariantCulture, $"---- case {i}, reproduce with B24GEN_FUZZ_SEED={generated[i].Seed} B24GEN_FUZZ_CASES=1\n");
            message.Append(outcomes[i].Describe(generated[i])).Append('\n');
        }

        if (Setting("B24GEN_FUZZ_SHRINK", 0) is var shrink and > 0)
        {
            message.Append("---- CsCheck's smallest failing case (of any class) sampled on from the first one's seed:\n").Append(Shrink(generated[failures[0]].Seed, shrink, threads));
        }

        Assert.Fail(message.ToString());
    }

    /// <summary>The cases, drawn one after the other from one PCG: the same seed gives the same cases on any machine and thread count.</summary>
    internal static FuzzCase[] Generate(string seed, int count)
    {
        var pcg = PCG.Parse(seed);
        var cases = new FuzzCase[count];
        for (var i = 0; i < count; i++)
        {
            var state = pcg.State;
            cases[i] = SchemaGenerators.Case.Generate(pcg, null, out _) with { Seed = pcg.ToString(state) };
        }

        return cases;
    }

    /// <summary>CsCheck's shrinking: from a failing seed, samples more cases and keeps the smallest that fails.</summary>
    private static string Shrink(string seed, int iterations, int threads)
    {
        try
        {
            SchemaGenerators.Case.Sample(
                fuzzCase =>
                {
                    var outcome = FuzzRunner.Run(fuzzCase);
                    if (outcome.Verdict == FuzzVerdict.Failed)
                    {
                        throw new InvalidOperationException(outcome.Describe(fuzzCase));
                    }
                },
                seed: seed,
                iter: iterations,
                threads: threads,
                print: c => c.ToString());
            return "(no failure reproduced)\n";
        }
        catch (CsCheckException e)
        {
            return e.Message + "\n" + e.InnerException?.Message + "\n";
        }
    }

    private static void WriteFailures(string folder, IEnumerable<(FuzzCase Case, FuzzOutcome Outcome)> failures)
    {
        Directory.CreateDirectory(folder);
        foreach (var (fuzzCase, outcome) in failures)
        {
            var name = fuzzCase.Seed.Length > 0 ? fuzzCase.Seed : Guid.NewGuid().ToString("N");
            File.WriteAllText(Path.Combine(folder, name + ".txt"), outcome.Describe(fuzzCase));
        }
    }

    private static string Histogram(IEnumerable<string> ids) =>
        string.Join(", ", ids.GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
