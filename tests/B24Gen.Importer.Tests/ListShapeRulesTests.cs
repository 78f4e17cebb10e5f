using System.Text.Json;
using B24Gen.Importer.Import;
using B24Gen.Importer.Overlay;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

/// <summary>
/// The rules a second hand check called for, on real pages: the example's spelling of a list key over the table's,
/// an example that left out <c>result</c>, paging over wrapped lists and by offset, maps the description tells of,
/// and the docs' unions with <c>lang_map</c> and <c>array</c>.
/// </summary>
public class ListShapeRulesTests
{
    private const string SectionList = "api-reference/catalog/section/catalog-section-list.md";
    private const string EmployeeList = "api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.md";
    private const string EntityUpdate = "api-reference/entity/entities/entity-update.md";
    private const string GetTypes = "api-reference/crm/universal/userfieldconfig/userfieldconfig-get-types.md";

    [Fact]
    public void A_list_the_table_names_in_the_singular_takes_the_examples_plural_and_pages_with_start()
    {
        // The table lists 'section'; the example (which also leaves out the envelope's 'result') and the page's code read 'sections'.
        var method = MethodImporter.Import(Fixtures.Page(SectionList));

        var result = method.Types.Single(t => t.Name == method.Result!.Type);
        var sections = Assert.Single(result.Fields);
        Assert.Equal("sections", sections.WireName);
        Assert.StartsWith("example-spelling, ", sections.Rule, StringComparison.Ordinal);
        Assert.EndsWith("[]", sections.Type, StringComparison.Ordinal);
        Assert.Contains(method.Types.Single(t => t.Name == sections.Type[..^2]).Fields, f => f is { WireName: "id", Type: "int" });
        Assert.Equal("{ mode: start, list: sections }", method.Paging);
        Assert.DoesNotContain(method.Params, p => p.WireName == "start");
    }

    [Fact]
    public void An_offset_parameter_pages_by_offset_and_stays_a_parameter()
    {
        var method = MethodImporter.Import(Fixtures.Page(EmployeeList));

        Assert.Equal("{ mode: offset, param: offset }", method.Paging);
        Assert.Contains(method.Params, p => p is { WireName: "offset", Type: "int" });
        Assert.Contains(method.Params, p => p is { WireName: "limit", Type: "int" });
    }

    [Fact]
    public void An_object_in_the_key_value_format_is_a_map_of_strings()
    {
        var method = MethodImporter.Import(Fixtures.Page(EntityUpdate));

        Assert.Equal(("map<string>", "map-described"), method.Params.Where(p => p.WireName == "ACCESS").Select(p => (p.Type, p.Rule)).Single());
    }

    [Fact]
    public void A_dictionary_where_the_key_is_an_identifier_is_a_map_of_its_values_type()
    {
        // The example's keys (string, rest_219_test...) are data: a fixed type of them would drop every other portal's types.
        var method = MethodImporter.Import(Fixtures.Page(GetTypes));

        var types = method.Types.Single(t => t.Name == method.Result!.Type).Fields.Single(f => f.WireName == "types");
        Assert.Equal(("map<UserfieldconfigGetTypesResultTypesValue>", "map-described"), (types.Type, types.Rule));
        Assert.Equal(["userTypeId", "description"], method.Types.Single(t => t.Name == "UserfieldconfigGetTypesResultTypesValue").Fields.Select(f => f.WireName));
    }

    [Theory]
    [InlineData("string|lang_map", null, "string | map<string?>", "compound")]
    [InlineData("lang_map", null, "map<string?>", "lang-map")]
    [InlineData("string|array", null, "string | any[]", "compound")]
    [InlineData("boolean", "false", "bool", "doc-type")]
    public void Docs_words_and_unions(string word, string? example, string expression, string rule)
    {
        IReadOnlyList<JsonElement> values = example is null ? [] : [JsonDocument.Parse(example).RootElement];

        var decision = TypeRules.Decide(new DocField("LABEL", false, word, null, string.Empty), values);

        Assert.Equal((expression, rule), (decision.Expression, decision.Rule));
    }

