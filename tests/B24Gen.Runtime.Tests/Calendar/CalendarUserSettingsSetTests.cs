using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.user.settings.set through the generated API: what it sets is what calendar.user.settings.get reads.</summary>
public sealed class CalendarUserSettingsSetTests : EmulatorTest
{
    private const string Method = "calendar.user.settings.set";

    /// <summary>The request example of the docs' "cURL (Webhook)" tab, verbatim.</summary>
    private const string DocsRequest =
        """{"settings":{"view":"month","meetSection":"4","crmSection":"4","showDeclined":true,"denyBusyInvitation":false,"collapseOffHours":"N","showWeekNumbers":"N","showTasks":"Y","syncTasks":"N","showCompletedTasks":"N","lastUsedSection":"false","sendFromEmail":"","defaultSections":{"user1":"4","group6":"49"},"syncPeriodPast":"3","syncPeriodFuture":"12","defaultReminders":{"fullDay":[{"type":"min","count":15}],"withTime":[{"type":"min","count":50}]}}}""";

    [Fact]
    public async Task Set_then_get_round_trip_changes_what_was_set_and_keeps_the_rest()
    {
        var saved = await Api.Calendar.User.Settings.SetAsync(new()
        {
            Settings = new()
            {
                View = CalendarView.Week,
                MeetSection = 190,
                ShowDeclined = false,
                DenyBusyInvitation = true,
                CollapseOffHours = true,
                ShowTasks = false,
                LastUsedSection = "190",
                SendFromEmail = "calendar@example.com",
                DefaultSections = new Dictionary<string, long> { ["user1"] = 190, ["group36"] = 49 },
                SyncPeriodPast = 6,
                DefaultReminders = new()
                {
                    FullDay = [new CalendarReminder { Type = CalendarReminderUnit.Day, Count = 1 }],
                    WithTime = [new CalendarReminder { Type = CalendarReminderUnit.Hour, Count = 2 }, new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 10 }],
                },
            },
        });

