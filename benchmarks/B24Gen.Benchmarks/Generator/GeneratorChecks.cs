using Microsoft.CodeAnalysis;

namespace B24Gen.Benchmarks.Generator;

/// <summary>Sanity checks run before measuring, so that a benchmark never times a run that failed or did nothing.</summary>
internal static class GeneratorChecks
{
    /// <summary>The schema generates without errors or warnings, one source per file with a method or types.</summary>
    public static GeneratorDriverRunResult RequireCleanRun(IReadOnlyList<SchemaText> texts)
    {
        var result = GeneratorHost.CreateDriver(texts).RunGenerators(GeneratorHost.EmptyCompilation).GetRunResult();
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0 || result.Results.Any(r => r.Exception is not null))
        {
            throw new InvalidOperationException(
                $"The schema does not generate cleanly ({problems.Count} problems):\n" + string.Join("\n", problems.Take(20)));
        }

        var generated = result.GeneratedTrees.Length;
        if (generated < texts.Count)
        {
            throw new InvalidOperationException($"Only {generated} sources for {texts.Count} schema files.");
        }

        return result;
    }

    /// <summary>Replacing <paramref name="before"/> by <paramref name="after"/> changes the generated text.</summary>
    public static void RequireChangedOutput(GeneratorDriver warm, SchemaText before, SchemaText after)
    {
        var old = warm.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToHashSet(StringComparer.Ordinal);
        var updated = warm.ReplaceAdditionalText(before, after).RunGenerators(GeneratorHost.EmptyCompilation).GetRunResult();
        if (updated.GeneratedTrees.All(t => old.Contains(t.ToString())))
        {
            throw new InvalidOperationException($"Editing {before.Path} changed no generated source.");
        }
    }
}
