using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.settings.get through the generated API: the docs' example, every field typed.</summary>
public sealed class CalendarSettingsGetTests : EmulatorTest
{
    private const string Method = "calendar.settings.get";

    [Fact]
    public async Task Every_field_of_the_docs_example_reads_typed()
    {
        CalendarSettings settings = await Api.Calendar.Settings.GetAsync();

        Assert.Equal(9.0, settings.WorkTimeStart); // "9"
        Assert.Equal(19.0, settings.WorkTimeEnd); // "19"
        Assert.Equal("1.01,2.01,7.01,23.02,8.03,1.05,9.05,12.06,4.11", settings.YearHolidays); // one packed string
        Assert.Equal("31.12", settings.YearWorkdays); // not in the docs' field table, but in the example
        Assert.Equal([CalendarWeekday.Saturday, CalendarWeekday.Sunday], settings.WeekHolidays); // a real array
        Assert.Equal(CalendarWeekday.Monday, settings.WeekStart);
        Assert.Equal("MO", settings.WeekStart.ToString());
        Assert.Equal("#NAME# #LAST_NAME#", settings.UserNameTemplate);
        Assert.False(settings.SyncByPush);
        Assert.True(settings.UserShowLogin);
        Assert.Equal("/company/personal/user/#user_id#/", settings.PathToUser);
        Assert.Equal("/company/personal/user/#user_id#/calendar/", settings.PathToUserCalendar);
        Assert.Equal("/workgroups/group/#group_id#/", settings.PathToGroup);
        Assert.Equal("/workgroups/group/#group_id#/calendar/", settings.PathToGroupCalendar);
        Assert.Equal("", settings.PathToVr);
        Assert.Equal("", settings.PathToRm);
        Assert.Equal("", settings.RmIblockType);
        Assert.Null(settings.RmIblockId); // ""
        Assert.True(settings.DepManagerSub);
        Assert.NotNull(settings.DeniedSuperposeTypes);
        Assert.Empty(settings.DeniedSuperposeTypes); // []
        Assert.Null(settings.PathesForSites); // documented boolean, sent as ""
        Assert.Equal(8L, settings.ForumId); // "8"
        Assert.True(settings.RmForSites);
        Assert.Equal("", settings.PathToTypeCompanyCalendar);
        Assert.Equal("", settings.PathToTypeLocation);
        Assert.Equal("", settings.PathToTypeOpenEvent);
        Assert.Empty(settings.AdditionalFields);
    }

    [Fact]
    public async Task The_emulator_answers_the_docs_result_verbatim()
    {
        var result = await CalendarSectionAssert.Raw(Client, Method);

        var docs = DocsFixtures.Parse(Method)["result"]!;
        CalendarSectionAssert.SameJson(docs.ToJsonString(), result.GetRawText());
        Assert.Equal("\"\"", result.GetProperty("pathes_for_sites").GetRawText());
        Assert.Equal("\"9\"", result.GetProperty("work_time_start").GetRawText());
    }

    [Fact]
    public async Task The_request_is_the_docs_empty_object_and_over_OAuth_only_auth()
    {
        await Api.Calendar.Settings.GetAsync();
        CalendarSectionAssert.SameJson("{}", Emulator.Requests[^1].Body); // the docs' webhook example: -d '{}'

        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        var response = await new B24Api(client).Calendar.Settings.GetWithResponseAsync();

        Assert.Equal(19.0, response.Value.WorkTimeEnd);
        Assert.Equal("/rest/calendar.settings.get", Emulator.Requests[^1].Path);
        // The docs' OAuth example with its placeholder filled in.
        CalendarSectionAssert.SameJson($$"""{"auth":"{{Emulator.AccessToken}}"}""", Emulator.Requests[^1].Body);
    }

    [Fact]
    public async Task Work_time_reads_the_same_as_9_here_and_as_9_00_in_the_user_settings()
    {
        // docs/portal-quirks.md #7: "9"/"19" in calendar.settings.get, "9.00"/"19.00" in calendar.user.settings.get.
        var portal = await Api.Calendar.Settings.GetAsync();
        var user = await Api.Calendar.User.Settings.GetAsync();

        Assert.Equal(portal.WorkTimeStart, user.WorkTimeStart);
        Assert.Equal(portal.WorkTimeEnd, user.WorkTimeEnd);
        Assert.Equal(9.0, user.WorkTimeStart);
    }

    [Fact]
    public async Task Other_spellings_of_the_loosely_typed_fields_read_too()
    {
        var response = DocsFixtures.Parse(Method).AsObject();
        var result = response["result"]!.AsObject();
        result["pathes_for_sites"] = true;
        result["rm_iblock_id"] = "14";
        result["forum_id"] = "";
        result["work_time_start"] = "8.30";
        result["sync_by_push"] = "Y";
        result["denied_superpose_types"] = new JsonArray("group", "custom_type");
        result["week_holidays"] = new JsonArray("FR");
        result["x_portal_specific"] = 5;
        Serve(200, response.ToJsonString(), method: Method);

        var settings = await Api.Calendar.Settings.GetAsync();

        Assert.True(settings.PathesForSites);
        Assert.Equal(14L, settings.RmIblockId);
        Assert.Null(settings.ForumId);
        Assert.Equal(8.3, settings.WorkTimeStart);
        Assert.True(settings.SyncByPush);
        Assert.Equal([CalendarType.Group, new CalendarType("custom_type")], settings.DeniedSuperposeTypes);
        Assert.Equal(CalendarWeekday.Friday, Assert.Single(settings.WeekHolidays));
        Assert.Equal(5, settings.AdditionalFields["x_portal_specific"].GetInt32());
    }
}
