using System.Text.Json;
using B24Gen.Importer.Examples;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

/// <summary>Each rule on the forms the docs use (data-types.md and the pages' tables), with and without an example.</summary>
public class TypeRulesTests
{
    private static TypeDecision Decide(string name, string type, string description = "", string? example = null) =>
        TypeRules.Decide(new DocField(name, false, type, null, description), example is null ? null : JsonDocument.Parse(example).RootElement.Clone());

    [Theory]
    [InlineData("NAME", "string", "string", "doc-type")]
    [InlineData("NOTES", "text", "string", "doc-type")]
    [InlineData("COUNT", "integer", "int", "doc-type")]
    [InlineData("PRICE", "double", "double", "doc-type")]
    [InlineData("DAY", "date", "date", "doc-type")]
    [InlineData("WHEN", "datetime", "datetime", "doc-type")]
    [InlineData("AT", "timestamp", "timestamp", "doc-type")]
    [InlineData("STATE", "enum", "string", "doc-type")]
    [InlineData("ACTIVE", "boolean", "bool", "doc-type")]
    [InlineData("SHOW_FILTER", "char", "string", "doc-type")]
    [InlineData("DATE_TS", "integer", "timestamp", "ts-suffix")]
    [InlineData("ASSIGNED", "user.id", "int", "reference-id")]
    [InlineData("PRODUCT", "catalog_product.id", "int", "reference-id")]
    [InlineData("TAGS", "string[]", "string[]", "compound")]
    [InlineData("IDS", "integer[]", "int[]", "compound")]
    [InlineData("TITLE", "string | null", "string?", "compound")]
    [InlineData("VALUE", "integer | string", "int | string", "compound")]
    [InlineData("VALUE", "integer | object", "any", "compound")]
    [InlineData("VALUE", "string | integer | boolean", "any", "compound")]
    [InlineData("updatedBy", "integer | string | null", "int?", "compound")]
    [InlineData("DATA", "object", "any", "unknown")]
    [InlineData("FILE", "file", "any", "unknown")]
    [InlineData("STATUS", "crm_status", "any", "unknown")]
    [InlineData("MYSTERY", "", "any", "unknown")]
    public void A_type_word_alone(string name, string type, string expected, string rule) =>
        Assert.Equal(new TypeDecision(expected, rule), Decide(name, type));

    [Theory]
    [InlineData("ACTIVE", "boolean", "Whether it is active: `Y` or `N`", "yn")]
    [InlineData("MULTIPLE", "char", "Possible values: Y/N", "yn")]
    [InlineData("SHOW_FILTER", "char", "Possible values: `N`, `I`, `E`, `S`", "string")] // N among other letters is no flag
    public void Yes_no_flags_are_told_by_their_description(string name, string type, string description, string expected) =>
        Assert.Equal(expected, Decide(name, type, description).Expression);

    [Theory]
    [InlineData("ACTIVE", "boolean", "\"Y\"", "yn", "yn-values")]
    [InlineData("ACTIVE", "boolean", "true", "bool", "doc-type")]
    [InlineData("ID", "string", "\"190\"", "int", "id-like")]
    [InlineData("OWNER_ID", "string", "\"1\"", "int", "id-like")]
    [InlineData("ownerId", "string", "\"1\"", "int", "id-like")]
    [InlineData("CREATED_BY", "string", "\"1\"", "int", "id-like")]
    [InlineData("createdBy", "string", "\"7\"", "int", "id-like")]
    [InlineData("CODE_ID", "string", "\"A1\"", "string", "doc-type")]
    [InlineData("NAME", "string", "\"190\"", "string", "doc-type")]
    [InlineData("STATUS", "crm_status", "\"NEW\"", "string", "example")]
    [InlineData("RESPONSIBLE", "user", "\"12\"", "int", "example")]
    [InlineData("ITEMS", "array", "[1, 2]", "int[]", "example")]
    [InlineData("ITEMS", "array", "[1, \"a\"]", "any[]", "example")]
    [InlineData("ITEMS", "array", "[]", "any[]", "example")]
    [InlineData("DATA", "object", "{\"a\": 1}", "any", "unknown")]
    [InlineData("RATE", "any", "1.5", "double", "example")]
    [InlineData("GAPI_CALENDAR_ID", "string", "null", "string?", "nullable-example")]
    [InlineData("TITLE", "string | null", "null", "string?", "compound")]
    [InlineData("DATA", "object", "null", "any", "unknown")]
    public void An_example_value_decides_what_the_word_leaves_open(string name, string type, string example, string expected, string rule) =>
        Assert.Equal(new TypeDecision(expected, rule), Decide(name, type, example: example));

