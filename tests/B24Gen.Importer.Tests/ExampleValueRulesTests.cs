using B24Gen.Importer.Import;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

/// <summary>
/// What a description or an example value says about a field's type: null given as a value, external IDs shown as
/// digits, PHP's [] for an object, a list where the word says text, alternatives in one type cell, a field of another object.
/// </summary>
public class ExampleValueRulesTests
{
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

    [Theory]
    [InlineData("Possible values: `Y`, `N`", "yn")]
    [InlineData("Display mode in the filter. Possible values: `N`, `I`, `E`, `S`", "string")]
    public void A_char_is_a_flag_only_when_its_letters_are_y_and_n(string description, string expression) =>
        Assert.Equal(expression, TypeRules.Decide(new DocField("showFilter", false, "char", null, description), System.Text.Json.JsonDocument.Parse("\"N\"").RootElement).Expression);

    [Fact]
    public void A_custom_fields_default_value_is_raw_json()
    {
        // Text for a string field, {"TYPE": "NOW", "VALUE": ""} for a date field.
        var decision = TypeRules.Decide(new DocField("DEFAULT_VALUE", false, "string", null, "Default value"), System.Text.Json.JsonDocument.Parse("\"a\"").RootElement);

        Assert.Equal(("any", "per-type-value"), (decision.Expression, decision.Rule));
    }
}
