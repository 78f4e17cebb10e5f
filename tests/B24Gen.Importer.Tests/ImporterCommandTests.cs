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
}
