using B24Gen.Importer.Docs;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer;

/// <summary>
/// The command line: <c>survey &lt;docs folder&gt;</c> reads every method page and reports what the reader finds
/// (how many pages give a method, parameters, result fields, errors, examples): the measure of the reading step.
/// <c>--failed-examples</c> also lists the response examples that do not read, with the parser's reason.
/// <c>import &lt;docs folder&gt; &lt;output folder&gt;</c> writes every current classic method as
/// <c>&lt;scope&gt;/&lt;method&gt;.yaml</c>. <c>gate &lt;schema folder&gt;</c> runs the generator and the compiler over each
/// scope folder and reports the files that do not pass; with <c>--docs</c>, each method's response example from its
/// page is also read through the generated types in strict mode.
/// </summary>
internal static class ImporterCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["import", var from, var to])
        {
            return ImportAll(from, to, null, output, error);
        }

        if (args is ["import", var source, var target, "--overlay", var overlay])
        {
            return ImportAll(source, target, overlay, output, error);
        }

        if (args is ["gate", var schema])
        {
            return Gate(schema, null, output, error);
        }

        if (args is ["gate", var checkedSchema, "--docs", var docsFolder])
        {
            return Gate(checkedSchema, docsFolder, output, error);
        }

        if (args is not ["survey", var docsPath, ..] || args.Skip(2).Any(a => a != "--failed-examples"))
        {
            error.WriteLine("usage: B24Gen.Importer survey <docs folder (holding api-reference/)> [--failed-examples]");
            error.WriteLine("       B24Gen.Importer import <docs folder> <output folder> [--overlay <overlay folder>]");
            error.WriteLine("       B24Gen.Importer gate <schema folder (one folder per scope)> [--docs <docs folder>]");
            return 2;
        }

        if (!Directory.Exists(Path.Combine(docsPath, "api-reference")))
        {
            error.WriteLine($"'{docsPath}' has no api-reference folder.");
            return 2;
        }

        var docs = new DocsFolder(docsPath);
        var pages = MethodPages(docs).ToList();
        var current = pages.Where(IsCurrentClassic).ToList();
        output.WriteLine(Survey.Describe(current, pages.Count(p => p.IsDeprecated), pages.Count(p => p.IsRestV3 && !p.IsDeprecated)));
        if (args.Contains("--failed-examples"))
        {
            foreach (var page in current.Where(p => p.ResponseExample is not null))
            {
                if (Examples.ExampleJson.Read(page.ResponseExample!) is { Reading: Examples.ExampleReading.Failed, Error: var reason })
                {
                    output.WriteLine($"{page.Path}: {reason}");
                }
            }
        }
        return 0;
    }

    private static int ImportAll(string docsPath, string outputPath, string? overlayPath, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(Path.Combine(docsPath, "api-reference")))
        {
            error.WriteLine($"'{docsPath}' has no api-reference folder.");
            return 2;
        }

        var overlay = Overlay.OverlayApplier.None;
        if (overlayPath is not null)
        {
            if (!Directory.Exists(overlayPath))
            {
                error.WriteLine($"'{overlayPath}' is not a folder.");
                return 2;
            }

            var reading = Overlay.OverlayReader.ReadFolder(overlayPath);
            if (reading.Problems.Count > 0)
            {
                reading.Problems.ToList().ForEach(error.WriteLine);
                return 1;
            }

            overlay = new Overlay.OverlayApplier(reading.Entries);
        }

        var problems = new List<string>();

        var docs = new DocsFolder(docsPath);
        var commit = DocsCommit(docsPath);
        var written = 0;
        foreach (var page in CurrentClassicPages(docs))
        {
            var method = overlay.Apply(B24Gen.Importer.Import.MethodImporter.Import(page), problems);
            var folder = Path.Combine(outputPath, method.Scope);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, method.Name + ".yaml"), Yaml.SchemaYamlWriter.Write(method, commit));
            written++;
            if (method.UsesFieldDescriptions)
            {
                File.WriteAllText(Path.Combine(folder, method.Scope + ".field-description.yaml"), Rules.FieldDescriptionRule.TypesFile(method.Scope, commit));
            }
        }

        problems.AddRange(overlay.Unused());
        problems.ForEach(error.WriteLine);
        output.WriteLine($"{written} methods written to {outputPath}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>The docs commit named in the checkout's SOURCE.md, else "unknown commit".</summary>
    private static string DocsCommit(string docsPath)
    {
        var source = Path.Combine(docsPath, "SOURCE.md");
        var match = File.Exists(source) ? System.Text.RegularExpressions.Regex.Match(File.ReadAllText(source), @"commit ([0-9a-f]{7,40})") : null;
        return match is { Success: true } ? match.Groups[1].Value[..7] : "unknown commit";
    }

    private static int Gate(string schemaPath, string? docsPath, TextWriter output, TextWriter error)
    {
        if (docsPath is not null && !Directory.Exists(Path.Combine(docsPath, "api-reference")))
        {
            error.WriteLine($"'{docsPath}' has no api-reference folder.");
            return 2;
        }

        if (!Directory.Exists(schemaPath))
        {
            error.WriteLine($"'{schemaPath}' is not a folder.");
            return 2;
        }

        var results = Directory.GetDirectories(schemaPath).Order(StringComparer.Ordinal)
            .Select(folder => Gates.SchemaGate.Check(Path.GetFileName(folder), Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList()))
            .ToList();
        foreach (var result in results.Where(r => r.Passed < r.Files))
        {
            foreach (var (file, problems) in result.GeneratorProblems.Concat(result.CompileProblems).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteLine(Path.GetRelativePath(schemaPath, file));
                foreach (var problem in problems.Take(3))
                {
                    output.WriteLine("  " + problem);
                }
            }
        }

        var files = results.Sum(r => r.Files);
        var passed = results.Sum(r => r.Passed);
        output.WriteLine($"{passed} of {files} files generate and compile without a problem ({results.Count} scopes)");
        if (docsPath is null)
        {
            return passed == files ? 0 : 1;
        }

        var examples = ResponseExamples(docsPath);
        var read = 0;
        var tried = 0;
        foreach (var result in results)
        {
            var methods = Directory.GetFiles(Path.Combine(schemaPath, result.Scope), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(examples.ContainsKey).ToDictionary(m => m, m => examples[m], StringComparer.Ordinal);
            if (methods.Count == 0)
            {
                continue;
            }

            var outcomes = result.Assembly is { } assembly
                ? Gates.ExampleGate.Check(assembly, methods)
                : methods.Keys.ToDictionary(m => m, string? (_) => "the scope did not compile");
            foreach (var (method, problem) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                tried++;
                if (problem is null)
                {
                    read++;
                }
                else
                {
                    output.WriteLine($"example of {method}: {problem}");
                }
            }
        }

        output.WriteLine($"{read} of {tried} response examples read in strict mode ({files - tried} files without a readable example)");
        return passed == files && read == tried ? 0 : 1;
    }

    /// <summary>Each current classic method's response example, repaired to valid JSON, by method name.</summary>
    private static Dictionary<string, string> ResponseExamples(string docsPath)
    {
        var docs = new DocsFolder(docsPath);
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in CurrentClassicPages(docs))
        {
            if (page.ResponseExample is { } text && Examples.ExampleJson.Read(text).Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value && value.TryGetProperty("result", out _))
            {
                examples.TryAdd(page.MethodName, Canonical(value)); // the repaired form, not the raw text
            }
        }

        return examples;
    }

    private static string Canonical(System.Text.Json.JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Every page of the docs that describes a method.</summary>
    private static IEnumerable<MethodPage> MethodPages(DocsFolder docs) =>
        docs.ReferencePages().Select(path => MethodPageReader.Read(path, docs.Read(path))).OfType<MethodPage>();

    /// <summary>The pages the import covers: current (not deprecated) classic methods (not REST 3.0).</summary>
    private static IEnumerable<MethodPage> CurrentClassicPages(DocsFolder docs) => MethodPages(docs).Where(IsCurrentClassic);

    private static bool IsCurrentClassic(MethodPage page) => !page.IsDeprecated && !page.IsRestV3;
}
