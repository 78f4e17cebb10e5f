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

        if (args is ["coverage", var coverageDocs, "--overlay", var coverageOverlay, ("--write" or "--check") and var mode, var report, .. var rest]
            && rest is [] or ["--emulator", _])
        {
            return Coverage(coverageDocs, coverageOverlay, report, rest is [_, var examples] ? examples : null, check: mode == "--check", output, error);
        }

        if (args is ["ship", var shipDocs, "--overlay", var shipOverlay, "--schema", var shipSchema, "--stock", var shipStock, ("--write" or "--check") and var shipMode])
        {
            return Ship(shipDocs, shipOverlay, shipSchema, shipStock, check: shipMode == "--check", output, error);
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
            error.WriteLine("       B24Gen.Importer coverage <docs folder> --overlay <overlay folder> --write|--check <coverage.md> [--emulator <examples.json>]");
            error.WriteLine("       B24Gen.Importer ship <docs folder> --overlay <overlay folder> --schema <schema folder> --stock <stock folder> --write|--check");
            return 2;
        }

        if (!IsDocsFolder(docsPath, error))
        {
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
        if (!IsDocsFolder(docsPath, error))
        {
            return 2;
        }

        var overlay = overlayPath is null ? Overlay.OverlayApplier.None : ReadOverlay(overlayPath, error);
        if (overlay is null)
        {
            return Directory.Exists(overlayPath) ? 1 : 2;
        }

        var problems = new List<string>();
        var methods = Import.SchemaImport.Write(CurrentClassicPages(new DocsFolder(docsPath)), outputPath, overlay, DocsCommit(docsPath), problems);
        problems.ForEach(error.WriteLine);
        output.WriteLine($"{methods.Count} methods written to {outputPath}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// Imports the docs with the overlay into a temporary folder and puts it into the stock API
    /// (<see cref="Shipping.StockShipment"/>), or (<paramref name="check"/>) lists how the repository differs from it.
    /// </summary>
    private static int Ship(string docsPath, string overlayPath, string schemaPath, string stockPath, bool check, TextWriter output, TextWriter error)
    {
        if (!IsDocsFolder(docsPath, error))
        {
            return 2;
        }

        if (ReadOverlay(overlayPath, error) is not { } overlay)
        {
            return 1;
        }

        return WithImport(CurrentClassicPages(new DocsFolder(docsPath)), overlay, DocsCommit(docsPath), error, (imported, methods) =>
        {
            var differences = Shipping.StockShipment.Sync(imported, schemaPath, stockPath, check);
            if (check && differences.Count > 0)
            {
                differences.ToList().ForEach(error.WriteLine);
                error.WriteLine($"{differences.Count} shipped files differ from the import: run `ship ... --write`, then regenerate schema/stock-index.tsv (docs/importer.md).");
                return 1;
            }

            output.WriteLine(check
                ? $"The shipped stock API is current: {methods.Count} imported methods."
                : $"{methods.Count} imported methods; {differences.Count} files written or removed.");
            return 0;
        });
    }

    /// <summary>
    /// Imports <paramref name="pages"/> with the overlay into a temporary folder and hands it, with the methods, to
    /// <paramref name="use"/>; an import problem stops there (1, the problems on <paramref name="error"/>). The folder is
    /// deleted afterwards.
    /// </summary>
    private static int WithImport(IEnumerable<MethodPage> pages, Overlay.OverlayApplier overlay, string commit, TextWriter error, Func<string, IReadOnlyList<Import.ImportedMethod>, int> use)
    {
        var folder = Directory.CreateTempSubdirectory("b24gen-import-");
        try
        {
            var problems = new List<string>();
            var methods = Import.SchemaImport.Write(pages, folder.FullName, overlay, commit, problems);
            if (problems.Count > 0)
            {
                problems.ForEach(error.WriteLine);
                return 1;
            }

            return use(folder.FullName, methods);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The overlay in <paramref name="overlayPath"/>, or null (and why, on <paramref name="error"/>) when it cannot be used.</summary>
    private static Overlay.OverlayApplier? ReadOverlay(string overlayPath, TextWriter error)
    {
        if (!Directory.Exists(overlayPath))
        {
            error.WriteLine($"'{overlayPath}' is not a folder.");
            return null;
        }

        var reading = Overlay.OverlayReader.ReadFolder(overlayPath);
        reading.Problems.ToList().ForEach(error.WriteLine);
        return reading.Problems.Count == 0 ? new Overlay.OverlayApplier(reading.Entries) : null;
    }

    /// <summary>
    /// Imports the docs with the overlay into a temporary folder, runs every gate, and writes the coverage report,
    /// or (<paramref name="check"/>) compares it with the one in the repository: CI's proof that both are current.
    /// </summary>
    private static int Coverage(string docsPath, string overlayPath, string reportPath, string? examplesPath, bool check, TextWriter output, TextWriter error)
    {
        if (!IsDocsFolder(docsPath, error))
        {
            return 2;
        }

        if (ReadOverlay(overlayPath, error) is not { } overlay)
        {
            return 1;
        }

        var pages = MethodPages(new DocsFolder(docsPath)).ToList();
        var current = pages.Where(IsCurrentClassic).ToList();
        var commit = DocsCommit(docsPath);
        return WithImport(current, overlay, commit, error, (schema, methods) =>
        {
            var examples = Examples.DocsExampleSet.From(current);
            var gates = Gates.GateRun.Run(schema, examples);
            var deprecated = pages.Where(p => p.IsDeprecated).GroupBy(Import.MethodImporter.Scope).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var restV3 = pages.Where(p => p.IsRestV3 && !p.IsDeprecated).GroupBy(Import.MethodImporter.Scope).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var outputs = new List<(string Path, string Text)>
            {
                (reportPath, B24Gen.Importer.Coverage.CoverageReport.Write(methods, gates, deprecated, restV3, commit)),
            };
            if (examplesPath is not null)
            {
                var read = gates.Where(g => g.HasExample && g.ExampleProblem is null).Select(g => Path.GetFileNameWithoutExtension(g.File));
                outputs.Add((examplesPath, Examples.EmulatorExamples.Write(examples.Responses, read)));
            }

            output.WriteLine(outputs[0].Text.Split('\n').First(l => l.Contains(" methods covered (", StringComparison.Ordinal)));
            if (!check)
            {
                outputs.ForEach(o => File.WriteAllText(o.Path, o.Text));
                return 0;
            }

            var stale = outputs.Where(o => !File.Exists(o.Path) || File.ReadAllText(o.Path).ReplaceLineEndings("\n") != o.Text).ToList();
            foreach (var (path, text) in stale)
            {
                var actual = Path.Combine(Path.GetTempPath(), Path.GetFileName(path) + ".actual");
                File.WriteAllText(actual, text);
                error.WriteLine($"{path} differs from what the import and the gates give now (written to {actual}). Review the change, then run the same command with --write.");
            }

            if (stale.Count == 0)
            {
                output.WriteLine($"{string.Join(" and ", outputs.Select(o => o.Path))} {(outputs.Count == 1 ? "is" : "are")} current.");
            }

            return stale.Count == 0 ? 0 : 1;
        });
    }

    /// <summary>Whether <paramref name="docsPath"/> holds the docs' <c>api-reference/</c>; says so on <paramref name="error"/> when not.</summary>
    private static bool IsDocsFolder(string docsPath, TextWriter error)
    {
        if (Directory.Exists(Path.Combine(docsPath, "api-reference")))
        {
            return true;
        }

        error.WriteLine($"'{docsPath}' has no api-reference folder.");
        return false;
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
        if (docsPath is not null && !IsDocsFolder(docsPath, error))
        {
            return 2;
        }

        if (!Directory.Exists(schemaPath))
        {
            error.WriteLine($"'{schemaPath}' is not a folder.");
            return 2;
        }

        var gates = Gates.GateRun.Run(schemaPath, docsPath is null ? null : Examples.DocsExampleSet.From(CurrentClassicPages(new DocsFolder(docsPath))));
        foreach (var gate in gates.Where(g => !g.Compiles))
        {
            output.WriteLine(Path.GetRelativePath(schemaPath, gate.File));
            foreach (var problem in gate.Problems.Take(3))
            {
                output.WriteLine("  " + problem);
            }
        }

        var passed = gates.Count(g => g.Compiles);
        output.WriteLine($"{passed} of {gates.Count} files generate and compile without a problem ({gates.Select(g => g.Scope).Distinct().Count()} scopes)");
        if (docsPath is null)
        {
            return passed == gates.Count ? 0 : 1;
        }

        foreach (var gate in gates.Where(g => g.ExampleProblem is not null))
        {
            output.WriteLine($"example of {Path.GetFileNameWithoutExtension(gate.File)}: {gate.ExampleProblem}");
        }

        var tried = gates.Count(g => g.HasExample);
        var read = gates.Count(g => g.HasExample && g.ExampleProblem is null);
        output.WriteLine($"{read} of {tried} response examples read in strict mode ({gates.Count - tried} files without a readable example)");
        foreach (var gate in gates.Where(g => g.RequestProblem is not null))
        {
            output.WriteLine($"request example of {Path.GetFileNameWithoutExtension(gate.File)}: {gate.RequestProblem}");
        }

        var requests = gates.Count(g => g.HasRequestExample);
        var sentBack = gates.Count(g => g.HasRequestExample && g.RequestProblem is null);
        output.WriteLine($"{sentBack} of {requests} request examples sent as written");
        return passed == gates.Count && read == tried && sentBack == requests ? 0 : 1;
    }

    /// <summary>Every page of the docs that describes a method.</summary>
    private static IEnumerable<MethodPage> MethodPages(DocsFolder docs) =>
        docs.ReferencePages().Select(path => MethodPageReader.Read(path, docs.Read(path))).OfType<MethodPage>().Select(page => LinkedTables.Resolve(page, docs));

    /// <summary>The pages the import covers: current (not deprecated) classic methods (not REST 3.0).</summary>
    private static IEnumerable<MethodPage> CurrentClassicPages(DocsFolder docs) => MethodPages(docs).Where(IsCurrentClassic);

    private static bool IsCurrentClassic(MethodPage page) => !page.IsDeprecated && !page.IsRestV3;
}
