namespace B24Gen.Importer.Tests;

public class ImporterCommandTests
{
    [Fact]
    public void Survey_reports_what_the_reader_found_in_a_docs_folder()
    {
        var output = new StringWriter();
        var status = ImporterCommand.Run(["survey", Fixtures.Docs.Root], output, TextWriter.Null);

        Assert.Equal(0, status);
        var report = output.ToString();
        Assert.Contains("classic method pages (current): 3 (100 %)", report, StringComparison.Ordinal);
        Assert.Contains("with a parameter table: 3 (100 %)", report, StringComparison.Ordinal);
        Assert.Contains("with an error table: 3 (100 %)", report, StringComparison.Ordinal);
        Assert.Contains("left out: 0 deprecated, 0 REST 3.0", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("import")]
    [InlineData("survey")]
    [InlineData("survey", "/nonexistent/docs")]
    public void Bad_arguments_print_usage_and_fail(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, ImporterCommand.Run(args, TextWriter.Null, error));
        Assert.NotEmpty(error.ToString());
    }

    [Fact]
    public void Import_writes_one_file_per_method_under_its_scope()
    {
        using var target = new TempFolder();
        var output = new StringWriter();

        Assert.Equal(0, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.Path], output, TextWriter.Null));

        Assert.Equal("3 methods written to " + target.Path, output.ToString().Trim());
        var files = Directory.GetFiles(target.Path, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["calendar/calendar.section.get.yaml", "crm/crm.deal.get.yaml", "task/tasks.template.checklist.get.yaml"], files);
    }
}
