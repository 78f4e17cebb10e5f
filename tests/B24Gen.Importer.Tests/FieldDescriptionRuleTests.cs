using System.Text.Json;
using B24Gen.Importer.Import;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

public class FieldDescriptionRuleTests
{
    private const string Descriptions = """
        {"ID": {"type": "integer", "isRequired": false, "isReadOnly": true, "title": "ID"},
         "TITLE": {"type": "string", "isRequired": false, "isReadOnly": false, "title": "Title"},
         "TYPE_ID": {"type": "crm_status", "isRequired": false, "statusType": "DEAL_TYPE", "title": "Type"}}
        """;

    [Theory]
    [InlineData(Descriptions, true)]
    [InlineData("""{"ID": {"type": "integer"}, "TITLE": {"type": "string"}, "X": {"type": "string"}}""", false)] // no flag or title
    [InlineData("""{"ID": {"type": "integer", "title": "ID"}, "TITLE": {"type": "string", "title": "T"}}""", false)] // too few to tell
    [InlineData("""{"ID": 1, "TITLE": "a", "TYPE": "b"}""", false)]
    [InlineData("""[1, 2, 3]""", false)]
    public void A_map_of_field_descriptions_is_told_by_its_entries(string json, bool applies) =>
        Assert.Equal(applies, FieldDescriptionRule.Applies(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void A_fields_method_returns_the_scopes_shared_description_map()
    {
        var page = Page("crm.deal.fields", "{\"result\": " + Descriptions + "}");

        var method = MethodImporter.Import(page);

        Assert.Equal(new ImportedResult("map<CrmFieldDescription>", "field-descriptions", "The fields of crm.deal.fields's items, by name."), method.Result);
        Assert.Empty(method.Types);
        Assert.True(method.UsesFieldDescriptions);
    }

    [Fact]
    public void Descriptions_under_a_single_member_become_a_result_type_holding_the_map()
    {
        var method = MethodImporter.Import(Page("sale.order.getFields", "{\"result\": {\"order\": " + Descriptions + "}}"));

        Assert.Equal("SaleOrderGetFieldsResult", method.Result!.Type);
        var field = Assert.Single(Assert.Single(method.Types).Fields);
        Assert.Equal(("order", "map<SaleFieldDescription>"), (field.WireName, field.Type));
    }

    [Fact]
    public void The_shared_type_file_generates_a_type_named_for_the_scope()
    {
        var yaml = FieldDescriptionRule.TypesFile("crm", "5988ed1");

        Assert.Contains("\ntypes:\n  CrmFieldDescription:\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      isRequired: { type: bool,", yaml, StringComparison.Ordinal);
    }

    private static MethodPage Page(string method, string example) =>
        MethodPageReader.Read($"api-reference/{method.Split('.')[0]}/x.md", $"# Fields {method}\n\n> Scope: [`{method.Split('.')[0]}`](x.md)\n\n## Response Handling\n\n```json\n{example}\n```\n")!;
}
