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
        Assert.Contains("classic method pages (current): 11 (100 %)", report, StringComparison.Ordinal);
        Assert.Contains("with a parameter table: 10 (90.9 %)", report, StringComparison.Ordinal);
        Assert.Contains("with an error table: 11 (100 %)", report, StringComparison.Ordinal);
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
    public void Import_writes_one_file_per_method_under_its_names_first_word()
    {
        using var target = new TempFolder();
        var output = new StringWriter();

        Assert.Equal(0, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.Path], output, TextWriter.Null));

        Assert.Equal("11 methods written to " + target.Path, output.ToString().Trim());
        var files = Directory.GetFiles(target.Path, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "calendar/calendar.section.get.yaml", "catalog/catalog.section.list.yaml", "crm/crm.currency.localizations.set.yaml", "crm/crm.deal.get.yaml", "entity/entity.update.yaml",
                "humanresources/humanresources.hcmlink.employee.list.yaml", "imopenlines/imopenlines.config.get.yaml", "landing/landing.template.getSiteRef.yaml", "placement/placement.get.yaml", "tasks/tasks.template.checklist.get.yaml", "userfieldconfig/userfieldconfig.getTypes.yaml",
            ],
            files);
    }

    [Fact]
    public void Import_applies_the_overlay_and_fails_on_a_correction_that_matches_nothing()
    {
        using var overlay = new TempFolder();
        using var target = new TempFolder();
        const string docs = "https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html";
        overlay.Write("calendar.yaml", $"calendar.section.get:\n  reason: Why.\n  docs: {docs}\n  name: Sections\nno.such.method:\n  reason: Why.\n  docs: {docs}\n");
        var error = new StringWriter();

        Assert.Equal(1, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.Path, "--overlay", overlay.Path], TextWriter.Null, error));

        Assert.Equal("calendar.yaml(5,1): no imported method is named 'no.such.method'.", error.ToString().Trim());
        Assert.Contains("\nname: Sections\n", File.ReadAllText(Path.Combine(target.Path, "calendar", "calendar.section.get.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_writes_nothing_when_the_overlay_does_not_read()
    {
        using var overlay = new TempFolder();
        using var target = new TempFolder();
        overlay.Write("calendar.yaml", "calendar.section.get:\n  reason: Why.\n");
        var error = new StringWriter();

        Assert.Equal(1, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.Path, "--overlay", overlay.Path], TextWriter.Null, error));

        Assert.StartsWith("calendar.yaml(1,1): 'calendar.section.get' needs a 'reason:' and a 'docs:' link", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(target.Path));
        Assert.Equal(2, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.Path, "--overlay", "/nonexistent/overlay"], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Two_pages_naming_one_method_are_reported_and_the_first_is_kept()
    {
        using var docs = new TempFolder();
        using var target = new TempFolder();
        docs.Write("api-reference/a/first.md", "# Get a thing a.thing.get\n");
        docs.Write("api-reference/b/second.md", "# Get a thing again a.thing.get\n");
        var error = new StringWriter();

        Assert.Equal(1, ImporterCommand.Run(["import", docs.Path, target.Path], TextWriter.Null, error));

        Assert.Equal("api-reference/b/second.md: describes 'a.thing.get', which api-reference/a/first.md describes too.", error.ToString().Trim());
        Assert.Contains("from api-reference/a/first.md ", File.ReadAllText(Path.Combine(target.Path, "a", "a.thing.get.yaml")), StringComparison.Ordinal);
    }
}
