using B24Gen.Importer.Docs;
using B24Gen.Importer.Import;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Tests;

/// <summary>Object tables on other pages: a linked page's anchor, and a data-types page's heading named by the type word.</summary>
public class LinkedTablesTests
{
    private const string Table = "#|\n|| **Name**\n`type` | **Description** ||\n";

    [Fact]
    public void A_result_linked_to_another_pages_table_is_typed_from_that_table()
    {
        using var docs = new TempFolder();
        docs.Write("api-reference/demo/things/demo-thing-get.md", "# Get demo.thing.get\n\n## Response\n\n### Thing {#thing}\n\n" + Table
            + "|| **ID**\n[`integer`](x.md) | ID ||\n|| **OPPORTUNITY**\n[`double`](x.md) | Amount ||\n|| **OWNER**\n[`demo_owner`](../data-types.md) | Owner ||\n|#\n");
        docs.Write("api-reference/demo/data-types.md", "# Demo types\n\n### demo_owner\n\n" + Table + "|| **NAME**\n[`string`](x.md) | Name ||\n|#\n");
        docs.Write("api-reference/demo/things/demo-thing-list.md", "# List demo.thing.list\n\n## Response\n\n" + Table
            + "|| **result**\n[`thing[]`](demo-thing-get.md#thing) | The things ||\n|#\n\n```json\n{\"result\": [{\"ID\": 1}], \"total\": 1}\n```\n");
        var folder = new DocsFolder(docs.Path);
        const string Path = "api-reference/demo/things/demo-thing-list.md";

        var page = LinkedTables.Resolve(MethodPageReader.Read(Path, folder.Read(Path))!, folder);
        var method = MethodImporter.Import(page);

        Assert.Equal("DemoThingListItem[]", method.Result!.Type);
        var item = method.Types.Single(t => t.Name == "DemoThingListItem");
        Assert.Equal([("ID", "int"), ("OPPORTUNITY", "double"), ("OWNER", "DemoThingListItemOwner")], item.Fields.Select(f => (f.WireName, f.Type)));
        Assert.Equal([("NAME", "string")], method.Types.Single(t => t.Name == "DemoThingListItemOwner").Fields.Select(f => (f.WireName, f.Type)));
    }

    [Fact]
    public void A_bare_anchor_inside_a_linked_table_is_a_heading_of_that_page_and_an_id_linked_to_an_object_is_the_id()
    {
        // sale_order's basketItems link #sale_basket_item on data-types.md; CURRENCY_ID links the currency object.
        using var docs = new TempFolder();
        docs.Write("api-reference/demo/data-types.md", "# Demo types\n\n### demo_order\n\n" + Table
            + "|| **items**\n[`demo_item[]`](#demo_item) | Items ||\n|| **CURRENCY_ID**\n[`demo_currency`](#demo_currency) | Currency ||\n|| **OWNER_ID**\n[`demo_owner`](#demo_owner) | Owner ||\n|#\n\n"
            + "### demo_item\n\n" + Table + "|| **price**\n[`double`](x.md) | Price ||\n|#\n\n"
            + "### demo_currency\n\n" + Table + "|| **AMOUNT**\n[`double`](x.md) | Rate ||\n|#\n\n"
            + "### demo_owner\n\n" + Table + "|| **NAME**\n[`string`](x.md) | Name ||\n|#\n");
        docs.Write("api-reference/demo/orders/demo-order-get.md", "# Get demo.order.get\n\n## Response\n\n" + Table
            + "|| **result**\n[`object`](../data-types.md) | Root ||\n|| **order**\n[`demo_order`](../data-types.md) | The order ||\n|#\n\n```json\n{\"result\": {\"order\": {\"items\": [{\"price\": 5}]}}}\n```\n");
        var folder = new DocsFolder(docs.Path);
        const string Path = "api-reference/demo/orders/demo-order-get.md";

        var method = MethodImporter.Import(LinkedTables.Resolve(MethodPageReader.Read(Path, folder.Read(Path))!, folder));

        var order = method.Types.Single(t => t.Fields.Any(f => f.WireName == "items"));
        var items = order.Fields.Single(f => f.WireName == "items");
        Assert.Equal(("double", "doc-type"), method.Types.Single(t => t.Name == items.Type.TrimEnd('[', ']')).Fields.Select(f => (f.Type, f.Rule)).Single());
        Assert.Equal(("string", "reference-id"), order.Fields.Single(f => f.WireName == "CURRENCY_ID") is var c ? (c.Type, c.Rule) : default);
        Assert.Equal(("int", "reference-id"), order.Fields.Single(f => f.WireName == "OWNER_ID") is var o ? (o.Type, o.Rule) : default);
    }

    [Fact]
    public void A_reference_to_an_object_whose_id_is_text_is_text()
    {
        // sale_status.id is a "Character identifier of the status" (DN); sale_order.id an integer.
        using var docs = new TempFolder();
        docs.Write("api-reference/demo/data-types.md", "# Demo types\n\n### demo_status\n\n" + Table + "|| **id**\n[`string`](x.md) | Character identifier ||\n|#\n\n"
            + "### demo_order\n\n" + Table + "|| **id**\n[`integer`](x.md) | ID ||\n|#\n");
        docs.Write("api-reference/demo/demo-shipment-get.md", "# Get demo.shipment.get\n\n## Response\n\n" + Table
            + "|| **statusId**\n[`demo_status.id`](data-types.md) | Status ||\n|| **orderId**\n[`demo_order.id`](data-types.md#demo_order) | Order ||\n|#\n");
        var folder = new DocsFolder(docs.Path);
        const string Path = "api-reference/demo/demo-shipment-get.md";

        var method = MethodImporter.Import(LinkedTables.Resolve(MethodPageReader.Read(Path, folder.Read(Path))!, folder));

        var result = method.Types.Single(t => t.Name == method.Result!.Type);
        Assert.Equal([("statusId", "string"), ("orderId", "int")], result.Fields.Select(f => (f.WireName, f.Type)));
    }

    [Fact]
    public void A_page_without_links_elsewhere_is_returned_as_it_is()
    {
        using var docs = new TempFolder();
        docs.Write("api-reference/demo/demo-x-get.md", "# Get demo.x.get\n\n## Response\n\n" + Table + "|| **result**\n[`integer`](../data-types.md) | X ||\n|#\n");
        var folder = new DocsFolder(docs.Path);
        var page = MethodPageReader.Read("api-reference/demo/demo-x-get.md", folder.Read("api-reference/demo/demo-x-get.md"))!;

        var resolved = LinkedTables.Resolve(page, folder);

        Assert.Equal(page.ResultFields, resolved.ResultFields);
        Assert.Empty(resolved.ResultObjects);
    }
}
