namespace B24Gen.Importer.Gates;

/// <summary>
/// Every gate over a folder of scope folders: each scope generated and compiled as one assembly, then (given the
/// docs' response examples) each method's example read through its generated types in strict mode.
/// </summary>
internal static class GateRun
{
    public static IReadOnlyList<FileGate> Run(string schemaFolder, IReadOnlyDictionary<string, string>? examples)
    {
        var gates = new List<FileGate>();
        foreach (var folder in Directory.GetDirectories(schemaFolder).Order(StringComparer.Ordinal))
        {
            var scope = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
            var result = SchemaGate.Check(scope, files);
            var scopeExamples = examples is null
                ? new Dictionary<string, string>()
                : files.Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(examples.ContainsKey).ToDictionary(m => m, m => examples[m], StringComparer.Ordinal);
            var outcomes = scopeExamples.Count == 0 ? new Dictionary<string, string?>()
                : result.Assembly is { } assembly ? ExampleGate.Check(assembly, scopeExamples)
                : scopeExamples.Keys.ToDictionary(m => m, string? (_) => "the scope did not compile");
            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var problems = result.GeneratorProblems.GetValueOrDefault(file, []).Concat(result.CompileProblems.GetValueOrDefault(file, [])).ToList();
                gates.Add(new FileGate(scope, file, problems)
                {
                    HasExample = outcomes.ContainsKey(name),
                    ExampleProblem = outcomes.GetValueOrDefault(name),
                });
            }

            // Errors in generated code no schema file owns would otherwise go unseen.
            foreach (var (owner, problems) in result.CompileProblems.Where(p => !files.Contains(p.Key)))
            {
                gates.Add(new FileGate(scope, Path.Combine(folder, owner), problems.ToList()));
            }
        }

        return gates;
    }
}

/// <summary>What the gates said about one schema file (a method's, or a types file).</summary>
internal sealed record FileGate(string Scope, string File, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the docs page had a response example that reads as JSON (the example gate ran).</summary>
    public bool HasExample { get; init; }

    /// <summary>Why the example did not read through the generated types; null when it did, or there was none.</summary>
    public string? ExampleProblem { get; init; }

    /// <summary>Generated and compiled without a warning or an error.</summary>
    public bool Compiles => Problems.Count == 0;

    /// <summary>Every gate passed, the example gate included.</summary>
    public bool Covered => Compiles && HasExample && ExampleProblem is null;
}