    [Theory]
    [InlineData("productXmlId", "string", "\"123\"", "string")]
    [InlineData("XML_ID", "string", "\"77\"", "string")]
    [InlineData("productId", "string", "\"123\"", "int")]
    [InlineData("phones", "object", "false", "any")]
    public void External_ids_stay_text_and_false_for_an_object_is_raw(string name, string word, string example, string expression) =>
        Assert.Equal(expression, TypeRules.Decide(new DocField(name, false, word, null, string.Empty), [JsonDocument.Parse(example).RootElement]).Expression);

    [Fact]
    public void A_flag_that_an_example_shows_as_text_is_text_or_false()
    {
        IReadOnlyList<JsonElement> values = [JsonDocument.Parse("false").RootElement, JsonDocument.Parse("\"405\"").RootElement];

        var decision = TypeRules.Decide(new DocField("repo_id", false, "", null, string.Empty), values);

        Assert.Equal(("string | bool", "false-example"), (decision.Expression, decision.Rule));
    }

    [Theory]
    [InlineData("section", "sections", true)]
    [InlineData("status", "statuses", true)]
    [InlineData("entry", "entries", true)]
    [InlineData("productRows", "productRow", true)]
    [InlineData("section", "section", false)]
    [InlineData("section", "sectionId", false)]
    public void Singular_and_plural_spellings(string a, string b, bool same) =>
        Assert.Equal(same, ExampleSpelling.IsOtherNumber(a, b));

    [Theory]
    [InlineData("confirmationDelay", "confirmationNotificationDelay", true)]
    [InlineData("confirmationRepetitionsInterval", "confirmationNotificationRepetitionsInterval", true)]
    [InlineData("DATE_CREATE", "DATE_OF_CREATE", true)]
    [InlineData("delay", "notificationDelay", false)] // a one-word name: any longer name would match
    [InlineData("reminderDelay", "reminderDelayMinutes", false)] // a word added at the end is another field
    [InlineData("reminderDelay", "isReminderDelay", false)] // and at the start
    [InlineData("reminderDelay", "reminderTwoMoreDelay", false)]
    [InlineData("items", "item", true)]
    public void Example_names_with_one_word_more_inside_or_another_number_are_the_same_field(string table, string example, bool same) =>
        Assert.Equal(same, ExampleSpelling.IsOtherSpelling(table, example));

    [Fact]
    public void Result_rows_the_example_names_with_one_word_more_take_the_examples_name()
    {
        IReadOnlyList<DocField> rows = [Row("id"), Row("confirmationDelay"), Row("reminderDelay")];
        var examples = new[] { JsonDocument.Parse("""{"id":1,"confirmationNotificationDelay":86400,"reminderNotificationDelay":-1}""").RootElement };

        var respelled = ExampleSpelling.Respell(ref rows, examples);

        Assert.Equal(["id", "confirmationNotificationDelay", "reminderNotificationDelay"], rows.Select(r => r.Name));
        Assert.Equal(["confirmationNotificationDelay", "reminderNotificationDelay"], respelled.Order());
    }

    [Fact]
    public void A_result_row_the_example_writes_in_another_case_takes_the_examples_spelling_and_no_longer_name()
    {
        // crm.orderentity.list: the table's OWNER_ID, OWNER_TYPE_ID; the example's ownerId, ownerTypeId (what the portal
        // sends). ownerTypeId is also OWNER_ID with one word more, but it is OWNER_TYPE_ID's own name.
        IReadOnlyList<DocField> rows = [Row("OWNER_ID"), Row("OWNER_TYPE_ID")];
        var examples = new[] { JsonDocument.Parse("""{"ownerId":1,"ownerTypeId":2}""").RootElement };

        var respelled = ExampleSpelling.Respell(ref rows, examples);

        Assert.Equal(["ownerId", "ownerTypeId"], rows.Select(r => r.Name));
        Assert.Equal(["ownerId", "ownerTypeId"], respelled.Order());
    }

