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

    [Fact]
    public void Null_listed_applies_only_to_a_listed_value()
    {
        var listed = TypeRules.Decide(new DocField("type", false, "integer", null, "Possible values: - `1` — set - `2` — service - `null` — any other"));
        var mentioned = TypeRules.Decide(new DocField("type", false, "integer", null, "Pass `null` to reset it"));

        Assert.Equal(("int?", "null-listed"), (listed.Expression, listed.Rule));
        Assert.Equal(("int", "doc-type"), (mentioned.Expression, mentioned.Rule));
    }
}
