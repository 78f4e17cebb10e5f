using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.event.update: the union result (a number, or an object when a recurring series is split), partial-update
/// semantics (unset parameters are never sent and leave their fields alone; is_meeting/attendees; docs/portal-quirks.md
/// #17/#18), the organizer rule for <c>host</c>, and the documented errors. The OAuth client acts as user 2.
/// </summary>
public sealed class CalendarEventUpdateTests : EmulatorTest
{
    private const string Method = "calendar.event.update";

    protected override PortalEmulatorOptions? EmulatorOptions => new() { AccessTokenUserId = 2 };

    [Fact]
    public async Task An_update_that_sets_only_the_name_sends_only_id_type_owner_and_name()
    {
        var id = await Api.Calendar.Event.AddAsync(SimpleEvent("Before"));
        var before = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });

        var result = await Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Name = "After" });

        Assert.Equal($$"""{"id":{{id}},"type":"user","ownerId":1,"name":"After"}""", Emulator.Requests[^1].Body);
        Assert.Equal(new B24Union<long, CalendarEventRecurrenceUpdate>(id), result);
        var after = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal("After", after.Name);
        Assert.Equal(before.DateFrom, after.DateFrom);
        Assert.Equal(before.DateTo, after.DateTo);
        Assert.Equal(before.TzFrom, after.TzFrom);
        Assert.Equal(before.SectionId, after.SectionId);
        Assert.Equal(before.Accessibility, after.Accessibility);
        Assert.Equal(before.Description, after.Description);
        Assert.Equal(2L, after.Version);
    }

    [Fact]
    public async Task A_single_event_update_answers_a_number_read_as_the_first_union_case()
    {
        var id = await Api.Calendar.Event.AddAsync(SimpleEvent());

        var response = await Api.Calendar.Event.UpdateWithResponseAsync(new()
        {
            Id = id,
            Type = CalendarType.User,
            OwnerId = 1,
            From = new DateTime(2025, 3, 22, 9, 0, 0),
            To = new DateTime(2025, 3, 22, 9, 45, 0),
            TimezoneFrom = "Europe/Berlin",
            Importance = CalendarImportance.Low,
            PrivateEvent = true,
            RecurrenceMode = CalendarRecurrenceMode.All, // ignored for a single event: the answer stays a number
        });

        Assert.True(response.Value.IsFirst);
        Assert.False(response.Value.IsSecond);
        Assert.Equal(id, response.Value.First);
        Assert.Throws<InvalidOperationException>(() => response.Value.Second);
        Assert.NotNull(response.Time);
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal("03/22/2025 09:00:00 am", stored.DateFrom.Text);
        Assert.Equal("Europe/Berlin", stored.TzFrom);
        Assert.Equal(new DateTimeOffset(2025, 3, 22, 8, 0, 0, TimeSpan.Zero), stored.DateFromTsUtc);
        Assert.Equal(2700L, stored.DtLength);
        Assert.Equal(CalendarImportance.Low, stored.Importance);
        Assert.True(stored.PrivateEvent); // stored as "1"
    }

    [Fact]
    public async Task Editing_this_occurrence_of_a_series_answers_the_split_object()
    {
        // Seeded 1265: weekly on Mon/Wed, 12/11-12/24/2024, 17:59 Europe/Riga.
        var result = await Api.Calendar.Event.UpdateAsync(new()
        {
            Id = 1265,
            Type = CalendarType.User,
            OwnerId = 1,
            Name = "Moved occurrence",
            RecurrenceMode = CalendarRecurrenceMode.This,
            CurrentDateFrom = new DateOnly(2024, 12, 16),
        });

        Assert.True(result.IsSecond);
        var split = result.Second;
        Assert.Equal(1265L, split.Id); // the original series
        Assert.Equal(1266L, split.RecEventId); // the new event
        Assert.Equal("12/16/2024 05:59:00 pm", split.OriginalDate.Text);
        Assert.Equal(new DateTime(2024, 12, 16, 17, 59, 0), split.OriginalDate.Value);
        Assert.Equal("20241211T155900Z-534185204b362e9be7e261e92ccd9078@b24evo.lan", split.OriginalDavXmlId);
        Assert.Equal("Europe/Riga", split.InstanceTz);
        Assert.Empty(split.AdditionalFields);
        Assert.Equal("2024-12-16", LastBody(Emulator)["current_date_from"]!.GetValue<string>());

        var original = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1265 });
        Assert.Equal("Event Name", original.Name);
        Assert.Equal("11/28/2024;12/05/2024;12/12/2024;12/16/2024;12/19/2024;12/26/2024", original.Exdate);
        var single = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1266 });
        Assert.Equal("Moved occurrence", single.Name);
        Assert.Null(single.Rrule);
        Assert.Equal("12/16/2024 05:59:00 pm", single.DateFrom.Text);
        Assert.Equal("12/16/2024 05:59:00 pm", single.OriginalDateFrom?.Text);
        Assert.Equal(1265L, single.RecurrenceId);
        var relations = Assert.IsType<CalendarEventRelations>(single.Relations);
        Assert.Null(relations.OriginalRecursionId);
        Assert.Equal("EVENT_1265_12/16/2024", relations.CommentXmlId);

        var december = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2024, 12, 16), To = new DateOnly(2024, 12, 16) });
        var item = Assert.Single(december);
        Assert.Equal(1266L, item.Id);
    }

    [Fact]
    public async Task The_docs_update_request_is_sent_exactly_and_splits_the_series_from_the_docs_add_request()
    {
        // The docs' add request creates the series the docs' update request then edits (kept under the docs' ID 699).
        AddSection(Emulator, 5, "user", 2);
        var created = await Api.Calendar.Event.AddAsync(CalendarEventTestSupport.DocsAddUser());
        var record = Emulator.State.CalendarEvents.Get(created)!;
        Emulator.State.CalendarEvents.Remove(created);
        record["ID"] = "699";
        record["PARENT_ID"] = "699";
        Emulator.State.CalendarEvents.Put(699, record);

        var result = await Api.Calendar.Event.UpdateAsync(new()
        {
            Id = 699,
            Type = CalendarType.User,
            OwnerId = 2,
            Name = "Changed Event Name",
            Description = "New description for event",
            From = new DateOnly(2024, 6, 17),
            To = new DateOnly(2024, 6, 17),
            SkipTime = true,
            Section = 5,
            Color = "#9cbe1c",
            TextColor = "#283033",
            Accessibility = CalendarAccessibility.Free,
            Importance = CalendarImportance.Normal,
            IsMeeting = true,
            PrivateEvent = true,
            RecurrenceMode = CalendarRecurrenceMode.Next,
            CurrentDateFrom = new DateOnly(2024, 12, 4),
            Remind = [new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 10 }],
            Location = "London",
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
        });

        AssertSameJson(DocsUpdateRequest, Emulator.Requests[^1].Body);
        var split = Assert.IsType<CalendarEventRecurrenceUpdate>(result.Match<object>(number => number, update => update));
        Assert.Equal(699L, split.Id);
        Assert.Equal(1267L, split.RecEventId);
        Assert.Equal("12/04/2024 12:00:00 am", split.OriginalDate.Text);
        Assert.Equal("Europe/Berlin", split.InstanceTz);

        var original = await Api.Calendar.Event.GetByIdAsync(new() { Id = 699 });
        Assert.Equal("New Event Name", original.Name); // the old series keeps its fields...
        Assert.Equal(new DateOnly(2024, 12, 3), original.Rrule?.Until.Value); // ...and ends the day before
        Assert.Null(original.Rrule?.Count);
        Assert.Equal(original.DavXmlId, split.OriginalDavXmlId);
        var next = await Api.Calendar.Event.GetByIdAsync(new() { Id = 1267 });
        Assert.Equal("Changed Event Name", next.Name);
        Assert.Equal("London", next.Location);
        Assert.Equal(CalendarAccessibility.Free, next.Accessibility);
        Assert.True(next.PrivateEvent);
        Assert.Equal("06/17/2024 12:00:00 am", next.DateFrom.Text);
        Assert.Equal(699L, next.Relations?.OriginalRecursionId);
        Assert.Equal("EVENT_699_12/04/2024", next.Relations?.CommentXmlId);
        Assert.Equal(10L, next.Rrule?.Count);
    }

    [Fact]
    public async Task Attendees_without_is_meeting_are_ignored_and_the_current_list_is_kept()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());

        await Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Attendees = [7] });

        AssertSameJson($$"""{"id":{{id}},"type":"user","ownerId":1,"attendees":[7]}""", Emulator.Requests[^1].Body);
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.True(stored.IsMeeting);
        Assert.Equal([1L, 2L, 3L], stored.AttendeeList.Select(attendee => attendee.Id));
    }

    [Fact]
    public async Task Is_meeting_Y_without_attendees_clears_the_participants()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());

        await Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, IsMeeting = true });

        AssertSameJson($$"""{"id":{{id}},"type":"user","ownerId":1,"is_meeting":"Y"}""", Emulator.Requests[^1].Body);
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.True(stored.IsMeeting);
        var organizer = Assert.Single(stored.AttendeeList); // only the organizer stays
        Assert.Equal((1L, CalendarMeetingStatus.Host), (organizer.Id, organizer.Status));
        Assert.Equal(["U1"], stored.AttendeesCodes);
    }

    [Fact]
    public async Task Is_meeting_Y_with_attendees_replaces_them_and_keeps_known_statuses()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());
        using var userTwo = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        await new B24Api(userTwo).Calendar.Meeting.Status.SetAsync(new() { EventId = id, Status = CalendarMeetingStatus.Accepted });

        await Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, IsMeeting = true, Attendees = [2, 4] });

        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(
            [(1L, CalendarMeetingStatus.Host), (2L, CalendarMeetingStatus.Accepted), (4L, CalendarMeetingStatus.Invited)],
            stored.AttendeeList.Select(attendee => (attendee.Id, attendee.Status)));
    }

    [Fact]
    public async Task Is_meeting_N_turns_the_meeting_into_an_ordinary_event()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());

        await Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, IsMeeting = false });

        Assert.Equal("N", LastBody(Emulator)["is_meeting"]!.GetValue<string>());
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.False(stored.IsMeeting);
        Assert.Single(stored.AttendeeList);
    }

    [Fact]
    public async Task Someone_other_than_the_organizer_must_send_the_organizer_as_host()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());
        using var userTwo = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        var api = new B24Api(userTwo);
        var meetingHost = (await Api.Calendar.Event.GetByIdAsync(new() { Id = id })).MeetingHost;

        await AssertMethodErrorAsync(() => api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Name = "By user 2" }), Method, "Access denied.");
        await AssertMethodErrorAsync(() => api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Name = "By user 2", Host = 3 }), Method, "Access denied.");
        var result = await api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Name = "By user 2", Host = meetingHost });

        Assert.Equal(1L, meetingHost);
        Assert.Equal(id, result.First);
        Assert.Equal(1L, LastBody(Emulator)["host"]!.GetValue<long>());
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal("By user 2", stored.Name);
        Assert.Equal(1L, stored.MeetingHost); // host never changes the organizer
    }

    [Fact]
    public async Task The_organizer_cannot_hand_the_meeting_to_someone_else_with_host()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());

        await AssertMethodErrorAsync(() => Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Host = 2 }), Method, "Access denied.");
        Assert.Equal(1L, (await Api.Calendar.Event.GetByIdAsync(new() { Id = id })).MeetingHost);
    }

    [Fact]
    public async Task Missing_id_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"type":"user","ownerId":1,"name":"X"}""")), Method,
            "The required parameter \"id\" for the method \"calendar.event.update\" is not set.");
    }

    [Fact]
    public async Task Missing_owner_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"id":1265,"type":"user","name":"X"}""")), Method,
            "The required parameter \"ownerId\" for the method \"calendar.event.update\" is not set.");
    }

    [Fact]
    public async Task An_empty_type_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.UpdateAsync(new() { Id = 1265, Type = new CalendarType(""), OwnerId = 1 }), Method,
            "The required parameter \"type\" for the method \"calendar.event.update\" is not set.");
    }

    [Fact]
    public async Task A_name_or_description_that_is_not_a_string_gives_the_documented_errors()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"id":1265,"type":"user","ownerId":1,"name":{"x":1}}""")), Method,
            "Invalid value for the \"name\" parameter.");
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"id":1265,"type":"user","ownerId":1,"description":12}""")), Method,
            "Invalid value for the \"description\" parameter.");
    }

    [Fact]
    public async Task An_unknown_section_gives_the_documented_section_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.UpdateAsync(new() { Id = 1265, Type = CalendarType.User, OwnerId = 1, Section = 12 }), Method,
            "You specified an invalid calendar section ID or the user does not have access to it.");
    }

    [Fact]
    public async Task A_calendar_without_edit_right_gives_the_documented_access_error()
    {
        AddSection(Emulator, 301, "user", 1, canEdit: false);

        await AssertMethodErrorAsync(() => Api.Calendar.Event.UpdateAsync(new() { Id = 1265, Type = CalendarType.User, OwnerId = 1, Section = 301 }), Method, "Access denied.");
    }

    [Fact]
    public async Task An_unknown_recurrence_mode_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(
            () => Api.Calendar.Event.UpdateAsync(new() { Id = 1265, Type = CalendarType.User, OwnerId = 1, RecurrenceMode = new CalendarRecurrenceMode("sometimes") }),
            Method,
            "An invalid editing type for the recurring event is specified.");
        Assert.Equal("sometimes", LastBody(Emulator)["recurrence_mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Crm_fields_that_are_not_an_array_give_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"id":1265,"type":"user","ownerId":1,"crm_fields":"C_5"}""")), Method,
            "The event's CRM links list must be an array.");
    }

    [Fact]
    public async Task An_unknown_event_gives_the_documented_change_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.UpdateAsync(new() { Id = 424242, Type = CalendarType.User, OwnerId = 1, Name = "X" }), Method,
            "An error occurred while changing the event.");
    }

    [Fact]
    public async Task The_union_reader_takes_a_numeric_string_as_the_first_case()
    {
        Serve(200, """{"result":"1246","time":{"start":1733318565.18}}""", method: Method);

        var result = await Api.Calendar.Event.UpdateAsync(new() { Id = 1246, Type = CalendarType.User, OwnerId = 1 });

        Assert.Equal(1246L, result.First);
    }

    [Fact]
    public async Task The_docs_split_answer_reads_as_the_second_union_case()
    {
        Serve(200, """
            {"result":{"originalDate":"12/24/2024 05:59:00 pm","originalDavXmlId":"20241205T124346Z-e3ccab8aebc16d0c5cccecb63fef2bc3@b24evo.lan","instanceTz":"Europe/Riga","recEventId":1261,"id":1260},
             "time":{"start":1733402626.139122,"finish":1733402626.740063,"duration":0.6009409427642822,"processing":0.3765721321105957,"date_start":"2024-12-05T12:43:46+00:00","date_finish":"2024-12-05T12:43:46+00:00"}}
            """, method: Method);

        var result = await Api.Calendar.Event.UpdateAsync(new() { Id = 1260, Type = CalendarType.User, OwnerId = 1 });

        Assert.True(result.TryGetSecond(out var split));
        Assert.False(result.TryGetFirst(out _));
        Assert.Equal((1260L, 1261L), (split.Id, split.RecEventId));
        Assert.Equal(new DateTime(2024, 12, 24, 17, 59, 0), split.OriginalDate.Value);
        Assert.Equal("Europe/Riga", split.InstanceTz);
    }
}