    [Fact]
    public void Rows_an_example_leaves_out_are_written_in_camel_case_when_the_example_writes_the_others_so()
    {
        // crm.orderentity.list's example shows orderId and ownerId only; OWNER_TYPE_ID goes the same way.
        IReadOnlyList<DocField> rows = [Row("OWNER_ID"), Row("OWNER_TYPE_ID"), Row("ORDER_ID")];
        var examples = new[] { JsonDocument.Parse("""{"orderId":5125,"ownerId":6933}""").RootElement };

        ExampleSpelling.Respell(ref rows, examples);

        Assert.Equal(["ownerId", "ownerTypeId", "orderId"], rows.Select(r => r.Name));
    }

    [Fact]
    public void A_name_is_respelled_only_when_one_unclaimed_example_key_is_its_other_number()
    {
        IReadOnlyList<DocField> rows = [Row("item"), Row("total"), Row("status")];
        var examples = new[] { JsonDocument.Parse("""{"items":[],"total":1,"status":"x","statuses":[]}""").RootElement };

        var respelled = ExampleSpelling.Respell(ref rows, examples);

        Assert.Equal(["items", "total", "status"], rows.Select(r => r.Name));
        Assert.Equal(["items"], respelled);
    }

    [Theory]
    [InlineData("""[{"name":"start","type":"int"}]""", true, false, "Thing[]", "start")]
    [InlineData("""[{"name":"page","type":"int"}]""", false, false, "Thing[]", "{ mode: page, param: page }")]
    [InlineData("""[{"name":"OFFSET","type":"int"},{"name":"LIMIT","type":"int"}]""", false, false, "Page", "{ mode: offset, param: OFFSET, list: things }")]
    [InlineData("""[{"name":"OFFSET","type":"string"}]""", false, false, "Thing[]", "none")]
    [InlineData("[]", true, false, "Pages", "none")]
    [InlineData("[]", true, false, "int", "none")]
    // Only the code sends start (or the SDK's "returns a single page (max 50 records)"): a documented page parameter wins.
    [InlineData("[]", false, true, "Page", "{ mode: start, list: things }")]
    [InlineData("""[{"name":"page","type":"int"}]""", false, true, "Thing[]", "{ mode: page, param: page }")]
    [InlineData("[]", false, true, "int", "none")]
    public void Paging_from_the_parameters_and_the_results_shape(string parameters, bool documentsStart, bool examplesSendStart, string result, string paging)
    {
        var fields = JsonDocument.Parse(parameters).RootElement.EnumerateArray()
            .Select(p => new ImportedField(p.GetProperty("name").GetString()!, p.GetProperty("type").GetString()!, "doc-type", false, string.Empty)).ToList();
        IReadOnlyList<ImportedType> types =
        [
            new("Page", "A page.", false, [new("things", "Thing[]", "example", false, ""), new("total", "int", "example", false, "")]),
            new("Pages", "Two lists.", false, [new("things", "Thing[]", "example", false, ""), new("others", "Thing[]?", "example", false, "")]),
        ];

        var (actual, left) = PagingRule.Apply(documentsStart, examplesSendStart, fields, new ImportedResult(result, "example", string.Empty), types);

        Assert.Equal(paging, actual);
        Assert.Equal(actual == "start" ? fields.Count - 1 : fields.Count, left.Count);
    }

    [Fact]
    public void The_overlay_takes_paging_as_a_mapping_and_writes_it_as_flow_yaml()
    {
        var reading = OverlayReader.Read("im.yaml", """
            im.dialog.messages.get:
              reason: LAST_ID takes the smallest id of the messages received.
              docs: https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html
              paging:
                mode: cursor
                param: LAST_ID
                cursor: id
                list: messages
            """);

        Assert.Empty(reading.Problems);
        Assert.Equal("{ mode: cursor, param: LAST_ID, cursor: id, list: messages }", Assert.Single(reading.Entries).Paging);
    }

    [Fact]
    public void An_unknown_key_in_an_overlay_paging_mapping_is_a_problem()
    {
        var reading = OverlayReader.Read("im.yaml", """
            im.recent.list:
              reason: Offset paging.
              docs: https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html
              paging: { mode: offset, limit: LIMIT }
            """);

        Assert.Contains(reading.Problems, p => p.Contains("'paging:' is a word or a mapping of mode, list, param and cursor", StringComparison.Ordinal));
    }

