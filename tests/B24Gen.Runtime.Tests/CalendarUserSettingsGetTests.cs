using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>calendar.user.settings.get through the generated API: every field of the docs' example, typed.</summary>
public sealed class CalendarUserSettingsGetTests : EmulatorTest
{
    [Fact]
    public async Task Every_field_of_the_docs_example_reads_typed()
    {
        CalendarUserSettings settings = await Api.Calendar.User.Settings.GetAsync();

        Assert.Equal(CalendarView.Month, settings.View);
        Assert.Equal("month", settings.View.ToString());
        Assert.Equal(4L, settings.MeetSection); // "4"
        Assert.Equal(4L, settings.CrmSection); // "4"
        Assert.True(settings.ShowDeclined); // true
        Assert.False(settings.DenyBusyInvitation); // false
        Assert.False(settings.CollapseOffHours); // "N"
        Assert.False(settings.ShowWeekNumbers); // "N"
        Assert.True(settings.ShowTasks); // "Y"
        Assert.False(settings.SyncTasks); // "N"
        Assert.False(settings.ShowCompletedTasks); // "N"
        Assert.IsType<string>(settings.LastUsedSection);
        Assert.Equal("false", settings.LastUsedSection); // a string, not a bool
        Assert.Equal("", settings.SendFromEmail);

        Assert.Equal(2, settings.DefaultSections.Count);
        Assert.Equal(4L, settings.DefaultSections["user1"]); // "4"
        Assert.Equal(49L, settings.DefaultSections["group6"]); // "49"

        Assert.Equal(3L, settings.SyncPeriodPast); // "3"
        Assert.Equal(12L, settings.SyncPeriodFuture); // "12"

        var fullDay = Assert.Single(settings.DefaultReminders.FullDay);
        Assert.Equal(CalendarReminderUnit.Minute, fullDay.Type);
        Assert.Equal("min", fullDay.Type.ToString());
        Assert.Equal(15L, fullDay.Count);
        var withTime = Assert.Single(settings.DefaultReminders.WithTime);
        Assert.Equal(CalendarReminderUnit.Minute, withTime.Type);
        Assert.Equal(50L, withTime.Count);

        Assert.Equal("Europe/Berlin", settings.TimezoneName);
        Assert.Equal(7200L, settings.TimezoneOffsetUTC);
        Assert.Equal("", settings.TimezoneDefaultName);
        Assert.Equal(9.0, settings.WorkTimeStart); // "9.00"
        Assert.Equal(19.0, settings.WorkTimeEnd); // "19.00"

        Assert.Empty(settings.AdditionalFields);
        Assert.Empty(settings.DefaultReminders.AdditionalFields);
        Assert.Empty(fullDay.AdditionalFields);
    }

    [Fact]
    public async Task The_request_body_is_an_empty_object()
    {
        await Api.Calendar.User.Settings.GetAsync();

        Assert.Equal("{}", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task Other_spellings_of_the_same_values_read_the_same()
    {
        var response = TestJson.SettingsGetResponse();
        var result = response["result"]!.AsObject();
        result["meetSection"] = "";            // empty: no calendar
        result["crmSection"] = null;
        result["showDeclined"] = "Y";
        result["denyBusyInvitation"] = 0;
        result["collapseOffHours"] = "Y";
        result["showWeekNumbers"] = true;
        result["showTasks"] = "0";
        result["syncPeriodPast"] = 3;
        result["work_time_start"] = 8.5;
        result["work_time_end"] = "17.75";
        result["timezoneOffsetUTC"] = "-18000";
        result["defaultSections"] = new System.Text.Json.Nodes.JsonArray();
        result["defaultReminders"]!["fullDay"] = new System.Text.Json.Nodes.JsonArray();
        result["view"] = "week";
        Serve(200, response.ToJsonString(), method: SettingsGet);

        var settings = await Api.Calendar.User.Settings.GetAsync();

        Assert.Null(settings.MeetSection);
        Assert.Null(settings.CrmSection);
        Assert.True(settings.ShowDeclined);
        Assert.False(settings.DenyBusyInvitation);
        Assert.True(settings.CollapseOffHours);
        Assert.True(settings.ShowWeekNumbers);
        Assert.False(settings.ShowTasks);
        Assert.Equal(3L, settings.SyncPeriodPast);
        Assert.Equal(8.5, settings.WorkTimeStart);
        Assert.Equal(17.75, settings.WorkTimeEnd);
        Assert.Equal(-18000L, settings.TimezoneOffsetUTC);
        Assert.Empty(settings.DefaultSections);
        Assert.Empty(settings.DefaultReminders.FullDay);
        Assert.Single(settings.DefaultReminders.WithTime);
        Assert.Equal(CalendarView.Week, settings.View);
    }
}
