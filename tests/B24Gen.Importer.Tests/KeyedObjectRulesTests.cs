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
    private const string SiteRefGet = "api-reference/landing/template/landing-template-get-site-ref.md";

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


    [Fact]
    public void A_table_of_one_placeholder_row_is_a_map_of_its_type_and_object_or_boolean_is_a_union()
    {
        // "Bindings ... in the format {"<AREA_ID>": <PAGE_ID>}", [`object`] \| [`boolean`], the linked table's one row
        // **<AREA_ID>** [`integer`]; examples {"1": 735, "2": 731} and true.
        var method = MethodImporter.Import(Fixtures.Page(SiteRefGet));

        Assert.Equal("map<int> | bool", method.Result!.Type);
        Assert.Equal("result-table, placeholder-key, type-union", method.Result.Rule);
    }

    [Fact]
    public void A_field_linking_to_a_placeholder_table_is_a_map_of_the_rows_type()
    {
        var method = Fixtures.Imported("api-reference/landing/site/landing-site-set-rights.md", """
            # Set permissions landing.site.setRights

            ## Method Parameters

            #|
            || **Name**
            `type` | **Description** ||
            || **id***
            [`integer`](../../data-types.md) | Site identifier ||
            || **rights**
            [`object`](#rights) | Permissions by access code (detailed description) ||
            |#

            ### Parameter rights {#rights}

            #|
            || **Name**
            `type` | **Description** ||
            || **<ACCESS_CODE>**
            [`string[]`](../../data-types.md) | Operations allowed to the access code ||
            |#

            ## Response Handling

            ```json
            {"result": true}
            ```
            """);

        var rights = method.Params.Single(p => p.WireName == "rights");
        Assert.Equal(("map<string[]>", "placeholder-key"), (rights.Type, rights.Rule));
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
        var method = Fixtures.Imported("api-reference/demo/demo-user-search.md", Page);

        Assert.Equal(("map<DemoUserSearchValue>", "result-table, map-described"), (method.Result!.Type, method.Result.Rule));
        var value = method.Types.Single(t => t.Name == "DemoUserSearchValue");
        Assert.Equal(["id", "name", "phones"], value.Fields.Select(f => f.WireName));
        var phones = value.Fields.Single(f => f.WireName == "phones");
        Assert.EndsWith(" | bool", phones.Type, StringComparison.Ordinal);
        Assert.EndsWith("false-described", phones.Rule, StringComparison.Ordinal);
    }
}