    private static DocField Row(string name) => new(name, false, "string", null, string.Empty);
}

/// <summary>Request-side rules of the third hand check: the example's case, required fields the example leaves out, titled tables.</summary>
public class RequestShapeRulesTests
{
    [Fact]
    public void A_request_field_takes_the_examples_case()
    {
        IReadOnlyList<DocField> rows = [new("productid", true, "integer", null, ""), new("quantity", true, "double", null, ""), new("FILTER", false, "object", null, "")];
        var examples = new[] { JsonDocument.Parse("""{"productId":5,"filter":{}}""").RootElement };

        var respelled = ExampleSpelling.Respell(ref rows, examples, caseOnly: true);

        Assert.Equal(["productId", "quantity", "filter"], rows.Select(r => r.Name));
        Assert.Equal(["filter", "productId"], respelled.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void In_requests_a_plural_is_another_parameter()
    {
        IReadOnlyList<DocField> rows = [new("section", false, "string", null, "")];
        var examples = new[] { JsonDocument.Parse("""{"sections":[]}""").RootElement };

        Assert.Empty(ExampleSpelling.Respell(ref rows, examples, caseOnly: true));
        Assert.Equal("section", rows[0].Name);
    }

    [Theory]
    [InlineData("canmovetask", "read")]
    [InlineData("cancel", "write")]
    [InlineData("cancelList", "write")]
    public void A_check_that_answers_true_or_false_reads(string verb, string kind) =>
        Assert.Equal(kind, KindRule.Of("task.stages." + verb));

    [Theory]
    [InlineData("Symbolic identifier of the status", null, "string")]
    [InlineData("Identifier of the status", "\"N\"", "string")]
    [InlineData("Identifier of the status", "\"12\"", "int")]
    [InlineData("Identifier of the status", null, "int")]
    public void A_reference_id_is_text_when_the_docs_or_the_example_say_so(string description, string? example, string type)
    {
        IReadOnlyList<JsonElement> values = example is null ? [] : [JsonDocument.Parse(example).RootElement];

        Assert.Equal(type, TypeRules.Decide(new DocField("id", true, "sale_status.id", null, description), values).Expression);
    }

    [Theory]
    [InlineData("```json", true)]
    [InlineData("   ```", true)]
    [InlineData("Regular expression ```^\\d{4}$``` ||", false)]
    [InlineData("```^(0?[1-9])$``` ||", false)]
    public void Only_a_bare_fence_starts_a_code_block(string line, bool fence) =>
        Assert.Equal(fence, CodeBlocks.IsFence(line));
}

/// <summary>A table under a heading that names its parameter, and required marks the page's own example contradicts.</summary>
public class TitledTableTests
{
    private const string Page = """
        # Update a Thing demo.thing.update

        > Scope: [`demo`](x.md)

        ## Method Parameters

        #|
        || **Name**
        `type` | **Description** ||
        || **id***
        [`integer`](x.md) | The thing ||
        || **fields***
        [`object`](x.md) | Field values ||
        |#

        ### Parameter fields

        #|
        || **Name**
        `type` | **Description** ||
        || **CODE***
        [`string`](x.md) | Code ||
        || **SORT***
        [`integer`](x.md) | Sort ||
        |#

        ## Code Examples

        ```bash
        curl -X POST \
        -d '{"id":5,"fields":{"CODE":"a"}}' \
        https://x/rest/demo.thing.update
        ```

        ## Response Handling

        ```json
        {"result": true}
        ```
        """;

    [Fact]
    public void A_titled_table_types_its_parameter_and_a_required_field_the_example_leaves_out_is_optional()
    {
        var method = Fixtures.Imported("api-reference/demo/demo-thing-update.md", Page);

        var fields = method.Params.Single(p => p.WireName == "fields");
        var type = method.Types.Single(t => t.Name == fields.Type);
        Assert.Equal(("CODE", true, "doc-type"), type.Fields.Where(f => f.WireName == "CODE").Select(f => (f.WireName, f.Required, f.Rule)).Single());
        Assert.Equal(("SORT", false, "example-omits, doc-type"), type.Fields.Where(f => f.WireName == "SORT").Select(f => (f.WireName, f.Required, f.Rule)).Single());
    }

    [Fact]
    public void A_heading_with_an_anchor_names_its_parameter_in_any_case()
    {
        // crm.company.update: the row is FIELDS, the heading "### Parameter fields {#parameter-fields}".
        var page = Page.Replace("### Parameter fields", "### Parameter fields {#parameter-fields}", StringComparison.Ordinal)
            .Replace("**fields***", "**FIELDS***", StringComparison.Ordinal).Replace("\"fields\":", "\"FIELDS\":", StringComparison.Ordinal);

        var method = Fixtures.Imported("api-reference/demo/demo-thing-update.md", page);

        var fields = method.Params.Single(p => p.WireName == "FIELDS");
        Assert.Equal(["CODE", "SORT"], method.Types.Single(t => t.Name == fields.Type).Fields.Select(f => f.WireName));
    }
}

/// <summary>The fourth hand check's rules: tables without a header row, and questions that read.</summary>
public class HeaderlessTableTests
{
    [Fact]
    public void A_table_without_a_header_row_keeps_its_first_row_in_order()
    {
        var table = new DocTable(
            ["**TASKID***\n[`integer`](../data-types.md)", "Task identifier"],
            [["**ITEMID***\n[`integer`](../data-types.md)", "Item identifier"], ["**ACTIONID***\n[`integer`](../data-types.md)", "Action"]]);

        Assert.Equal(["TASKID", "ITEMID", "ACTIONID"], DocFieldReader.Read(table).Select(f => f.Name));
    }

    [Fact]
    public void A_header_row_is_not_a_field()
    {
        var table = new DocTable(["**Name**\n`type`", "**Description**"], [["**id***\n[`integer`](x.md)", "The ID"]]);

        Assert.Equal(["id"], DocFieldReader.Read(table).Select(f => f.Name));
    }

    [Theory]
    [InlineData("landing.role.isEnabled", "read")]
    [InlineData("task.elapseditem.isActionAllowed", "read")]
    [InlineData("server.time", "read")]
    [InlineData("catalog.product.download", "read")]
    [InlineData("im.chat.leave", "write")]
    [InlineData("crm.item.isolate", "write")]
    public void Questions_and_lookups_read(string method, string kind) =>
        Assert.Equal(kind, KindRule.Of(method));
}

/// <summary>Rule <c>enum-values</c>: a string whose possible values are listed is an open enum, when they can be one.</summary>
public class EnumRuleTests
{
    [Theory]
    [InlineData("Possible values:\n- `user` — user\n- `group` — group\n- `company_calendar` — company", null, "user,group,company_calendar")]
    [InlineData("Sort:\n- `asc` - ascending\n- `desc` - descending", "\"asc\"", "asc,desc")]
    [InlineData("Possible values:\n- `Y` — yes\n- `N` — no", null, null)]
    [InlineData("Possible values:\n- `0` — off\n- `1` — on", null, null)]
    [InlineData("Possible values:\n- `user` — user", null, null)]
    [InlineData("Possible values:\n- `asc` — up\n- `ASC` — up too", null, null)]
    [InlineData("Possible values:\n- `asc` — up\n- `desc` — down", "\"random\"", null)]
    [InlineData("Possible values:\n- `to string` — text\n- `other` — other", null, null)]
    [InlineData("Possible values:\n- `ToString` — text\n- `other` — other", null, null)]
    [InlineData("Possible values:\n- `string` — the name\n- `null` — none", null, null)]
    public void Listed_values_make_an_enum_only_when_they_can(string description, string? example, string? values)
    {
        IReadOnlyList<JsonElement> examples = example is null ? [] : [JsonDocument.Parse(example).RootElement];

        var found = EnumRule.Values(new DocField("x", false, "string", null, description), examples);

        Assert.Equal(values, found is null ? null : string.Join(",", found));
    }
}
