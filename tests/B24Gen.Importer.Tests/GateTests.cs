namespace B24Gen.Importer.Tests;

/// <summary>The gates over imported files: the generator's diagnostics and the compiler's errors, per schema file.</summary>
public class GateTests
{
    [Fact]
    public void The_fixture_pages_import_into_files_that_generate_and_compile()
    {
        using var target = new TempFolder();
        Assert.Equal(0, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.Path], TextWriter.Null, TextWriter.Null));
        var output = new StringWriter();

        var status = ImporterCommand.Run(["gate", target.Path], output, TextWriter.Null);

        Assert.Equal("11 of 11 files generate and compile without a problem (10 scopes)", output.ToString().Trim());
        Assert.Equal(0, status);

        // With the docs, each page's response example is answered to the generated client, which reads it strictly.
        var withExamples = new StringWriter();
        Assert.Equal(0, ImporterCommand.Run(["gate", target.Path, "--docs", Fixtures.Docs.Root], withExamples, TextWriter.Null));
        // And each page's request example is read into the request type and sent: what goes out is what the page sent
        // (crm.deal.get's page sends 'ID', its table says 'id': CRM reads either case).
        Assert.EndsWith("11 of 11 response examples read in strict mode (0 files without a readable example)\n10 of 10 request examples sent as written",
            withExamples.ToString().Trim().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_problem_is_named_with_the_generators_diagnostic()
    {
        using var target = new TempFolder();
        target.Write("demo/demo.thing.get.yaml", "method: demo.thing.get\nkind: read\nresult: Nope\n");
        target.Write("demo/demo.other.get.yaml", "method: demo.other.get\nkind: read\nresult: int\n");
        var output = new StringWriter();

        var status = ImporterCommand.Run(["gate", target.Path], output, TextWriter.Null);

        var lines = output.ToString().Trim().Split('\n');
        Assert.Equal(1, status);
        Assert.Equal(Path.Combine("demo", "demo.thing.get.yaml"), lines[0].Trim());
        Assert.Contains("error B24G0003: Unknown type 'Nope'", lines[1], StringComparison.Ordinal);
        Assert.Equal("1 of 2 files generate and compile without a problem (1 scopes)", lines[^1].Trim());
    }

    [Fact]
    public void An_example_that_does_not_fit_the_declared_type_names_the_path_and_the_fix()
    {
        // calendar.section.get's example has "ID": "190"; declared as bool it cannot read.
        using var target = new TempFolder();
        target.Write("calendar/calendar.section.get.yaml", "method: calendar.section.get\nkind: read\nresult: \"Section[]\"\ntypes:\n  Section:\n    fields:\n      ID: bool\n");
        var output = new StringWriter();

        Assert.Equal(1, ImporterCommand.Run(["gate", target.Path, "--docs", Fixtures.Docs.Root], output, TextWriter.Null));

        var report = output.ToString();
        Assert.Contains("example of calendar.section.get: B24ResponseFormatException: ", report, StringComparison.Ordinal);
        Assert.Contains("$.result[0].ID", report, StringComparison.Ordinal);
        Assert.Contains("0 of 1 response examples read in strict mode", report, StringComparison.Ordinal);
    }
}
