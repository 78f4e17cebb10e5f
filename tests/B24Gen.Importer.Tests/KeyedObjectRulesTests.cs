using B24Gen.Importer.Import;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

/// <summary>
/// The rules the fifth hand check called for, on real pages: objects whose keys are data (user IDs, language codes)
/// are maps even when a table describes their values, PHP's <c>[]</c> beside objects says nothing about the shape,
/// and <c>null</c> or <c>false</c> listed among a value's possible values widen its type.
/// </summary>
public class KeyedObjectRulesTests
{
    private const string ConfigGet = "api-reference/imopenlines/openlines/imopenlines-config-get.md";
    private const string LocalizationsSet = "api-reference/crm/currency/localizations/crm-currency-localizations-set.md";
    private const string PlacementGet = "api-reference/widgets/placement-get.md";

    [Fact]
    public void An_object_keyed_by_user_id_is_a_map_of_the_linked_tables_type()
    {
        // "The key of the object is the user ID, the value is the queue (detailed description)": the table is the value's.
        var method = MethodImporter.Import(Fixtures.Page(ConfigGet));
        var result = method.Types.Single(t => t.Name == method.Result!.Type.Split(" | ")[0]);

        var queue = result.Fields.Single(f => f.WireName == "QUEUE_FULL");
        Assert.Equal("map-described", queue.Rule);
        Assert.StartsWith("map<", queue.Type, StringComparison.Ordinal);
        var value = method.Types.Single(t => t.Name == queue.Type[4..^1]);
        Assert.Contains(value.Fields, f => f.WireName == "USER_ID");
        Assert.StartsWith("map<", result.Fields.Single(f => f.WireName == "QUEUE_USERS_FIELDS").Type, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_the_docs_say_may_be_false_is_a_union_with_bool()
    {
        // "- `object` — an object with open line settings - `false` — the line with the specified CONFIG_ID does not exist".
        var method = MethodImporter.Import(Fixtures.Page(ConfigGet));

        Assert.EndsWith(" | bool", method.Result!.Type, StringComparison.Ordinal);
        Assert.EndsWith("false-described", method.Result.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_among_the_listed_values_makes_the_field_nullable()
    {
        // "Possible values: - `string` — user name is set - `null` — user name is not set".
        var method = MethodImporter.Import(Fixtures.Page(ConfigGet));

        var names = method.Types.SelectMany(t => t.Fields).Where(f => f.WireName == "USER_NAME").ToList();
        Assert.NotEmpty(names);
        // The example shows null too (nullable-example); the rule alone is checked below.
        Assert.All(names, f => Assert.Equal("string?", f.Type));
    }

    [Fact]
    public void Numbered_languages_in_the_description_make_a_map()
    {
        // `{"lang_1": "value_1", ... "lang_N": "value_N"}`: the example's en and de are two of any number of languages.
        var method = MethodImporter.Import(Fixtures.Page(LocalizationsSet));

        var localizations = method.Params.Single(p => p.WireName == "localizations");
        Assert.StartsWith("map<", localizations.Type, StringComparison.Ordinal);
        Assert.DoesNotContain(method.Types.SelectMany(t => t.Fields), f => f.WireName is "en" or "de");
        Assert.Contains(method.Types.Single(t => t.Name == localizations.Type[4..^1]).Fields, f => f.WireName == "FULL_NAME");
    }

    [Fact]
    public void Language_codes_as_keys_make_a_map_and_an_empty_list_beside_objects_is_an_empty_object()
    {
        // placement.get's items: "langAll": {"de": {...}}; "options": [] in one item, {"extranet": "N", ...} in another.
        var method = MethodImporter.Import(Fixtures.Page(PlacementGet));
        var item = method.Types.Single(t => t.Name == method.Result!.Type.TrimEnd('[', ']'));

        var langAll = item.Fields.Single(f => f.WireName == "langAll");
        Assert.Equal("map-keys", langAll.Rule);
        Assert.StartsWith("map<", langAll.Type, StringComparison.Ordinal);
        var options = item.Fields.Single(f => f.WireName == "options");
        Assert.DoesNotContain("[]", options.Type, StringComparison.Ordinal);
        Assert.NotEqual("any", options.Type);
    }

    [Theory]
    [InlineData("XML_ID", "1245", "string", "external-id")]
    [InlineData("productXmlId", "1245", "string", "external-id")]
    [InlineData("PRODUCT_ID", "1245", "int", "example")]
    public void An_external_id_only_an_example_shows_stays_text(string name, string example, string expression, string rule)
    {
        var decision = TypeRules.Decide(new DocField(name, false, string.Empty, null, string.Empty), System.Text.Json.JsonDocument.Parse($"\"{example}\"").RootElement);

        Assert.Equal((expression, rule), (decision.Expression, decision.Rule));
    }

    [Theory]
    [InlineData("Possible values: - `1` — set - `2` — service - `null` — any other", "int?", "null-described")]
    [InlineData("Parent task ID. It is `null` if there is no parent task", "int?", "null-described")]
    [InlineData("Bot data or `null`", "int?", "null-described")]
    [InlineData("Workday end. Is null when the day is open", "int?", "null-described")]
    [InlineData("The ID. Cannot be `null`", "int", "doc-type")]
    [InlineData("Argument 'ID' is null or empty", "int", "doc-type")]
    public void Null_given_as_a_value_in_the_description_makes_the_type_nullable(string description, string expression, string rule)
    {
        var decision = TypeRules.Decide(new DocField("PARENT_ID", false, "integer", null, description));

        Assert.Equal((expression, rule), (decision.Expression, decision.Rule));
    }

    [Theory]
    [InlineData("object", "[]", "map<any>", "empty-object-example")]
    [InlineData("string", "[1, 2]", "int[]", "example-list")]
    [InlineData("string", "[{\"a\": 1}]", "any", "example-contradicts")]
    public void Example_values_that_the_word_does_not_fit(string word, string example, string expression, string rule)
    {
        var decision = TypeRules.Decide(new DocField("x", false, word, null, string.Empty), System.Text.Json.JsonDocument.Parse(example).RootElement);

        Assert.Equal((expression, rule), (decision.Expression, decision.Rule));
    }

    [Fact]
    public void A_null_on_the_line_after_the_type_is_part_of_it()
    {
        // im.search.last.get's chat avatar: [`string`](..) and, on its own line, [`null`](..).
        var field = DocFieldReader.Field(["**avatar**\n[`string`](../../data-types.md) \n[`null`](../../data-types.md)", "Link to the chat avatar"]);

        Assert.Equal("string|null", field!.Type);
        Assert.Equal("string?", TypeRules.Decide(field).Expression);

        // im.message.update's KEYBOARD: [`object`](..) and, on its own line, [`string`](..): either, raw JSON.
        var keyboard = DocFieldReader.Field(["**KEYBOARD**\n[`object`](../../data-types.md)\n[`string`](../../data-types.md)", "Buttons"]);
        Assert.Equal(("object|string", "any"), (keyboard!.Type, TypeRules.Decide(keyboard, System.Text.Json.JsonDocument.Parse("\"N\"").RootElement).Expression));
    }
}

/// <summary>Results keyed by ID and values the description says may be <c>false</c>, on a page written for the test.</summary>
public class KeyedResultTests
{
    private const string Page = """
        # Find users demo.user.search

        ## Response Handling

        ```json
        {"result": {"103": {"id": 103, "name": "Ann", "phones": false}, "7": {"id": 7, "name": "Bob", "phones": {"work_phone": "1"}}}}
        ```

        ### Returned Data

        #|
        || **Name**
        `type` | **Description** ||
        || **result**
        [`object`](../data-types.md) | Found users. The key of each element equals the user identifier ||
        || **id**
        [`integer`](../data-types.md) | User ID ||
        || **name**
        [`string`](../data-types.md) | Name ||
        || **phones**
        [`object`](../data-types.md) | User's phones or `false` ||
        |#
        """;

    [Fact]
    public void A_result_keyed_by_id_is_a_map_of_the_tables_type_and_a_value_or_false_is_a_union()
    {
        var method = MethodImporter.Import(MethodPageReader.Read("api-reference/demo/demo-user-search.md", Page)!);

        Assert.Equal(("map<DemoUserSearchValue>", "result-table, map-described"), (method.Result!.Type, method.Result.Rule));
        var value = method.Types.Single(t => t.Name == "DemoUserSearchValue");
        Assert.Equal(["id", "name", "phones"], value.Fields.Select(f => f.WireName));
        var phones = value.Fields.Single(f => f.WireName == "phones");
        Assert.EndsWith(" | bool", phones.Type, StringComparison.Ordinal);
        Assert.EndsWith("false-described", phones.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_list_example_is_the_result_and_pages_with_start()
    {
        // tasks.api.scrum.epic.list's docs show [{...}, {...}] without the envelope, and document start.
        const string List = "# List demo.epic.list\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **start**\n[`integer`](x.md) | Offset ||\n|#\n\n"
            + "## Response Handling\n\n```json\n[{\"id\": 1, \"name\": \"epic\"}, {\"id\": 3, \"name\": \"epic2\"}]\n```\n\n### Returned Data\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **id**\n[`integer`](x.md) | ID ||\n|| **name**\n[`string`](x.md) | Name ||\n|#\n";

        var method = MethodImporter.Import(MethodPageReader.Read("api-reference/demo/demo-epic-list.md", List)!);

        Assert.Equal("DemoEpicListItem[]", method.Result!.Type);
        Assert.Equal("start", method.Paging);
    }

    [Fact]
    public void A_get_fields_example_that_elides_all_but_two_fields_is_a_map_of_field_descriptions()
    {
        const string GetFields = "# Fields demo.platform.getFields\n\n## Response Handling\n\n```json\n{\"result\": {\"platform\": {"
            + "\"code\": {\"type\": \"string\", \"isRequired\": true, \"isReadOnly\": false}, \"id\": {\"type\": \"integer\", \"isRequired\": false, \"isReadOnly\": true}}}}\n```\n";

        var method = MethodImporter.Import(MethodPageReader.Read("api-reference/demo/demo-platform-getfields.md", GetFields)!);

        var result = method.Types.Single(t => t.Name == method.Result!.Type);
        Assert.Equal(("platform", "map<DemoFieldDescription>", "field-descriptions"), result.Fields.Select(f => (f.WireName, f.Type, f.Rule)).Single());
    }

    [Fact]
    public void Result_fields_only_an_example_shows_are_nullable_and_amounts_are_not_integers()
    {
        // No table row for these: the example's values are all there is to go on.
        const string Get = "# Get demo.order.get\n\n## Response Handling\n\n```json\n{\"result\": {\"id\": 5, \"parentId\": 4, \"title\": \"A\", \"price\": 1500, \"quantity\": 2}}\n```\n";

        var method = MethodImporter.Import(MethodPageReader.Read("api-reference/demo/demo-order-get.md", Get)!);

        var result = method.Types.Single(t => t.Name == method.Result!.Type);
        Assert.Equal(
            [("id", "int"), ("parentId", "int?"), ("title", "string?"), ("price", "double?"), ("quantity", "double?")],
            result.Fields.Select(f => (f.WireName, f.Type)));
        Assert.All(result.Fields.Skip(1), f => Assert.Equal("example, example-only", f.Rule));
    }

    [Fact]
    public void The_tables_one_row_takes_the_name_of_the_one_object_every_example_wraps()
    {
        // sale.shipment.get's table says "property"; its example and its code read "shipment".
        const string Get = "# Get demo.shipment.get\n\n## Response Handling\n\n```json\n{\"result\": {\"shipment\": {\"id\": 5}}}\n```\n\n### Returned Data\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **result**\n[`object`](x.md) | Root ||\n|| **property**\n[`object`](x.md) | The shipment ||\n|#\n";

        var method = MethodImporter.Import(MethodPageReader.Read("api-reference/demo/demo-shipment-get.md", Get)!);

        Assert.Equal(["shipment"], method.Types.Single(t => t.Name == method.Result!.Type).Fields.Select(f => f.WireName));
    }

    [Theory]
    [InlineData("catalog_measure.code", "796", "int", "reference-field")]
    [InlineData("catalog_measure.code", null, "string", "reference-field")]
    [InlineData("sale_status.id", "\"N\"", "string", "reference-id")]
    public void A_field_of_another_object_is_that_fields_value(string word, string? example, string expression, string rule)
    {
        var field = new DocField("measureCode", false, word, null, string.Empty);
        var decision = example is null ? TypeRules.Decide(field) : TypeRules.Decide(field, System.Text.Json.JsonDocument.Parse(example).RootElement);

        Assert.Equal((expression, rule), (decision.Expression, decision.Rule));
    }

    [Fact]
    public void A_placeholder_row_is_no_parameter()
    {
        // entity.section.add documents custom fields as a row named UF_ (each one is its own parameter, UF_CODE).
        const string Add = "# Add demo.section.add\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **NAME**\n[`string`](x.md) | Name ||\n|| **UF_**\n[`any`](x.md) | Custom fields ||\n|#\n";

        var method = MethodImporter.Import(MethodPageReader.Read("api-reference/demo/demo-section-add.md", Add)!);

        Assert.Equal(["NAME"], method.Params.Select(p => p.WireName));
    }
}
