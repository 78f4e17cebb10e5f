using B24Gen.Importer.Import;
using B24Gen.Importer.Yaml;

namespace B24Gen.Importer.Tests;

/// <summary>Real pages imported: the choices a reviewer would make by hand (the hand-written calendar file is the reference).</summary>
public class MethodImporterTests
{
    [Fact]
    public void Calendar_section_get_imports_like_the_hand_written_file()
    {
        var method = MethodImporter.Import(Fixtures.Page(Fixtures.SectionGet));

        Assert.Equal(("calendar.section.get", "calendar", "read", "Get Calendar List"), (method.Name, method.Scope, method.Kind, method.Summary));
        Assert.Equal("https://apidocs.bitrix24.com/api-reference/calendar/calendar-section-get.html", method.DocsUrl);
        // The type's possible values are listed: an open enum, as the hand-written CalendarType.
        Assert.Equal([("type", "CalendarSectionGetType", true), ("ownerId", "int", true)], method.Params.Select(p => (p.WireName, p.Type, p.Required)));
        Assert.Equal(["user", "group", "company_calendar", "location"], method.Types.Single(t => t.Name == "CalendarSectionGetType").EnumValues);
        Assert.Equal(new ImportedResult("CalendarSectionGetItem[]", "result-table", "Array of calendars"), method.Result);
        Assert.Equal("none", method.Paging);

        var item = Assert.Single(method.Types, t => t.Name == "CalendarSectionGetItem");
        Assert.False(item.IsInput);
        var fields = item.Fields.ToDictionary(f => f.WireName, f => (f.Type, f.Rule));
        Assert.Equal(("int", "id-like"), fields["ID"]);
        Assert.Equal(("int", "id-like"), fields["OWNER_ID"]);
        Assert.Equal(("int", "id-like"), fields["CREATED_BY"]);
        Assert.Equal(("string?", "nullable-example"), fields["GAPI_CALENDAR_ID"]);
        // The page's TypeScript shape says "DATE_CREATE: ISODate | null", as the hand-written file has it.
        Assert.Equal(("datetime?", "doc-type, ts-null"), fields["DATE_CREATE"]);
        Assert.Equal(("map<int>", "map-keys"), fields["ACCESS"]);
        Assert.Equal(("CalendarSectionGetItemExport", "linked-table"), fields["EXPORT"]);
        Assert.Equal(("CalendarSectionGetItemPerm", "linked-table"), fields["PERM"]);
        Assert.Equal(["ALLOW"], method.Types.Single(t => t.Name == "CalendarSectionGetItemExport").Fields.Select(f => f.WireName));
        Assert.Equal(3, method.Errors.Count);
    }

    [Fact]
    public void A_result_object_that_links_to_its_table_and_on_to_nested_ones_becomes_nested_types()
    {
        var method = MethodImporter.Import(Fixtures.Page(Fixtures.ChecklistGet));

        Assert.Equal("TasksTemplateChecklistGetResult", method.Result!.Type);
        var result = method.Types.Single(t => t.Name == "TasksTemplateChecklistGetResult");
        var item = Assert.Single(result.Fields);
        Assert.Equal(("checkListItem", "TasksTemplateChecklistGetResultCheckListItem", "linked-table"), (item.WireName, item.Type, item.Rule));
        var checkListItem = method.Types.Single(t => t.Name == "TasksTemplateChecklistGetResultCheckListItem");
        Assert.Contains(checkListItem.Fields, f => f is { WireName: "id", Type: "int" });
        Assert.Contains(checkListItem.Fields, f => f is { WireName: "members", Type: "TasksTemplateChecklistGetResultCheckListItemMembers[]", Rule: "linked-table" });
    }

    [Fact]
    public void A_write_method_keeps_its_required_parameters_and_the_errors_of_its_table()
    {
        var method = MethodImporter.Import(Fixtures.Page(Fixtures.DealGet));

        Assert.Equal("read", method.Kind);
        // The table says 'id', the page's example sends 'ID' (CRM reads either): the example's spelling is sent.
        Assert.Equal([("ID", "int", true)], method.Params.Select(p => (p.WireName, p.Type, p.Required)));
        Assert.Equal(["ID is not defined or invalid", "Access denied", "Not found"], method.Errors.Select(e => e.Message));
        Assert.All(method.Errors, e => Assert.Equal(400, e.Status));
    }

