using B24Gen.Importer.Import;
using B24Gen.Importer.Overlay;

namespace B24Gen.Importer.Tests;

/// <summary>The reviewed overlay: what it may say, where a mistake in it is reported, and what it changes.</summary>
public class OverlayTests
{
    private const string Docs = "https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html";

    [Fact]
    public void An_entry_reads_with_every_correction_it_can_make()
    {
        var reading = OverlayReader.Read("calendar.yaml", $$"""
            calendar.section.get:
              reason: The docs say why.
              docs: {{Docs}}
              group: calendar.sections
              name: GetAll
              kind: read
              paging: none
              result: CalendarSection[]
              params:
                type: { type: CalendarType, required: true, wire: TYPE }
              types:
                CalendarSection:
                  ID: { type: int, name: SectionId }
            """);

        Assert.Empty(reading.Problems);
        var entry = Assert.Single(reading.Entries);
        Assert.Equal(("calendar.section.get", "The docs say why.", Docs), (entry.Method, entry.Reason, entry.Docs));
        Assert.Equal(("calendar.sections", "GetAll", "read", "none", "CalendarSection[]"), (entry.Group, entry.Name, entry.Kind, entry.Paging, entry.ResultType));
        Assert.Equal(new FieldPatch("CalendarType", true, null, new OverlayPlace("calendar.yaml", 10, 5)) { Wire = "TYPE" }, entry.Params["type"]);
        Assert.Equal(new FieldPatch("int", null, "SectionId", new OverlayPlace("calendar.yaml", 13, 7)), entry.Types["CalendarSection"]["ID"]);
        Assert.Equal(new OverlayPlace("calendar.yaml", 1, 1), entry.Place);
    }

