namespace B24Gen.Importer.Gates;

/// <summary>
/// Every gate over a folder of scope folders: each scope generated and compiled as one assembly, then (given the
/// docs' response examples) each method's example read through its generated types in strict mode.
/// </summary>
internal static class GateRun
{
    public static IReadOnlyList<FileGate> Run(string schemaFolder, DocsExamples? examples)
    {
        var gates = new List<FileGate>();
        foreach (var folder in Directory.GetDirectories(schemaFolder).Order(StringComparer.Ordinal))
        {
            var scope = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList();
            var result = SchemaGate.Check(scope, files);
            var names = files.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
            var responses = Only(examples?.Responses, names);
            var requests = Only(examples?.Requests, names);
            Dictionary<string, string?> responseOutcomes;
            Dictionary<string, string?> requestOutcomes;
            if (result.Assembly is { } image && responses.Count + requests.Count > 0)
            {
                using var assembly = new GeneratedAssembly(image);
                responseOutcomes = ExampleGate.Check(assembly, responses, requests);
                requestOutcomes = RequestGate.Check(assembly, requests);
            }
            else
            {
                responseOutcomes = responses.Keys.ToDictionary(m => m, string? (_) => "the scope did not compile");
                requestOutcomes = requests.Keys.ToDictionary(m => m, string? (_) => "the scope did not compile");
            }

            foreach (var file in files)
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var problems = result.GeneratorProblems.GetValueOrDefault(file, []).Concat(result.CompileProblems.GetValueOrDefault(file, [])).ToList();
                gates.Add(new FileGate(scope, file, problems)
                {
                    HasExample = responseOutcomes.ContainsKey(name),
                    ExampleProblem = responseOutcomes.GetValueOrDefault(name),
                    HasRequestExample = requestOutcomes.ContainsKey(name),
                    RequestProblem = requestOutcomes.GetValueOrDefault(name),
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

    private static Dictionary<string, string> Only(IReadOnlyDictionary<string, string>? examples, List<string> methods) =>
        examples is null ? [] : methods.Where(examples.ContainsKey).ToDictionary(m => m, m => examples[m], StringComparer.Ordinal);
}

/// <summary>The docs' examples by method name, as JSON: responses (whole envelopes) and request bodies.</summary>
internal sealed record DocsExamples(IReadOnlyDictionary<string, string> Responses, IReadOnlyDictionary<string, string> Requests);

/// <summary>What the gates said about one schema file (a method's, or a types file).</summary>
internal sealed record FileGate(string Scope, string File, IReadOnlyList<string> Problems)
{
    /// <summary>Whether the docs page had a response example that reads as JSON (the example gate ran).</summary>
    public bool HasExample { get; init; }

    /// <summary>Why the example did not read through the generated types; null when it did, or there was none.</summary>
    public string? ExampleProblem { get; init; }

    /// <summary>Whether the docs page had a webhook request example that reads as a JSON object (the request gate ran).</summary>
    public bool HasRequestExample { get; init; }

    /// <summary>Why the request example did not go out as written; null when it did, or there was none.</summary>
    public string? RequestProblem { get; init; }

    /// <summary>Generated and compiled without a warning or an error.</summary>
    public bool Compiles => Problems.Count == 0;

    /// <summary>Every gate passed: it compiles, its response example reads, and its request example (if the page has one) goes out as written.</summary>
    public bool Covered => Compiles && HasExample && ExampleProblem is null && RequestProblem is null;

    /// <summary>Compiles, but the page has no response example to check it against.</summary>
    public bool Unverified => Compiles && !HasExample && RequestProblem is null;

    /// <summary>A gate failed.</summary>
    public bool Failing => !Compiles || ExampleProblem is not null || RequestProblem is not null;
}
