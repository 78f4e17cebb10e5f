using B24Gen.Importer.Docs;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer;

/// <summary>
/// The command line: <c>survey &lt;docs folder&gt;</c> reads every method page and reports what the reader finds
/// (how many pages give a method, parameters, result fields, errors, examples): the measure of the reading step.
/// </summary>
internal static class ImporterCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args is not ["survey", var docsPath])
        {
            error.WriteLine("usage: B24Gen.Importer survey <docs folder (holding api-reference/)>");
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
        return 0;
    }
}