        Assert.True(saved);
        var settings = await Api.Calendar.User.Settings.GetAsync();
        Assert.Equal(CalendarView.Week, settings.View);
        Assert.Equal(190L, settings.MeetSection);
        Assert.Equal(4L, settings.CrmSection); // not sent: kept
        Assert.False(settings.ShowDeclined);
        Assert.True(settings.DenyBusyInvitation);
        Assert.True(settings.CollapseOffHours);
        Assert.False(settings.ShowWeekNumbers); // kept
        Assert.False(settings.ShowTasks);
        Assert.False(settings.SyncTasks); // kept
        Assert.Equal("190", settings.LastUsedSection);
        Assert.Equal("calendar@example.com", settings.SendFromEmail);
        Assert.Equal(2, settings.DefaultSections.Count); // replaced as a whole: group6 is gone
        Assert.Equal(190L, settings.DefaultSections["user1"]);
        Assert.Equal(49L, settings.DefaultSections["group36"]);
        Assert.Equal(6L, settings.SyncPeriodPast);
        Assert.Equal(12L, settings.SyncPeriodFuture); // kept
        var fullDay = Assert.Single(settings.DefaultReminders.FullDay);
        Assert.Equal(CalendarReminderUnit.Day, fullDay.Type);
        Assert.Equal(1L, fullDay.Count);
        Assert.Equal([CalendarReminderUnit.Hour, CalendarReminderUnit.Minute], settings.DefaultReminders.WithTime.Select(reminder => reminder.Type));
        Assert.Equal([2L, 10L], settings.DefaultReminders.WithTime.Select(reminder => reminder.Count));
        Assert.Equal("Europe/Berlin", settings.TimezoneName); // read-only settings are untouched
        Assert.Equal(7200L, settings.TimezoneOffsetUTC);
        Assert.Equal(9.0, settings.WorkTimeStart);
    }

    [Fact]
    public async Task Get_answers_the_portal_encodings_whatever_the_client_sent()
    {
        // The typed API writes IDs and counts as numbers and flags as Y/N or booleans; get answers strings for
        // the IDs and counts, "Y"/"N" for the Y/N flags and JSON booleans for the two boolean flags
        // (docs/portal-quirks.md #5).
        await Api.Calendar.User.Settings.SetAsync(new()
        {
            Settings = new()
            {
                MeetSection = 190, SyncPeriodPast = 6, CollapseOffHours = true, ShowDeclined = false,
                DefaultSections = new Dictionary<string, long> { ["user1"] = 190 },
            },
        });
        Assert.Equal(
            """{"settings":{"meetSection":190,"showDeclined":false,"collapseOffHours":"Y","defaultSections":{"user1":190},"syncPeriodPast":6}}""",
            Emulator.Requests[^1].Body);

        var raw = await CalendarSectionAssert.Raw(Client, "calendar.user.settings.get");

        Assert.Equal("\"190\"", raw.GetProperty("meetSection").GetRawText());
        Assert.Equal("\"6\"", raw.GetProperty("syncPeriodPast").GetRawText());
        Assert.Equal("\"Y\"", raw.GetProperty("collapseOffHours").GetRawText());
        Assert.Equal(JsonValueKind.False, raw.GetProperty("showDeclined").ValueKind);
        Assert.Equal("""{"user1":"190"}""", raw.GetProperty("defaultSections").GetRawText());
    }

    [Fact]
    public async Task Setting_only_the_view_sends_only_the_view()
    {
        await Api.Calendar.User.Settings.SetAsync(new() { Settings = new() { View = CalendarView.Day } });

        Assert.Equal("""{"settings":{"view":"day"}}""", Emulator.Requests[^1].Body);
        var settings = await Api.Calendar.User.Settings.GetAsync();
        Assert.Equal(CalendarView.Day, settings.View);
        Assert.Equal(4L, settings.MeetSection);
        Assert.Equal(2, settings.DefaultSections.Count);
        Assert.Equal(15L, Assert.Single(settings.DefaultReminders.FullDay).Count);
    }

    [Fact]
    public async Task The_docs_request_differs_only_in_ids_and_counts_sent_as_numbers()
    {
        var saved = await Api.Calendar.User.Settings.SetAsync(new()
        {
            Settings = new()
            {
                View = CalendarView.Month,
                MeetSection = 4,
                CrmSection = 4,
                ShowDeclined = true,
                DenyBusyInvitation = false,
                CollapseOffHours = false,
                ShowWeekNumbers = false,
                ShowTasks = true,
                SyncTasks = false,
                ShowCompletedTasks = false,
                LastUsedSection = "false",
                SendFromEmail = "",
                DefaultSections = new Dictionary<string, long> { ["user1"] = 4, ["group6"] = 49 },
                SyncPeriodPast = 3,
                SyncPeriodFuture = 12,
                DefaultReminders = new()
                {
                    FullDay = [new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 15 }],
                    WithTime = [new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 50 }],
                },
            },
        });

        Assert.True(saved);
        // Documented deviation: the docs send meetSection, crmSection, syncPeriodPast, syncPeriodFuture and the
        // defaultSections values as strings ("4", "3", "12", "49"); the schema types them as int, so the typed
        // API sends numbers. Everything else is the docs' JSON exactly.
        var expected = CalendarSectionAssert.With(DocsRequest, docs =>
        {
            var settings = docs["settings"]!.AsObject();
            settings["meetSection"] = 4;
            settings["crmSection"] = 4;
            settings["syncPeriodPast"] = 3;
            settings["syncPeriodFuture"] = 12;
            settings["defaultSections"] = new JsonObject { ["user1"] = 4, ["group6"] = 49 };
        });
        CalendarSectionAssert.SameJson(expected, Emulator.Requests[^1].Body);

        // The docs' set example holds the docs' get values, so get answers the docs' get example exactly.
        var raw = await CalendarSectionAssert.Raw(Client, "calendar.user.settings.get");
        CalendarSectionAssert.SameJson(DocsFixtures.Parse("calendar.user.settings.get")["result"]!.ToJsonString(), raw.GetRawText());
    }

    [Fact]
    public async Task The_docs_request_sent_verbatim_is_accepted()
    {
        await Api.Calendar.User.Settings.SetAsync(new() { Settings = new() { View = CalendarView.List, MeetSection = 9 } });

        var result = await CalendarSectionAssert.Raw(Client, Method, DocsRequest);

        Assert.Equal(JsonValueKind.True, result.ValueKind);
        var settings = await Api.Calendar.User.Settings.GetAsync();
        Assert.Equal(CalendarView.Month, settings.View);
        Assert.Equal(4L, settings.MeetSection);
    }

    [Fact]
    public async Task Last_used_section_false_stays_the_string_false()
    {
        // docs/portal-quirks.md #6: "lastUsedSection": "false" is a string that is either an ID or "false", never a bool.
        await Api.Calendar.User.Settings.SetAsync(new() { Settings = new() { LastUsedSection = "190" } });
        Assert.Equal("190", (await Api.Calendar.User.Settings.GetAsync()).LastUsedSection);

        await Api.Calendar.User.Settings.SetAsync(new() { Settings = new() { LastUsedSection = "false" } });

        Assert.Equal("""{"settings":{"lastUsedSection":"false"}}""", Emulator.Requests[^1].Body);
        var settings = await Api.Calendar.User.Settings.GetAsync();
        Assert.IsType<string>(settings.LastUsedSection);
        Assert.Equal("false", settings.LastUsedSection);
        var raw = await CalendarSectionAssert.Raw(Client, "calendar.user.settings.get");
        Assert.Equal("\"false\"", raw.GetProperty("lastUsedSection").GetRawText());
    }

    [Fact]
    public async Task Clearing_the_default_sections_comes_back_as_PHPs_empty_list()
    {
        await Api.Calendar.User.Settings.SetAsync(new() { Settings = new() { DefaultSections = new Dictionary<string, long>() } });

        Assert.Equal("""{"settings":{"defaultSections":{}}}""", Emulator.Requests[^1].Body);
        var raw = await CalendarSectionAssert.Raw(Client, "calendar.user.settings.get");
        Assert.Equal("[]", raw.GetProperty("defaultSections").GetRawText()); // an empty map arrives as []
        var settings = await Api.Calendar.User.Settings.GetAsync();
        Assert.NotNull(settings.DefaultSections);
        Assert.Empty(settings.DefaultSections);
    }

    [Fact]
    public async Task Read_only_and_unknown_keys_are_ignored()
    {
        var result = await CalendarSectionAssert.Raw(Client, Method,
            """{"settings":{"timezoneName":"Asia/Tokyo","work_time_start":"7.00","noSuchSetting":"x","showTasks":"N"}}""");

        Assert.Equal(JsonValueKind.True, result.ValueKind);
        var settings = await Api.Calendar.User.Settings.GetAsync();
        Assert.Equal("Europe/Berlin", settings.TimezoneName);
        Assert.Equal(9.0, settings.WorkTimeStart);
        Assert.False(settings.ShowTasks);
        Assert.Empty(settings.AdditionalFields);
    }

    [Fact]
    public async Task Missing_settings_gives_the_documented_error()
    {
        const string missing = "The required parameter \"settings\" for the method \"calendar.user.settings.set\" is not set";
        await CalendarSectionAssert.RawError(Client, Method, "{}", missing);
        await CalendarSectionAssert.RawError(Client, Method, """{"settings":"month"}""", missing);
        // An empty settings object is an empty PHP array: "not set" as well.
        await CalendarSectionAssert.MethodError(() => Api.Calendar.User.Settings.SetAsync(new() { Settings = new() }), Method, missing);
        Assert.Equal("""{"settings":{}}""", Emulator.Requests[^1].Body);
    }
}
