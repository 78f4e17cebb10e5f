using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// Shared data for the calendar event, meeting-status and accessibility tests. Seeded events (see the emulator's
/// Fixtures/README.md): 1265 (docs' getbyid example: user 1, recurring weekly Mon/Wed 12/11-12/24/2024, 17:59 Riga,
/// "free"), 1221 (user 1, single, 12/23/2024 10:00 Berlin, private), 1213 and 1216 (user 1, 02.12.2024 and all-day
/// 06.12.2024), 1 and 2 (user 2, numeric IDs) and 651 (meeting of user 2 on 01/15/2025, user 1 accepted, user 3 invited).
/// </summary>
internal static class CalendarEventTestSupport
{
    /// <summary>The docs' first calendar.event.add request (cURL webhook tab).</summary>
    public const string DocsAddUserRequest =
        """{"type":"user","ownerId":2,"name":"New Event Name","description":"Description for event","from":"2024-06-14","to":"2024-06-14","skip_time":"Y","section":5,"color":"#9cbe1c","text_color":"#283033","accessibility":"absent","importance":"normal","is_meeting":"Y","private_event":"N","remind":[{"type":"min","count":20}],"location":"New York","attendees":[1,2,3],"meeting":{"notify":true,"reinvite":false,"allow_invite":false,"hide_guests":false},"rrule":{"FREQ":"WEEKLY","BYDAY":["MO","WE"],"COUNT":10,"INTERVAL":1},"crm_fields":["C_5","L_11"]}""";

    /// <summary>The docs' second calendar.event.add request (company calendar).</summary>
    public const string DocsAddCompanyRequest =
        """{"type":"company_calendar","ownerId":"","from":"2025-01-31T18:00:00","to":"2025-01-31T20:00:00","section":1,"name":"Important Meeting","skip_time":"N","timezone_from":"Europe/Berlin","timezone_to":"Europe/Berlin","description":"Event description","color":"#FF0000","text_color":"#000000","accessibility":"busy","importance":"high","private_event":"N","rrule":{"FREQ":"WEEKLY","COUNT":10,"INTERVAL":1,"BYDAY":["MO","WE","FR"]},"is_meeting":"Y","location":"Conference Room","remind":[{"type":"min","count":30}],"attendees":[29,93],"meeting":{"notify":true,"reinvite":false,"allow_invite":true,"hide_guests":false}}""";

    /// <summary>The docs' calendar.event.update request.</summary>
    public const string DocsUpdateRequest =
        """{"id":699,"type":"user","ownerId":2,"name":"Changed Event Name","description":"New description for event","from":"2024-06-17","to":"2024-06-17","skip_time":"Y","section":5,"color":"#9cbe1c","text_color":"#283033","accessibility":"free","importance":"normal","is_meeting":"Y","private_event":"Y","recurrence_mode":"next","current_date_from":"2024-12-04","remind":[{"type":"min","count":10}],"location":"London","attendees":[1,2,3],"meeting":{"notify":true,"reinvite":false,"allow_invite":false,"hide_guests":false},"rrule":{"FREQ":"WEEKLY","BYDAY":["MO","WE"],"COUNT":10,"INTERVAL":1},"crm_fields":["C_5","L_11"]}""";

    /// <summary>The docs' first add request, built with the typed API.</summary>
    public static CalendarEventAddRequest DocsAddUser() => new()
    {
        Type = CalendarType.User,
        OwnerId = 2,
        Name = "New Event Name",
        Description = "Description for event",
        From = new DateOnly(2024, 6, 14),
        To = new DateOnly(2024, 6, 14),
        SkipTime = true,
        Section = 5,
        Color = "#9cbe1c",
        TextColor = "#283033",
        Accessibility = CalendarAccessibility.Absent,
        Importance = CalendarImportance.Normal,
        IsMeeting = true,
        PrivateEvent = false,
        Remind = [new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 20 }],
        Location = "New York",
        Attendees = [1, 2, 3],
        Meeting = new() { Notify = true, Reinvite = false, AllowInvite = false, HideGuests = false },
        Rrule = new()
        {
            Freq = CalendarRecurrenceFrequency.Weekly,
            Byday = [CalendarWeekday.Monday, CalendarWeekday.Wednesday],
            Count = 10,
            Interval = 1,
        },
        CrmFields = ["C_5", "L_11"],
    };

    /// <summary>A single timed event of user 1 in calendar 190: 2025-03-20 15:00-16:30 Europe/Riga.</summary>
    public static CalendarEventAddRequest SimpleEvent(string name = "Planning") => new()
    {
        Type = CalendarType.User,
        OwnerId = 1,
        Section = 190,
        Name = name,
        From = new DateTime(2025, 3, 20, 15, 0, 0),
        To = new DateTime(2025, 3, 20, 16, 30, 0),
        TimezoneFrom = "Europe/Riga",
    };

    /// <summary>A meeting of user 1 (the webhook user) with users 2 and 3 in calendar 190, 2025-03-21 10:00-11:00 Berlin.</summary>
    public static CalendarEventAddRequest Meeting(string name = "Design review") => new()
    {
        Type = CalendarType.User,
        OwnerId = 1,
        Section = 190,
        Name = name,
        From = new DateTime(2025, 3, 21, 10, 0, 0),
        To = new DateTime(2025, 3, 21, 11, 0, 0),
        TimezoneFrom = "Europe/Berlin",
        IsMeeting = true,
        Attendees = [1, 2, 3],
    };

    /// <summary>Puts a calendar (section) into the emulator, as calendar.section.get would show it.</summary>
    public static void AddSection(PortalEmulator emulator, long id, string type, long ownerId, bool canEdit = true) =>
        emulator.State.CalendarSections.Put(id, new JsonObject
        {
            ["ID"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NAME"] = "Calendar " + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CAL_TYPE"] = type,
            ["OWNER_ID"] = ownerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PERM"] = new JsonObject { ["view_full"] = true, ["add"] = canEdit, ["edit"] = canEdit },
        });

    /// <summary>Parameters for <see cref="B24Client.CallRawAsync"/>.</summary>
    public static JsonElement Raw(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Asserts two JSON texts are equal as JSON (property order ignored).</summary>
    public static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");

    /// <summary>Asserts a documented calendar error: empty code, HTTP 400, the exact text, the method.</summary>
    public static async Task<B24MethodException> AssertMethodErrorAsync(Func<Task> call, string method, string description)
    {
        var error = await Assert.ThrowsAsync<B24MethodException>(call);
        Assert.Equal("", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(description, error.Description);
        Assert.Equal(method, error.Method);
        return error;
    }

    /// <summary>The last request body the emulator recorded, as JSON.</summary>
    public static JsonObject LastBody(PortalEmulator emulator) => JsonNode.Parse(emulator.Requests[^1].Body)!.AsObject();
}
