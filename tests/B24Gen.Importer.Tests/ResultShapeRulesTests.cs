using B24Gen.Importer.Import;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

/// <summary>
/// The shape of a result on pages written for the test: a list shown without the envelope, field descriptions with the
/// rest elided, fields only an example shows, a one-row table's wrapper name, placeholder rows.
/// </summary>
public class ResultShapeRulesTests
{
    [Fact]
    public void A_bare_list_example_is_the_result_and_pages_with_start()
    {
        // tasks.api.scrum.epic.list's docs show [{...}, {...}] without the envelope, and document start.
        const string List = "# List demo.epic.list\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **start**\n[`integer`](x.md) | Offset ||\n|#\n\n"
            + "## Response Handling\n\n```json\n[{\"id\": 1, \"name\": \"epic\"}, {\"id\": 3, \"name\": \"epic2\"}]\n```\n\n### Returned Data\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **id**\n[`integer`](x.md) | ID ||\n|| **name**\n[`string`](x.md) | Name ||\n|#\n";

        var method = Fixtures.Imported("api-reference/demo/demo-epic-list.md", List);

        Assert.Equal("DemoEpicListItem[]", method.Result!.Type);
        Assert.Equal("start", method.Paging);
    }

    [Fact]
    public void A_get_fields_example_that_elides_all_but_two_fields_is_a_map_of_field_descriptions()
    {
        const string GetFields = "# Fields demo.platform.getFields\n\n## Response Handling\n\n```json\n{\"result\": {\"platform\": {"
            + "\"code\": {\"type\": \"string\", \"isRequired\": true, \"isReadOnly\": false}, \"id\": {\"type\": \"integer\", \"isRequired\": false, \"isReadOnly\": true}}}}\n```\n";

        var method = Fixtures.Imported("api-reference/demo/demo-platform-getfields.md", GetFields);

        var result = method.Types.Single(t => t.Name == method.Result!.Type);
        Assert.Equal(("platform", "map<DemoFieldDescription>", "field-descriptions"), result.Fields.Select(f => (f.WireName, f.Type, f.Rule)).Single());
    }

    [Fact]
    public void Result_fields_only_an_example_shows_are_nullable_and_amounts_are_not_integers()
    {
        // No table row for these: the example's values are all there is to go on.
        const string Get = "# Get demo.order.get\n\n## Response Handling\n\n```json\n{\"result\": {\"id\": 5, \"parentId\": 4, \"title\": \"A\", \"price\": 1500, \"quantity\": 2}}\n```\n";

        var method = Fixtures.Imported("api-reference/demo/demo-order-get.md", Get);

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

        var method = Fixtures.Imported("api-reference/demo/demo-shipment-get.md", Get);

        Assert.Equal(["shipment"], method.Types.Single(t => t.Name == method.Result!.Type).Fields.Select(f => f.WireName));
    }

    [Fact]
    public void A_placeholder_row_is_no_parameter()
    {
        // entity.section.add documents custom fields as a row named UF_ (each one is its own parameter, UF_CODE).
        const string Add = "# Add demo.section.add\n\n## Method Parameters\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **NAME**\n[`string`](x.md) | Name ||\n|| **UF_**\n[`any`](x.md) | Custom fields ||\n|#\n";

        var method = Fixtures.Imported("api-reference/demo/demo-section-add.md", Add);

        Assert.Equal(["NAME"], method.Params.Select(p => p.WireName));
    }

