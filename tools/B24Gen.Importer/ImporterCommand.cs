using B24Gen.Importer.Docs;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer;

/// <summary>
/// The command line: <c>survey &lt;docs folder&gt;</c> reads every method page and reports what the reader finds
/// (how many pages give a method, parameters, result fields, errors, examples): the measure of the reading step.
/// <c>--failed-examples</c> also lists the response examples that do not read, with the parser's reason.
/// </summary>
internal static class ImporterCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["survey", var docsPath, ..] || args.Skip(2).Any(a => a != "--failed-examples"))
        {
            error.WriteLine("usage: B24Gen.Importer survey <docs folder (holding api-reference/)> [--failed-examples]");
            return 2;
        }

        if (!Directory.Exists(Path.Combine(docsPath, "api-reference")))
        {
            error.WriteLine($"'{docsPath}' has no api-reference folder.");
            return 2;
        }

        var docs = new DocsFolder(docsPath);
        var pages = docs.ReferencePages().Select(path => MethodPageReader.Read(path, docs.Read(path))).OfType<MethodPage>().ToList();
        var current = pages.Where(p => !p.IsDeprecated && !p.IsRestV3).ToList();
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
}
