using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Tests;

/// <summary>What the reader takes from real pages: each assertion is a fact the page states.</summary>
public class MethodPageReaderTests
{
    [Fact]
    public void Calendar_section_get_gives_its_name_scope_parameters_and_examples()
    {
        var page = Fixtures.Page(Fixtures.SectionGet);

        Assert.Equal("calendar.section.get", page.MethodName);
        Assert.Equal(["calendar"], page.Scopes);
        Assert.False(page.IsDeprecated);
        Assert.False(page.IsRestV3);
        Assert.Equal([("type", true, "string"), ("ownerId", true, "integer")], page.Parameters.Select(p => (p.Name, p.Required, p.Type)));
        Assert.Equal("../data-types.md", page.Parameters[0].TypeLink);
        Assert.StartsWith("Calendar type:", page.Parameters[0].Description, StringComparison.Ordinal);
        Assert.Contains("- `location` — meeting room calendar", page.Parameters[0].Description, StringComparison.Ordinal);
        Assert.Equal("""{"type":"user","ownerId":1}""", page.RequestExample);
        Assert.StartsWith("{\n    \"result\": [", page.ResponseExample, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sdks_note_on_list_methods_or_an_example_sending_start_is_read()
    {
        // catalog.section.list: "// catalog.section.list returns a single page (max 50 records)", and start: 0 sent.
        Assert.True(Fixtures.Page("api-reference/catalog/section/catalog-section-list.md").ExamplesSendStart);
        Assert.False(Fixtures.Page(Fixtures.DealGet).ExamplesSendStart);
        var sent = MethodPageReader.Read("api-reference/demo/demo-list.md", """
            # List things demo.thing.list

            ## Code Examples

            ```php
            $result = CRest::call('demo.thing.list', ['filter' => [], 'start' => 50]);
            ```
            """);
        Assert.True(sent!.ExamplesSendStart);
    }

    [Fact]
    public void Calendar_section_get_result_tables_are_the_list_and_its_objects_by_anchor()
    {
        var page = Fixtures.Page(Fixtures.SectionGet);

        Assert.Equal(("result", "array"), (page.ResultFields[0].Name, page.ResultFields[0].Type));
        Assert.Contains(page.ResultFields, f => f is { Name: "ID", Type: "string", Required: false });
        Assert.Contains(page.ResultFields, f => f is { Name: "EXPORT", Type: "object" });
        Assert.Equal(["ALLOW"], page.ResultObjects["export"].Select(f => f.Name));
        Assert.Equal(["view_time", "view_title", "view_full", "add", "edit", "edit_section", "access"], page.ResultObjects["perm"].Select(f => f.Name));
        Assert.All(page.ResultObjects["perm"], f => Assert.Equal("boolean", f.Type));
    }

    [Fact]
    public void Calendar_section_get_errors_are_the_pages_own_not_the_system_table()
    {
        var page = Fixtures.Page(Fixtures.SectionGet);

        Assert.Equal(3, page.Errors.Count);
        Assert.All(page.Errors, e => Assert.Equal((string.Empty, 400), (e.Code, e.Status)));
        Assert.Equal("The required parameter \"type\" for the method \"calendar.section.get\" is not set", page.Errors[0].Message);
        Assert.Equal("Access denied", page.Errors[2].Message);
        Assert.Equal("Access to the method is prohibited for external users", page.Errors[2].Description);
    }

    [Fact]
    public void An_error_table_whose_message_column_is_called_description_is_read_by_position()
    {
        var page = Fixtures.Page(Fixtures.DealGet);

        Assert.Equal("crm.deal.get", page.MethodName);
        Assert.Equal([("id", true, "integer")], page.Parameters.Select(p => (p.Name, p.Required, p.Type)));
        Assert.Equal(["ID is not defined or invalid", "Access denied", "Not found"], page.Errors.Select(e => e.Message));
        Assert.Equal("No deal exists with the provided `id`", page.Errors[2].Description);
    }

    [Theory]
    [InlineData("|| **Code** | **Description** ||\n|| `The Preset with ID '27' is not found` | Template not found ||\n", "", "The Preset with ID '27' is not found", "Template not found", 400)]
    [InlineData("|| **Code** | **Description** | **Status** ||\n|| `WRONG_AUTH_TYPE` | Application context required | 403 ||\n", "WRONG_AUTH_TYPE", "Application context required", "", 403)]
    [InlineData("|| **Code** | **Description** | **Value** ||\n|| Empty string | Access denied. | Insufficient rights ||\n", "", "Access denied.", "Insufficient rights", 400)]
    [InlineData("|| **Description** | **Value** ||\n|| `ID is not defined or invalid` | The `id` parameter is not a positive integer ||\n", "", "ID is not defined or invalid", "The `id` parameter is not a positive integer", 400)]
    public void Error_rows_as_the_portal_sends_them(string rows, string code, string message, string description, int status)
    {
        // A sentence in the Code column is the portal's error_description (its "error" is ""); a Status column is no description.
        var page = MethodPageReader.Read("api-reference/x.md", $"# Get demo.thing.get\n\n## Error handling\n\nHTTP status: **400**\n\n#|\n{rows}|#\n")!;

        Assert.Equal([(code, message, description, (int?)status)], page.Errors.Select(e => (e.Code, e.Message, e.Description, e.Status)));
    }

    [Fact]
    public void A_second_level_2_section_about_parameters_describes_a_parameters_object()
    {
        // catalog.documentcontractor.add: "## Method Parameters" has fields; "## Parameter fields {#fields}" its table.
        var page = MethodPageReader.Read("api-reference/x.md", "# Add demo.contractor.add\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **fields***\n[`object`](#fields) | Fields ||\n|#\n\n"
            + "## Parameter fields {#fields}\n\n#|\n|| **Name**\n`type` | **Description** ||  \n|| **documentId***  \n[`integer`](x.md) | Document ||  \n|#\n")!;

        Assert.Equal([("documentId", true)], page.ParameterObjects["fields"].Select(f => (f.Name, f.Required)));
    }

    [Fact]
    public void Tables_from_an_included_file_describe_the_objects_they_are_linked_by()
    {
        var page = Fixtures.Page(Fixtures.ChecklistGet);

        Assert.Equal("tasks.template.checklist.get", page.MethodName);
        Assert.Equal(["result", "time"], page.ResultFields.Select(f => f.Name));
        Assert.Equal(["checkListItem"], page.ResultObjects["result"].Select(f => f.Name));
        Assert.True(page.ResultObjects.ContainsKey("checklistitem"));
        Assert.True(page.ResultObjects.ContainsKey("members"));
        Assert.True(page.ResultObjects.ContainsKey("attachments"));
    }

    [Theory]
    [InlineData("# Some overview\n\nText.\n")]
    [InlineData("No title at all.\n")]
    [InlineData("# Events of the calendar\n")]
    [InlineData("# Migration from imbot to imbot.v2\n")] // a versioned namespace, named by three pages
    [InlineData("# Change log of im.v2\n")]
    public void A_page_without_a_method_name_in_its_title_is_no_method(string text) =>
        Assert.Null(MethodPageReader.Read("api-reference/x.md", text));

    [Fact]
    public void A_page_that_says_it_is_deprecated_or_lives_under_outdated_is_marked()
    {
        const string Text = "# Old thing demo.thing.get\n\n{% note warning %}\nThis method is deprecated.\n{% endnote %}\n";

        Assert.True(MethodPageReader.Read("api-reference/demo/a.md", Text)!.IsDeprecated);
        Assert.True(MethodPageReader.Read("api-reference/outdated/a.md", "# Thing demo.thing.get\n")!.IsDeprecated);
        Assert.True(MethodPageReader.Read("api-reference/tasks/deprecated/a.md", "# Thing demo.thing.get\n")!.IsDeprecated);
        Assert.False(MethodPageReader.Read("api-reference/demo/a.md", "# Thing demo.thing.get\n")!.IsDeprecated);
    }

    [Fact]
    public void A_page_without_level_2_headings_has_its_parameters_under_the_title()
    {
        var page = MethodPageReader.Read("api-reference/x.md",
            "# Deactivate with demo.phone.deactivate\n\nText.\n\n#|\n|| **Parameter** | **Description** ||\n|| **USER_ID**^*^\n[`integer`](x.md) | User identifier. ||\n|#\n")!;

        Assert.Equal([new DocField("USER_ID", true, "integer", "x.md", "User identifier.")], page.Parameters);
    }

    [Fact]
    public void A_table_under_the_title_is_not_a_parameter_table_when_the_page_has_sections()
    {
        var page = MethodPageReader.Read("api-reference/x.md",
            "# Get demo.thing.get\n\n#|\n|| **Name** | **Description** ||\n|| **X**\n`string` | Not a parameter. ||\n|#\n\n## Response\n\nText.\n")!;

        Assert.Empty(page.Parameters);
    }
}
