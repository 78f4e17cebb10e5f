using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.event.getbyid: the docs' event 1265 (seeded from the docs' response) with every field typed, the
/// event-object quirks of docs/portal-quirks.md (#2, #3, #9-#16, #23, #24), the docs' request and the documented errors.
/// </summary>
public sealed class CalendarEventGetByIdTests : EmulatorTest
{
    private const string Method = "calendar.event.getbyid";

    [Fact]
    public async Task The_docs_request_is_sent_exactly()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.GetByIdAsync(new() { Id = 324 }), Method, "Access denied"); // no event 324 here

        AssertSameJson("""{"id":324}""", Emulator.Requests[^1].Body);
        Assert.Equal($"/rest/1/{Emulator.WebhookCode}/calendar.event.getbyid", Emulator.Requests[^1].Path);
    }

    [Fact]
    public async Task The_docs_event_answers_exactly_the_docs_result()
    {
        var response = await Client.CallRawAsync(Method, Raw("""{"id":1265}"""));

        var docs = DocsFixtures.Parse("calendar.event.getbyid")["result"];
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(docs, System.Text.Json.Nodes.JsonNode.Parse(response.Value.GetRawText())));
    }

    [Fact]
    public async Task The_docs_event_reads_with_every_field_typed()
    {
        var response = await Api.Calendar.Event.GetByIdWithResponseAsync(new() { Id = 1265 });
        var e = response.Value;

        Assert.Equal(1265L, e.Id); // "1265"
        Assert.Equal(1265L, e.ParentId);
        Assert.False(e.Deleted); // "N"
        Assert.Equal(CalendarType.User, e.CalType);
        Assert.Equal(1L, e.OwnerId); // "1"
        Assert.Equal("Event Name", e.Name);
        Assert.Equal("12/11/2024 05:59:00 pm", e.DateFrom.Text);
        Assert.Equal(new DateTime(2024, 12, 11, 17, 59, 0), e.DateFrom.Value);
        Assert.Null(e.DateFrom.Offset);
        Assert.Equal(new DateTime(2024, 12, 11, 18, 59, 0), e.DateTo.Value);
        Assert.Null(e.OriginalDateFrom);
        Assert.Equal("Europe/Riga", e.TzFrom);
        Assert.Equal("Europe/Riga", e.TzTo);
        Assert.Equal(7200L, e.TzOffsetFrom); // "7200"
        Assert.Equal(7200L, e.TzOffsetTo);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733932740), e.DateFromTsUtc); // "1733932740"
        Assert.Equal(new DateTimeOffset(2024, 12, 11, 16, 59, 0, TimeSpan.Zero), e.DateToTsUtc);
        Assert.Equal(e.DateFromTsUtc, e.DateFrom.ToDateTimeOffset(TimeSpan.FromSeconds(e.TzOffsetFrom))); // text and instant agree
        Assert.False(e.DtSkipTime);
        Assert.Equal(3600L, e.DtLength); // a real number among numeric strings
        Assert.Null(e.EventType);
        Assert.Equal(1L, e.CreatedBy);
        Assert.Equal(new DateTime(2024, 12, 5, 13, 48, 41), e.DateCreate.Value);
        Assert.Equal("12/05/2024 01:48:41 pm", e.TimestampX.Text);
        Assert.Equal("Description for event", e.Description);
        Assert.Null(e.PrivateEvent); // "PRIVATE_EVENT": "" reads as null
        Assert.Equal(CalendarAccessibility.Free, e.Accessibility);
        Assert.Equal(CalendarImportance.Normal, e.Importance);
        Assert.True(e.IsMeeting); // JSON true, while the request sends "Y"
        Assert.Equal(CalendarMeetingStatus.Host, e.MeetingStatus);
        Assert.Equal(1L, e.MeetingHost); // "1"
        var meeting = Assert.IsType<CalendarEventMeeting>(e.Meeting);
        Assert.Equal("User Name", meeting.HostName);
        Assert.False(meeting.Notify);
        Assert.False(meeting.Reinvite);
        Assert.False(meeting.AllowInvite);
        Assert.False(meeting.HideGuests);
        Assert.Equal(1L, meeting.MeetingCreator); // a number, while MEETING_HOST is a string
        Assert.Equal("de", meeting.LanguageId);
        Assert.Equal("", meeting.MailFrom);
        Assert.Null(meeting.ChatId); // the newer shape's CHAT_ID is not in the docs' example
        Assert.Null(meeting.Text); // nor the older shape's TEXT and OPEN
        Assert.Null(meeting.Open);
        Assert.Empty(meeting.AdditionalFields);
        Assert.Equal("test location", e.Location);
        var reminder = Assert.Single(e.Remind);
        Assert.Equal(CalendarReminderUnit.Minute, reminder.Type);
        Assert.Equal(50L, reminder.Count);
        Assert.Equal("#9dcf00", e.Color);

        var rule = Assert.IsType<CalendarEventRecurrenceRule>(e.Rrule);
        Assert.Equal(CalendarRecurrenceFrequency.Weekly, rule.Freq);
        Assert.Equal([CalendarWeekday.Monday, CalendarWeekday.Wednesday], rule.Byday); // {"MO":"MO","WE":"WE"}
        Assert.Equal(1L, rule.Interval);
        Assert.Null(rule.Count);
        Assert.Equal("12/24/2024", rule.Until.Text);
        Assert.Equal(new DateOnly(2024, 12, 24), rule.Until.Value);
        Assert.Equal(new DateOnly(2024, 12, 24), rule.RawUntil?.Value);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1734998400), rule.UntilTs);
        Assert.Empty(rule.AdditionalFields);

        Assert.Equal("11/28/2024;12/05/2024;12/12/2024;12/19/2024;12/26/2024", e.Exdate); // kept packed
        Assert.Equal(5, e.Exdate.Split(';').Length);
        Assert.Equal("20241211T155900Z-534185204b362e9be7e261e92ccd9078@b24evo.lan", e.DavXmlId);
        Assert.Equal("", e.GEventId);
        Assert.Equal("", e.DavExchLabel); // undocumented, in every example
        Assert.Equal("", e.CalDavLabel);
        Assert.Equal(1L, e.Version); // "1"
        Assert.Equal(["U1"], e.AttendeesCodes);
        Assert.Equal(1272L, e.RecurrenceId); // documented string, sent as a number
        Assert.Equal(1271L, e.Relations?.OriginalRecursionId);
        Assert.Equal("EVENT_1271_12/23/2024", e.Relations?.CommentXmlId);
        Assert.Equal(4L, e.SectionId); // "4"
        Assert.Null(e.SyncStatus);
        Assert.Equal(["CO_1", "L_5"], e.UfCrmCalEvent);
        Assert.NotNull(e.UfWebdavCalEvent);
        Assert.Empty(e.UfWebdavCalEvent); // "UF_WEBDAV_CAL_EVENT": false
        Assert.Null(e.SectionDavXmlId);
        Assert.Equal("Wed Dec 11 2024 17:59:00", e.DateFromFormatted);
        Assert.Equal("Wed Dec 11 2024 18:59:00", e.DateToFormatted);
        Assert.Equal(4L, e.SectId);
        var attendee = Assert.Single(e.AttendeeList);
        Assert.Equal(1L, attendee.Id); // a number...
        Assert.Equal(1265L, attendee.EntryId); // ...next to a string
        Assert.Equal(CalendarMeetingStatus.Host, attendee.Status);
        Assert.Null(e.CollabId);
        Assert.Equal("every week on: Mon, Wed, from 12/11/2024 to 12/24/2024", e.RawRruleDescription);
        var entity = Assert.Single(e.AttendeesEntityList);
        Assert.Equal(("user", "1"), (entity.EntityId, entity.Id)); // the number 1, read as text (meta-user ids are text)
        Assert.Equal("Description for event", e.RawDescription);
        Assert.Equal(7200L, e.RawUserOffsetFrom);
        Assert.Equal(7200L, e.RawUserOffsetTo);
        Assert.Empty(e.AdditionalFields);

        Assert.NotNull(response.Time);
        Assert.Equal(Method, response.Method);
    }

    [Fact]
    public async Task A_single_private_event_reads_its_empty_strings_and_false_as_empty_values()
    {
        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1221 });

        Assert.Equal("Quarterly review", e.Name);
        Assert.True(e.PrivateEvent); // "1"
        Assert.False(e.IsMeeting);
        Assert.Null(e.Rrule); // "RRULE": ""
        Assert.Equal("", e.Exdate);
        Assert.Null(e.RecurrenceId); // null
        Assert.Null(e.Relations); // "RELATIONS": ""
        Assert.Empty(e.UfCrmCalEvent); // false
        Assert.Empty(e.Remind);
        Assert.Equal("", e.Color);
        Assert.Equal("", e.RawRruleDescription); // absent for a single event
        Assert.Equal(new DateTime(2024, 12, 23, 10, 0, 0), e.DateFrom.Value);
        Assert.Equal(3600L, e.TzOffsetFrom);
    }

    [Fact]
    public async Task A_meeting_shows_the_viewers_own_status()
    {
        // Seeded 651: user 2 organizes, user 1 (the webhook user) accepted, user 3 is invited.
        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 651 });

        Assert.Equal(CalendarMeetingStatus.Accepted, e.MeetingStatus);
        Assert.Equal(2L, e.MeetingHost);
        Assert.Equal("User 2", e.Meeting?.HostName);
        Assert.Equal(
            [(2L, CalendarMeetingStatus.Host), (1L, CalendarMeetingStatus.Accepted), (3L, CalendarMeetingStatus.Invited)],
            e.AttendeeList.Select(attendee => (attendee.Id, attendee.Status)));
    }

    [Fact]
    public async Task A_numeric_id_in_the_answer_reads_like_a_string_one()
    {
        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1 }); // seeded with "ID": 1, as in the accessibility example

        Assert.Equal(1L, e.Id);
        Assert.Equal(1L, e.ParentId);
        Assert.Equal(2L, e.OwnerId);
        Assert.Equal(["C_5"], e.UfCrmCalEvent);
    }

    [Fact]
    public async Task Undocumented_fields_are_kept_in_additional_fields()
    {
        var response = DocsFixtures.Parse("calendar.event.getbyid").AsObject();
        response["result"]!["ACTIVE"] = "Y";
        response["result"]!["IS_DAYLIGHT_SAVING_TZ"] = "N";
        response["result"]!["RRULE"]!["COUNT"] = 4;
        Serve(200, response.ToJsonString(), method: Method);

        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1265 });

        Assert.Equal("Y", e.AdditionalFields["ACTIVE"].GetString());
        Assert.Equal("N", e.AdditionalFields["IS_DAYLIGHT_SAVING_TZ"].GetString());
        Assert.Equal(2, e.AdditionalFields.Count);
        Assert.Equal(4L, e.Rrule?.Count); // COUNT is not in the docs' table but portals send it
    }

    [Fact]
    public async Task Byday_reads_as_an_array_too()
    {
        var response = DocsFixtures.Parse("calendar.event.getbyid").AsObject();
        response["result"]!["RRULE"]!["BYDAY"] = new System.Text.Json.Nodes.JsonArray("TU", "TH");
        Serve(200, response.ToJsonString(), method: Method);

        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1265 });

        Assert.Equal([CalendarWeekday.Tuesday, CalendarWeekday.Thursday], e.Rrule?.Byday);
    }

    [Fact]
    public async Task An_answer_of_null_for_an_unknown_event_is_a_read_error_naming_the_method()
    {
        // Older portals answer "result": null for an unknown ID instead of an error.
        Serve(200, """{"result":null,"time":{"start":1733406529.49}}""", method: Method);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Api.Calendar.Event.GetByIdAsync(new() { Id = 999 }));

        Assert.Equal(Method, error.Method);
        Assert.Contains("$.result", error.Message, StringComparison.Ordinal);
        Assert.Contains("null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zero_id_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.GetByIdAsync(new() { Id = 0 }), Method,
            "The required parameter \"id\" for the method \"calendar.event.getbyid\" is not set");
        Assert.Equal("""{"id":0}""", Emulator.Requests[^1].Body);
    }

    [Fact]
    public async Task A_missing_id_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("{}")), Method,
            "The required parameter \"id\" for the method \"calendar.event.getbyid\" is not set");
    }

    [Fact]
    public async Task An_unknown_event_gives_the_documented_access_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.GetByIdAsync(new() { Id = 424242 }), Method, "Access denied");
    }

    [Fact]
    public async Task The_event_object_round_trips_through_its_json_converter()
    {
        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1265 });

        var json = JsonSerializer.Serialize(e);
        var again = JsonSerializer.Deserialize<CalendarEvent>(json)!;

        Assert.Equal(e.Id, again.Id);
        Assert.Equal(e.DateFrom, again.DateFrom);
        Assert.Equal(e.Rrule?.Byday, again.Rrule?.Byday);
        Assert.Equal(e.AttendeeList.Single().EntryId, again.AttendeeList.Single().EntryId);
        Assert.Equal(e.RawUserOffsetFrom, again.RawUserOffsetFrom);
    }
}