    [Theory]
    [InlineData("Deleted flag: `Y` — deleted, `N` — not.", null, "yn")]
    [InlineData("Possible values: `Y`, `N`.", "\"N\"", "yn")]
    [InlineData("Values: `Y` — yes, `N` — no, `D` — deferred.", null, "string")] // a third value
    [InlineData("`Y` or `N`.", "\"yes\"", "string")] // the example says otherwise
    [InlineData("Any text, Y or N in prose only.", null, "string")]
    public void A_string_whose_documented_values_are_exactly_Y_and_N_is_a_flag(string description, string? example, string expected) =>
        Assert.Equal(expected, Decide("DELETED", "string", description, example).Expression);

    [Fact]
    public void A_list_word_types_its_items_from_the_first_example_item() =>
        Assert.Equal("int[]", Decide("USERS", "user[]", example: "[\"1\", \"2\"]").Expression);

    [Fact]
    public void Example_values_are_found_by_name_first_in_document_order()
    {
        var values = ExampleValues.ByName(JsonDocument.Parse("""[{"ID": "1", "EXPORT": {"ALLOW": true}}, {"ID": "2", "NEW": null}]""").RootElement);

        Assert.Equal("1", values["ID"].GetString());
        Assert.True(values["ALLOW"].GetBoolean());
        Assert.Equal(JsonValueKind.Object, values["EXPORT"].ValueKind);
        Assert.Equal(JsonValueKind.Null, values["NEW"].ValueKind);
        Assert.False(values.ContainsKey("result"));
    }

    private static TypeDecision DecideAll(string name, string type, params string[] examples) =>
        TypeRules.Decide(new DocField(name, false, type, null, string.Empty), [.. examples.Select(e => JsonDocument.Parse(e).RootElement.Clone())]);

    [Theory]
    [InlineData("THOUSANDS_SEP", "string", "string?", "nullable-example", "\" \"", "null")] // crm.currency.list: the second item has null
    [InlineData("BIRTHDATE", "date", "date?", "empty-string-example", "\"\"")] // crm.lead.get
    [InlineData("LIMIT_REPEAT", "integer", "int?", "nullable-example", "5", "null")]
    [InlineData("idle", "datetime", "datetime | bool", "false-example", "\"2024-01-01T00:00:00+00:00\"", "false")] // im.user.get
    [InlineData("price", "integer", "double", "example-widens", "100", "100.5")] // catalog.price.list
    [InlineData("RQ_ACC_NUM", "", "string", "example", "\"40702810938000060473\"")] // too long for a long: text
    [InlineData("CODE", "integer", "string", "example-widens", "\"A\"")] // catalog_enum.id documented int, example "A"
    [InlineData("ID", "integer", "any", "example-contradicts", "{\"type\": \"integer\"}")] // a *.fields method's field description
    [InlineData("ID", "string", "int?", "nullable-example", "null", "\"5\"")] // the first value that is not null types the field; the null makes it nullable
    public void Every_example_value_widens_the_type_it_does_not_fit(string name, string type, string expected, string rule, params string[] examples) =>
        Assert.Equal(new TypeDecision(expected, rule), DecideAll(name, type, examples));
}
