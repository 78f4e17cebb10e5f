using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>Generated types serialize with System.Text.Json through their [JsonConverter] and read back equal.</summary>
public sealed class JsonConverterRoundTripTests : EmulatorTest
{
    private static readonly JsonSerializerOptions s_options = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Fact]
    public async Task Sections_round_trip_with_every_field_and_additional_fields()
    {
        var response = TestJson.SectionGetResponse();
        TestJson.Section(response, 0)["UF_CRM_CAL_SECTION"] = new System.Text.Json.Nodes.JsonArray("C_1");
        TestJson.Section(response, 0)["PERM"]!["view_private"] = "Y";
        Serve(200, response.ToJsonString());
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        foreach (var section in sections)
        {
            var json = JsonSerializer.Serialize(section, s_options);
            var copy = JsonSerializer.Deserialize<CalendarSection>(json, s_options)!;

            AssertSameSection(section, copy);
        }

        var first = JsonSerializer.Deserialize<CalendarSection>(JsonSerializer.Serialize(sections[0], s_options), s_options)!;
        Assert.Equal("""["C_1"]""", first.AdditionalFields["UF_CRM_CAL_SECTION"].GetRawText());
        Assert.Equal("\"Y\"", first.Perm.AdditionalFields["view_private"].GetRawText());
    }

    [Fact]
    public async Task A_section_is_written_in_the_portals_field_names()
    {
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(sections[0], s_options));

        var root = json.RootElement;
        Assert.Equal(190, root.GetProperty("ID").GetInt64());
        Assert.Equal("New Section", root.GetProperty("NAME").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("GAPI_CALENDAR_ID").ValueKind);
        Assert.Equal("user", root.GetProperty("CAL_TYPE").GetString());
        Assert.Equal("2024-12-10 06:36:00", root.GetProperty("DATE_CREATE").GetString());
        Assert.Equal(17, root.GetProperty("ACCESS").GetProperty("D114").GetInt64());
        Assert.True(root.GetProperty("EXPORT").GetProperty("ALLOW").GetBoolean());
        Assert.True(root.GetProperty("PERM").GetProperty("edit_section").GetBoolean());
    }

    [Fact]
    public async Task A_list_of_sections_round_trips()
    {
        var sections = await Api.Calendar.Section.GetAsync(UserOneSections);

        var copy = JsonSerializer.Deserialize<List<CalendarSection>>(JsonSerializer.Serialize(sections, s_options), s_options)!;

        Assert.Equal(sections.Count, copy.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            AssertSameSection(sections[i], copy[i]);
        }
    }

    [Fact]
    public async Task User_settings_round_trip()
    {
        var settings = await Api.Calendar.User.Settings.GetAsync();

        var json = JsonSerializer.Serialize(settings, s_options);
        var copy = JsonSerializer.Deserialize<CalendarUserSettings>(json, s_options)!;

        using var document = JsonDocument.Parse(json);
        Assert.Equal("N", document.RootElement.GetProperty("collapseOffHours").GetString()); // yn is written as "Y"/"N"
        Assert.True(document.RootElement.GetProperty("showDeclined").GetBoolean());
        Assert.Equal(settings.View, copy.View);
        Assert.Equal(settings.MeetSection, copy.MeetSection);
        Assert.Equal(settings.CrmSection, copy.CrmSection);
        Assert.Equal(settings.ShowDeclined, copy.ShowDeclined);
        Assert.Equal(settings.DenyBusyInvitation, copy.DenyBusyInvitation);
        Assert.Equal(settings.CollapseOffHours, copy.CollapseOffHours);
        Assert.Equal(settings.ShowWeekNumbers, copy.ShowWeekNumbers);
        Assert.Equal(settings.ShowTasks, copy.ShowTasks);
        Assert.Equal(settings.SyncTasks, copy.SyncTasks);
        Assert.Equal(settings.ShowCompletedTasks, copy.ShowCompletedTasks);
        Assert.Equal(settings.LastUsedSection, copy.LastUsedSection);
        Assert.Equal(settings.SendFromEmail, copy.SendFromEmail);
        Assert.Equal(settings.DefaultSections.OrderBy(pair => pair.Key), copy.DefaultSections.OrderBy(pair => pair.Key));
        Assert.Equal(settings.SyncPeriodPast, copy.SyncPeriodPast);
        Assert.Equal(settings.SyncPeriodFuture, copy.SyncPeriodFuture);
        Assert.Equal(settings.DefaultReminders.FullDay.Select(r => (r.Type, r.Count)), copy.DefaultReminders.FullDay.Select(r => (r.Type, r.Count)));
        Assert.Equal(settings.DefaultReminders.WithTime.Select(r => (r.Type, r.Count)), copy.DefaultReminders.WithTime.Select(r => (r.Type, r.Count)));
        Assert.Equal(settings.TimezoneName, copy.TimezoneName);
        Assert.Equal(settings.TimezoneOffsetUTC, copy.TimezoneOffsetUTC);
        Assert.Equal(settings.TimezoneDefaultName, copy.TimezoneDefaultName);
        Assert.Equal(settings.WorkTimeStart, copy.WorkTimeStart);
        Assert.Equal(settings.WorkTimeEnd, copy.WorkTimeEnd);
    }

    [Fact]
    public void Requests_serialize_to_the_wire_body_and_a_missing_required_parameter_fails_to_read()
    {
        var request = new CalendarSectionGetRequest { Type = CalendarType.Group, OwnerId = 6 };

        var json = JsonSerializer.Serialize(request, s_options);
        var copy = JsonSerializer.Deserialize<CalendarSectionGetRequest>(json, s_options)!;

        Assert.Equal("""{"type":"group","ownerId":6}""", json);
        Assert.Equal(CalendarType.Group, copy.Type);
        Assert.Equal(6L, copy.OwnerId);
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<CalendarSectionGetRequest>("""{"ownerId":6}""", s_options));
        Assert.Contains("'type'", error.Message);
    }

    [Fact]
    public void Open_enums_serialize_as_their_wire_value()
    {
        Assert.Equal("\"company_calendar\"", JsonSerializer.Serialize(CalendarType.CompanyCalendar, s_options));
        Assert.Equal("\"min\"", JsonSerializer.Serialize(CalendarReminderUnit.Minute, s_options));
        Assert.Equal(CalendarView.Month, JsonSerializer.Deserialize<CalendarView>("\"month\"", s_options));
        Assert.Equal("custom", JsonSerializer.Deserialize<CalendarType>("\"custom\"", s_options).ToString());
    }

    [Fact]
    public void Lenient_reading_applies_through_the_converter_too()
    {
        var section = JsonSerializer.Deserialize<CalendarSection>("""{"ID": "42", "ACCESS": [], "IS_COLLAB": "Y", "UF_Z": 1}""", s_options)!;

        Assert.Equal(42L, section.Id);
        Assert.Empty(section.Access);
        Assert.True(section.IsCollab);
        Assert.Equal("1", section.AdditionalFields["UF_Z"].GetRawText());
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<CalendarSection>("""{"ID": "abc"}""", s_options));
        Assert.Contains("$.ID", error.Message);
    }

    private static void AssertSameSection(CalendarSection expected, CalendarSection actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.GapiCalendarId, actual.GapiCalendarId);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Color, actual.Color);
        Assert.Equal(expected.TextColor, actual.TextColor);
        Assert.Equal(expected.Export.Allow, actual.Export.Allow);
        Assert.Equal(expected.CalType, actual.CalType);
        Assert.Equal(expected.CalType.ToString(), actual.CalType.ToString());
        Assert.Equal(expected.OwnerId, actual.OwnerId);
        Assert.Equal(expected.CreatedBy, actual.CreatedBy);
        Assert.Equal(expected.DateCreate, actual.DateCreate);
        Assert.Equal(expected.DateCreate?.Value, actual.DateCreate?.Value);
        Assert.Equal(expected.TimestampX, actual.TimestampX);
        Assert.Equal(expected.TimestampX?.Value, actual.TimestampX?.Value);
        Assert.Equal(expected.CalDavCon, actual.CalDavCon);
        Assert.Equal(expected.SyncToken, actual.SyncToken);
        Assert.Equal(expected.PageToken, actual.PageToken);
        Assert.Equal(expected.ExternalType, actual.ExternalType);
        Assert.Equal(expected.Access.OrderBy(pair => pair.Key), actual.Access.OrderBy(pair => pair.Key));
        Assert.Equal(expected.IsCollab, actual.IsCollab);
        Assert.Equal(expected.Perm.ViewTime, actual.Perm.ViewTime);
        Assert.Equal(expected.Perm.ViewTitle, actual.Perm.ViewTitle);
        Assert.Equal(expected.Perm.ViewFull, actual.Perm.ViewFull);
        Assert.Equal(expected.Perm.Add, actual.Perm.Add);
        Assert.Equal(expected.Perm.Edit, actual.Perm.Edit);
        Assert.Equal(expected.Perm.EditSection, actual.Perm.EditSection);
        Assert.Equal(expected.Perm.Access, actual.Perm.Access);
        Assert.Equal(RawFields(expected.AdditionalFields), RawFields(actual.AdditionalFields));
        Assert.Equal(RawFields(expected.Perm.AdditionalFields), RawFields(actual.Perm.AdditionalFields));
        Assert.Equal(RawFields(expected.Export.AdditionalFields), RawFields(actual.Export.AdditionalFields));
    }

    private static IEnumerable<(string, string)> RawFields(IReadOnlyDictionary<string, JsonElement> fields) =>
        fields.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value.GetRawText()));
}