    [Theory]
    [InlineData("m.get:\n  docs: " + Docs + "\n", "x.yaml(1,1): 'm.get' needs a 'reason:' and a 'docs:' link")]
    [InlineData("m.get:\n  reason: r\n", "x.yaml(1,1): 'm.get' needs a 'reason:' and a 'docs:' link")]
    [InlineData("m.get:\n  reason: r\n  docs: calendar-section-get.md\n", "x.yaml(3,9): 'docs:' is a link (https://...)")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  gruop: a.b\n", "x.yaml(4,3): 'gruop' is not an overlay key")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  kind: delete\n", "x.yaml(4,9): 'kind:' is read or write, not 'delete'")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  group: [a, b]\n", "x.yaml(4,10): 'group:' is a single value")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  params: [ID]\n", "x.yaml(4,11): 'params:' is a map of wire name to correction")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  params:\n    ID: int\n", "x.yaml(5,5): each field is 'WIRE_NAME: { type: ..., required: ..., name: ..., wire: ... }'")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  params:\n    ID: { typ: int }\n", "x.yaml(5,11): 'typ' is not a field correction")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  params:\n    ID: { required: yes }\n", "x.yaml(5,21): 'required:' is true or false, not 'yes'")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  types: [T]\n", "x.yaml(4,10): 'types:' is a map of type name")]
    [InlineData("m.get:\n  reason: r\n  docs: " + Docs + "\n  types:\n    T: int\n", "x.yaml(5,5): each type is 'TypeName:' followed by a map")]
    [InlineData("m.get: fix it\n", "x.yaml(1,1): each entry is 'method.name:' followed by a map")]
    [InlineData("- m.get\n", "x.yaml(1,1): an overlay file is a map of method name to correction")]
    [InlineData("m.get:\n  reason: [unclosed\n", "x.yaml(3,1): not YAML")]
    public void A_mistake_is_reported_at_its_line_and_column_and_the_entry_is_left_out(string yaml, string problem)
    {
        var reading = OverlayReader.Read("x.yaml", yaml);

        Assert.Contains(reading.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
        Assert.Empty(reading.Entries);
    }

    [Fact]
    public void An_empty_file_has_no_entries_and_no_problems()
    {
        var reading = OverlayReader.Read("x.yaml", "# nothing yet\n");

        Assert.Empty(reading.Entries);
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public void A_method_corrected_in_two_files_is_a_problem_and_anchors_share_a_reason()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", $"m.get:\n  reason: &why Shared reason.\n  docs: {Docs}\n  name: One\nm.list:\n  reason: *why\n  docs: {Docs}\n  name: Two\n");
        folder.Write("b.yaml", $"m.get:\n  reason: Again.\n  docs: {Docs}\n");

        var reading = OverlayReader.ReadFolder(folder.Path);

        Assert.Equal("Shared reason.", reading.Entries.Single(e => e.Method == "m.list").Reason);
        Assert.Equal(["b.yaml(1,1): 'm.get' is corrected in more than one place (a.yaml(1,1), b.yaml(1,1))."], reading.Problems);
    }

    [Fact]
    public void The_repositorys_overlay_reads_without_a_problem()
    {
        var reading = OverlayReader.ReadFolder(RepositoryOverlay());

        Assert.Empty(reading.Problems);
        Assert.NotEmpty(reading.Entries);
        Assert.All(reading.Entries, e => Assert.StartsWith("https://apidocs.bitrix24.com/api-reference/", e.Docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Applying_an_entry_changes_what_it_names_marks_it_and_keeps_the_rest()
    {
        var entry = new OverlayEntry("m.get", "Why.", Docs, new OverlayPlace("m.yaml", 1, 1))
        {
            Group = "m.things",
            Name = "Fetch",
            Kind = "write",
            Paging = "start",
            ResultType = "Thing[]",
            Params = new Dictionary<string, FieldPatch> { ["id"] = new("int", true, null, new OverlayPlace("m.yaml", 5, 5)) { Wire = "ID" } },
            Types = new Dictionary<string, IReadOnlyDictionary<string, FieldPatch>>
            {
                ["Thing"] = new Dictionary<string, FieldPatch> { ["NAME"] = new(null, null, "Title", new OverlayPlace("m.yaml", 8, 7)) },
            },
        };
        var overlay = new OverlayApplier([entry]);
        var problems = new List<string>();

        var applied = overlay.Apply(Method(), problems);

        Assert.Empty(problems);
        Assert.Empty(overlay.Unused());
        Assert.Equal(("m.things", "Fetch", "write", "start"), (applied.Group, applied.CSharpName, applied.Kind, applied.Paging));
        Assert.Equal(new ImportedResult("Thing[]", "overlay", "The thing."), applied.Result);
        Assert.Equal(new ImportedField("ID", "int", "overlay", true, "The id."), applied.Params[0]);
        Assert.Equal(Method().Params[1], applied.Params[1]);
        Assert.Equal(new ImportedField("NAME", "string", "overlay", false, "") { Name = "Title" }, applied.Types[0].Fields[1]);
        Assert.Equal(Method().Types[0].Fields[0], applied.Types[0].Fields[0]);
        Assert.Same(entry, applied.Correction);
    }

    [Fact]
    public void A_correction_that_finds_nothing_to_correct_is_a_problem()
    {
        var place = new OverlayPlace("m.yaml", 3, 5);
        var overlay = new OverlayApplier(
        [
            new OverlayEntry("m.get", "Why.", Docs, new OverlayPlace("m.yaml", 1, 1))
            {
                Params = new Dictionary<string, FieldPatch> { ["NAME"] = new("int", null, null, place) },
                Types = new Dictionary<string, IReadOnlyDictionary<string, FieldPatch>>
                {
                    ["Thing"] = new Dictionary<string, FieldPatch> { ["TITLE"] = new("string", null, null, place) },
                    ["Other"] = new Dictionary<string, FieldPatch> { ["X"] = new("int", null, null, place) },
                },
            },
            new OverlayEntry("m.gone", "Why.", Docs, new OverlayPlace("m.yaml", 9, 1)),
        ]);
        var problems = new List<string>();

        overlay.Apply(Method(), problems);

        Assert.Equal(
        [
            "m.yaml(3,5): 'm.get' has no parameter 'NAME'.",
            "m.yaml(3,5): 'Thing' has no field 'TITLE'.",
            "m.yaml(3,5): 'm.get' has no type 'Other' (its types: Thing).",
        ], problems);
        Assert.Equal(["m.yaml(9,1): no imported method is named 'm.gone'."], overlay.Unused());
    }

    [Fact]
    public void A_parameter_another_variant_documents_is_added_and_one_that_exists_is_not_added_twice()
    {
        var place = new OverlayPlace("m.yaml", 4, 5);
        var overlay = new OverlayApplier(
        [
            new OverlayEntry("m.get", "Why.", Docs, new OverlayPlace("m.yaml", 1, 1))
            {
                Params = new Dictionary<string, FieldPatch>
                {
                    ["signedId"] = new("string", null, null, place) { Add = true, Description = "The signed ID." },
                    ["id"] = new("int", null, null, place) { Add = true },
                },
            },
        ]);
        var problems = new List<string>();

        var applied = overlay.Apply(Method(), problems);

        Assert.Equal(new ImportedField("signedId", "string", "overlay", false, "The signed ID."), applied.Params[^1]);
        Assert.Equal(["m.yaml(4,5): 'add: true', but the import already has 'id': correct it instead."], problems);
    }

    [Theory]
    [InlineData("    X: { add: true }\n", "'add: true' adds a field the page documents elsewhere")]
    [InlineData("    X: { add: yes, type: int }\n", "'add: true' adds a field the page documents elsewhere")]
    public void An_added_field_needs_its_type(string patch, string problem)
    {
        var reading = OverlayReader.Read("m.yaml", $"m.get:\n  reason: Why.\n  docs: {Docs}\n  params:\n{patch}");

        Assert.Contains(reading.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_method_without_an_entry_is_returned_as_it_is()
    {
        var method = Method();

        Assert.Same(method, new OverlayApplier([]).Apply(method, []));
    }

    [Fact]
    public void The_written_file_says_it_was_corrected_and_why()
    {
        var entry = new OverlayEntry("m.get", "Line one\nline two.", Docs, new OverlayPlace("m.yaml", 1, 1)) { Group = "m.things", Name = "Fetch" };

        var yaml = Yaml.SchemaYamlWriter.Write(new OverlayApplier([entry]).Apply(Method(), []), "abc1234");

        Assert.Contains("# Corrected by the overlay (m.yaml): Line one line two.\n# The docs that show it: " + Docs + "\nmethod: m.get\nscope: m\ngroup: \"m.things\"\nname: Fetch\n", yaml, StringComparison.Ordinal);
    }

    private static ImportedMethod Method() => new(
        "m.get", "m", "Gets a thing.", Docs, "api-reference/m/m-get.md", "read",
        [new ImportedField("id", "string", "table", false, "The id."), new ImportedField("select", "string[]", "table", false, "")],
        new ImportedResult("Thing", "example", "The thing."),
        [new ImportedType("Thing", "A thing.", false, [new ImportedField("ID", "int", "id-like", false, ""), new ImportedField("NAME", "string", "table", false, "")])],
        []);

    private static string RepositoryOverlay()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "B24Gen.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No B24Gen.sln above the test assembly."), "tools", "B24Gen.Importer", "overlay");
    }
}
