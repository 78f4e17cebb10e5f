using System.Text.Json;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>Fields the schema does not describe (portal-specific UF_*) are kept, JSON intact, on every object type.</summary>
public sealed class AdditionalFieldsTests : EmulatorTest
{
    [Fact]
    public async Task Unknown_section_fields_land_in_AdditionalFields_with_their_JSON_intact()
    {
        var response = TestJson.SectionGetResponse();
        var section = TestJson.Section(response, 0);
        section["UF_CRM_CAL_SECTION"] = new System.Text.Json.Nodes.JsonArray("C_1");
        section["UF_X"] = null;
        Serve(200, response.ToJsonString());

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        var fields = sections[0].AdditionalFields;
        Assert.Equal(2, fields.Count);
        Assert.Equal(JsonValueKind.Array, fields["UF_CRM_CAL_SECTION"].ValueKind);
        Assert.Equal("""["C_1"]""", fields["UF_CRM_CAL_SECTION"].GetRawText());
        Assert.Equal("C_1", fields["UF_CRM_CAL_SECTION"][0].GetString());
        Assert.Equal(JsonValueKind.Null, fields["UF_X"].ValueKind);
        Assert.Empty(sections[1].AdditionalFields);
        // The known fields are still read and not duplicated into AdditionalFields.
        Assert.Equal(190L, sections[0].Id);
        Assert.Equal(17L, sections[0].Access["D114"]);
        Assert.DoesNotContain("ID", fields.Keys);
    }

    [Fact]
    public async Task Unknown_fields_of_nested_objects_are_kept_on_those_objects()
    {
        var response = TestJson.SectionGetResponse();
        var section = TestJson.Section(response, 0);
        section["PERM"]!["view_private"] = "Y";
        section["EXPORT"]!["LINK"] = "https://example.bitrix24.com/calendar/export.ics";
        Serve(200, response.ToJsonString());

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        var perm = sections[0].Perm;
        Assert.True(perm.ViewTime);
        Assert.True(perm.Access);
        Assert.Equal("\"Y\"", Assert.Single(perm.AdditionalFields, pair => pair.Key == "view_private").Value.GetRawText());
        Assert.Single(perm.AdditionalFields);
        Assert.Equal("https://example.bitrix24.com/calendar/export.ics", sections[0].Export.AdditionalFields["LINK"].GetString());
        Assert.True(sections[0].Export.Allow);
        Assert.Empty(sections[0].AdditionalFields);
    }

    [Fact]
    public async Task Raw_text_of_nested_values_numbers_and_escapes_is_kept_exactly()
    {
        Serve(200, """
            {"result": [{"ID": "190", "UF_OBJ": {"a": [1, {"b": null}], "c": 1.50}, "UF_NUM": 12345678901234567890,
                         "UF_\u00e9\"q": "caf\u00e9", "UF_EMPTY": [], "UF_FALSE": false}]}
            """);

        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        var fields = Assert.Single(sections).AdditionalFields;
        Assert.Equal("""{"a": [1, {"b": null}], "c": 1.50}""", fields["UF_OBJ"].GetRawText());
        Assert.Equal("12345678901234567890", fields["UF_NUM"].GetRawText());
        Assert.Equal("café", fields["UF_é\"q"].GetString());
        Assert.Equal("[]", fields["UF_EMPTY"].GetRawText());
        Assert.Equal(JsonValueKind.False, fields["UF_FALSE"].ValueKind);
        Assert.Equal(5, fields.Count);
    }

    [Fact]
    public async Task Unknown_user_settings_fields_are_kept_at_every_level()
    {
        var response = TestJson.SettingsGetResponse();
        var result = response["result"]!.AsObject();
        result["newSetting"] = new System.Text.Json.Nodes.JsonObject { ["x"] = 1 };
        result["defaultReminders"]!["allDayDefault"] = true;
        result["defaultReminders"]!["fullDay"]![0]!["id"] = "r1";
        Serve(200, response.ToJsonString(), method: SettingsGet);

        var settings = await Api.Calendar.User.Settings.GetAsync();

        Assert.Equal("""{"x":1}""", Assert.Single(settings.AdditionalFields).Value.GetRawText());
        Assert.Equal(JsonValueKind.True, settings.DefaultReminders.AdditionalFields["allDayDefault"].ValueKind);
        Assert.Equal("r1", settings.DefaultReminders.FullDay[0].AdditionalFields["id"].GetString());
        Assert.Equal(15L, settings.DefaultReminders.FullDay[0].Count);
        Assert.Empty(settings.DefaultReminders.WithTime[0].AdditionalFields);
    }

    [Fact]
    public async Task Additional_fields_outlive_the_response()
    {
        Serve(200, """{"result": [{"ID": "1", "UF_A": {"deep": ["x"]}}]}""");
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        // Another call must not invalidate the kept JsonElement (it must not point into a reused buffer).
        await Api.Calendar.Section.GetAsync(UserOneSections);
        await Api.Calendar.User.Settings.GetAsync();

        Assert.Equal("x", sections[0].AdditionalFields["UF_A"].GetProperty("deep")[0].GetString());
    }
}