    [Theory]
    [InlineData("crm.deal.get", "read")]
    [InlineData("crm.deal.list", "read")]
    [InlineData("crm.status.entity.items", "read")]
    [InlineData("crm.deal.fields", "read")]
    [InlineData("calendar.event.getbyid", "read")]
    [InlineData("crm.deal.add", "write")]
    [InlineData("crm.deal.update", "write")]
    [InlineData("tasks.task.getorcreate", "write")]
    [InlineData("im.message.send", "write")]
    public void The_verb_decides_the_kind(string method, string kind) =>
        Assert.Equal(kind, B24Gen.Importer.Rules.KindRule.Of(method));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a: b # c", "\"a: b # c\"")]
    [InlineData("say \"hi\"\\n", "\"say \\\"hi\\\"\\\\n\"")]
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("yes", "\"yes\"")]
    public void Strings_are_written_double_quoted_and_escaped(string text, string yaml) =>
        Assert.Equal(yaml, SchemaYamlWriter.Quote(text));

    [Fact]
    public void The_written_file_names_its_source_and_each_rule()
    {
        var yaml = SchemaYamlWriter.Write(MethodImporter.Import(Fixtures.Page(Fixtures.SectionGet)), "5988ed1");

        Assert.StartsWith("# yaml-language-server: $schema=../b24gen.schema.json\n# Imported by tools/B24Gen.Importer from api-reference/calendar/calendar-section-get.md (bitrix24/b24restdocs 5988ed1).\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  \"ownerId\": { type: \"int\", required: true, description: \"Identifier of the calendar owner.", yaml, StringComparison.Ordinal);
        Assert.Contains("\n      \"ACCESS\": { type: \"map<int>\", description: ", yaml, StringComparison.Ordinal);
        Assert.Contains("} # map-keys\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  type: \"CalendarSectionGetItem[]\" # result-table\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_named_like_a_member_every_generated_type_has_gets_a_name()
    {
        const string Page = "# Update demo.thing.update\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **FINALIZE**\n[`string`](x.md) | Whether to finalize ||\n|| **ADDITIONAL_FIELDS**\n[`string`](x.md) | More ||\n|| **TITLE**\n[`string`](x.md) | Title ||\n|#\n";

        var method = MethodImporter.Import(B24Gen.Importer.Pages.MethodPageReader.Read("api-reference/demo/a.md", Page)!);

        Assert.Equal([("FINALIZE", "FinalizeField"), ("ADDITIONAL_FIELDS", "AdditionalFieldsField"), ("TITLE", null)], method.Params.Select(p => (p.WireName, p.Name)));
        Assert.Equal("write", method.Kind);
    }

    [Fact]
    public void Placeholder_names_are_left_out_and_twins_kept_once()
    {
        const string Page = "# List demo.thing.list\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **UF\\_\\***\n[`string`](x.md) | Custom ||\n|| **owner_id**\n[`integer`](x.md) | Owner ||\n|| **ownerId**\n[`integer`](x.md) | Owner again ||\n|| **=DELETED**\n[`string`](x.md) | Marker ||\n|#\n";

        var method = MethodImporter.Import(B24Gen.Importer.Pages.MethodPageReader.Read("api-reference/demo/a.md", Page)!);

        Assert.Equal(["owner_id"], method.Params.Select(p => p.WireName));
    }

    [Fact]
    public void A_request_example_adds_what_the_table_misses_but_not_auth_or_portal_fields_and_input_fields_keep_required()
    {
        const string Page = "# Add demo.thing.add\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **fields***\n[`object`](#fields) | The thing ||\n|#\n\n### Parameter fields {#fields}\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **TITLE***\n[`string`](x.md) | Title ||\n|#\n\n## Code Examples\n\n```bash\ncurl -X POST \\\n"
            + "-d '{\"fields\":{\"TITLE\":\"a\",\"SORT\":10,\"UF_CRM_17\":\"x\"},\"params\":{\"X\":\"Y\"},\"auth\":\"token\"}' \\\nhttps://x/rest/demo.thing.add\n```\n";

        var method = MethodImporter.Import(B24Gen.Importer.Pages.MethodPageReader.Read("api-reference/demo/a.md", Page)!);

        Assert.Equal(["fields", "params"], method.Params.Select(p => p.WireName));
        Assert.StartsWith("request-example", method.Params[1].Rule, StringComparison.Ordinal);
        var fields = method.Types.Single(t => t.Name == "DemoThingAddFields");
        Assert.Equal([("TITLE", true), ("SORT", false)], fields.Fields.Select(f => (f.WireName, f.Required)));
        Assert.Contains("\"TITLE\": { type: \"string\", required: true", B24Gen.Importer.Yaml.SchemaYamlWriter.Write(method, "abc1234"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_table_that_describes_the_inside_of_the_examples_one_member_gets_that_member_as_a_wrapper()
    {
        const string Page = "# Get demo.numerator.get\n\n## Response Handling\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **result**\n[`object`](#numerator) | The root element ||\n|#\n\n### Object numerator {#numerator}\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **id**\n[`string`](x.md) | ID ||\n|| **code**\n[`string`](x.md) | Code ||\n|#\n\n```json\n{\"result\": {\"numerator\": {\"id\": \"7\", \"code\": null}}}\n```\n";

        var method = MethodImporter.Import(B24Gen.Importer.Pages.MethodPageReader.Read("api-reference/demo/a.md", Page)!);

        Assert.Equal("DemoNumeratorGetResult", method.Result!.Type);
        var wrapper = method.Types.Single(t => t.Name == "DemoNumeratorGetResult");
        Assert.Equal([new ImportedField("numerator", "DemoNumeratorGetResultNumerator", "example-wrapper", false, "")], wrapper.Fields);
        var inner = method.Types.Single(t => t.Name == "DemoNumeratorGetResultNumerator");
        Assert.Equal([("id", "string"), ("code", "string?")], inner.Fields.Select(f => (f.WireName, f.Type)));
    }

    [Fact]
    public void A_result_the_docs_describe_as_keyed_is_a_map_whatever_its_keys_look_like()
    {
        const string Page = "# Voices demo.voices.get\n\n## Response Handling\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **result**\n[`object`](x.md) | The voices, where the key is the voice identifier and the value is its name ||\n|#\n\n"
            + "```json\n{\"result\": {\"ruinternalfemale\": \"Russian Female\", \"deinternalmale\": \"German Male\"}}\n```\n";

        var method = MethodImporter.Import(B24Gen.Importer.Pages.MethodPageReader.Read("api-reference/demo/a.md", Page)!);

        Assert.Equal(("map<string>", "map-described"), (method.Result!.Type, method.Result.Rule));
        Assert.Empty(method.Types);
    }
}