    [Fact]
    public void A_member_the_pages_typescript_shape_declares_or_null_is_nullable()
    {
        // catalog.product.offer.add's code examples: "dateActiveFrom: ISODate | null", "previewPicture: {...} | null".
        const string Add = "# Add demo.offer.add\n\n## Code Examples\n\n```js\ntype OfferAddResult = {\n  offer: {\n    id: number\n    dateActiveFrom: ISODate | null\n    name: string\n  }\n}\n```\n\n"
            + "## Response Handling\n\n```json\n{\"result\": {\"offer\": {\"id\": 1, \"dateActiveFrom\": \"2024-05-01T10:00:00+03:00\", \"name\": \"A\"}}}\n```\n\n### Returned Data\n\n#|\n|| **Name**\n`type` | **Description** ||\n"
            + "|| **offer**\n[`object`](x.md) | The offer ||\n|| **id**\n[`integer`](x.md) | ID ||\n|| **dateActiveFrom**\n[`datetime`](x.md) | Active from ||\n|| **name**\n[`string`](x.md) | Name ||\n|#\n";

        var page = MethodPageReader.Read("api-reference/demo/demo-offer-add.md", Add)!;

        Assert.Equal(["dateActiveFrom"], page.NullableNames);
    }

    [Fact]
    public void Objects_keyed_by_code_are_maps_of_the_tables_type()
    {
        // documentgenerator.region.list: "List of regions, where the object's key is the code of the region".
        const string List = "# List demo.region.list\n\n## Response Handling\n\n```json\n{\"result\": {\"regions\": {\"de\": {\"code\": \"de\", \"title\": \"Germany\"}, \"kz\": {\"code\": \"kz\", \"title\": \"Kazakhstan\"}}}}\n```\n\n"
            + "### Returned Data\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **regions**\n[`object`](#region) | List of regions, where the object's key is the `code` of the region ||\n|#\n\n"
            + "### Region {#region}\n\n#|\n|| **Name**\n`type` | **Description** ||\n|| **code**\n[`string`](x.md) | Code ||\n|| **title**\n[`string`](x.md) | Title ||\n|#\n";

        var method = Fixtures.Imported("api-reference/demo/demo-region-list.md", List);

        var regions = method.Types.Single(t => t.Name == method.Result!.Type).Fields.Single();
        Assert.Equal(("map<DemoRegionListResultRegionsValue>", "map-described"), (regions.Type, regions.Rule));
        Assert.Equal(["code", "title"], method.Types.Single(t => t.Name == "DemoRegionListResultRegionsValue").Fields.Select(f => f.WireName));
    }

    [Fact]
    public void Labels_by_language_with_an_indonesian_key_are_a_map_and_request_codes_in_quotes_stay_text()
    {
        const string Update = "# Update demo.requisite.update\n\n## Code Examples\n\n```bash\ncurl -X POST -d '{\"id\": 5, \"fields\": {\"RQ_OKPO\": \"00715150\", \"PRESET_ID\": \"1\"}}' \\\n  https://x/rest/demo.requisite.update\n```\n\n"
            + "## Response Handling\n\n```json\n{\"result\": {\"LABEL\": {\"en\": \"Name\", \"id\": \"Nama\", \"de\": \"Name\"}}}\n```\n";

        var method = Fixtures.Imported("api-reference/demo/demo-requisite-update.md", Update);

        Assert.Equal("map<string>", method.Types.Single(t => t.Name == method.Result!.Type).Fields.Single(f => f.WireName == "LABEL").Type);
        var fields = method.Types.Single(t => t.IsInput).Fields.ToDictionary(f => f.WireName, f => f.Type);
        Assert.Equal(("string", "int"), (fields["RQ_OKPO"], fields["PRESET_ID"]));
    }

    [Fact]
    public void Digits_in_quotes_only_an_example_shows_are_text_unless_the_name_says_id_or_amount()
    {
        // task.elapseditem.getlist: "COMMENT_TEXT": "1" is a comment; "USER_ID": "1" an ID; "PRICE": "15" an amount.
        const string Get = "# Get demo.item.get\n\n## Response Handling\n\n```json\n{\"result\": {\"COMMENT_TEXT\": \"1\", \"USER_ID\": \"1\", \"PRICE\": \"15\"}}\n```\n";

        var method = Fixtures.Imported("api-reference/demo/demo-item-get.md", Get);

        Assert.Equal(["string?", "int?", "double?"], method.Types.Single(t => t.Name == method.Result!.Type).Fields.Select(f => f.Type));
    }
}
