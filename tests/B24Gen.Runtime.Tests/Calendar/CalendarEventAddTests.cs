using System.Text.Json.Nodes;
using B24Gen.Api;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.event.add through the generated API against the emulator: round trips, the docs' requests, the documented errors.</summary>
public sealed class CalendarEventAddTests : EmulatorTest
{
    private const string Method = "calendar.event.add";

    [Fact]
    public async Task Add_getbyid_get_update_getbyid_delete_round_trip()
    {
        var id = await Api.Calendar.Event.AddAsync(SimpleEvent("Planning"));

        Assert.Equal(1266L, id); // one above the highest seeded event (1265)
        var added = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(id, added.Id);
        Assert.Equal(id, added.ParentId);
        Assert.Equal("Planning", added.Name);
        Assert.Equal(CalendarType.User, added.CalType);
        Assert.Equal(1L, added.OwnerId);
        Assert.Equal(190L, added.SectionId);
        Assert.Equal(190L, added.SectId);
        Assert.Equal("03/20/2025 03:00:00 pm", added.DateFrom.Text);
        Assert.Equal(new DateTime(2025, 3, 20, 15, 0, 0), added.DateFrom.Value);
        Assert.Equal("03/20/2025 04:30:00 pm", added.DateTo.Text);
        Assert.Equal("Europe/Riga", added.TzFrom);
        Assert.Equal("Europe/Riga", added.TzTo);
        Assert.Equal(7200L, added.TzOffsetFrom);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 13, 0, 0, TimeSpan.Zero), added.DateFromTsUtc);
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 14, 30, 0, TimeSpan.Zero), added.DateToTsUtc);
        Assert.Equal(5400L, added.DtLength);
        Assert.False(added.DtSkipTime);
        Assert.Equal("Thu Mar 20 2025 15:00:00", added.DateFromFormatted);
        Assert.Equal(CalendarAccessibility.Busy, added.Accessibility); // the default
        Assert.Equal(CalendarImportance.Normal, added.Importance);
        Assert.False(added.IsMeeting);
        Assert.Equal(CalendarMeetingStatus.Host, added.MeetingStatus);
        Assert.Equal(1L, added.MeetingHost);
        Assert.Null(added.Rrule); // "RRULE": ""
        Assert.Null(added.Relations); // "RELATIONS": ""
        Assert.Null(added.PrivateEvent); // "PRIVATE_EVENT": ""
        Assert.Empty(added.UfCrmCalEvent); // false
        Assert.Empty(added.UfWebdavCalEvent); // false
        Assert.Equal(1L, added.Version);
        var host = Assert.Single(added.AttendeeList);
        Assert.Equal((1L, id, CalendarMeetingStatus.Host), (host.Id, host.EntryId, host.Status));

        var listed = await Api.Calendar.Event.GetAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            From = new DateOnly(2025, 3, 20),
            To = new DateOnly(2025, 3, 20),
        });
        Assert.Equal(id, Assert.Single(listed).Id);

        var updated = await Api.Calendar.Event.UpdateAsync(new() { Id = id, Type = CalendarType.User, OwnerId = 1, Name = "Planning (moved)", Location = "Room 2" });
        Assert.True(updated.IsFirst);
        Assert.Equal(id, updated.First);

        var changed = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal("Planning (moved)", changed.Name);
        Assert.Equal("Room 2", changed.Location);
        Assert.Equal(2L, changed.Version);
        Assert.Equal(added.DateFrom, changed.DateFrom); // not sent, not changed

        Assert.True(await Api.Calendar.Event.DeleteAsync(new() { Id = id }));
        await AssertMethodErrorAsync(() => Api.Calendar.Event.GetByIdAsync(new() { Id = id }), "calendar.event.getbyid", "Access denied");
        Assert.Empty(await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2025, 3, 20), To = new DateOnly(2025, 3, 20) }));
    }

    [Fact]
    public async Task The_docs_user_request_is_sent_exactly_and_stored_in_the_docs_shape()
    {
        AddSection(Emulator, 5, "user", 2); // the docs' calendar 5 of user 2

        var id = await Api.Calendar.Event.AddAsync(DocsAddUser());

        AssertSameJson(DocsAddUserRequest, Emulator.Requests[^1].Body);
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(2L, stored.OwnerId);
        Assert.Equal(1L, stored.CreatedBy); // the caller organizes it
        Assert.Equal("New Event Name", stored.Name);
        Assert.Equal("Description for event", stored.Description);
        Assert.Equal("Description for event", stored.RawDescription);
        Assert.True(stored.DtSkipTime);
        Assert.Equal("06/14/2024 12:00:00 am", stored.DateFrom.Text);
        Assert.Equal(new DateTime(2024, 6, 14), stored.DateFrom.Value);
        Assert.Equal(new DateTimeOffset(2024, 6, 14, 0, 0, 0, TimeSpan.Zero), stored.DateFromTsUtc);
        Assert.Equal(86400L, stored.DtLength);
        Assert.Equal("Fri Jun 14 2024", stored.DateFromFormatted); // all day: no time
        Assert.Equal("#9cbe1c", stored.Color);
        Assert.False(stored.AdditionalFields.ContainsKey("TEXT_COLOR")); // stored, never answered
        Assert.Equal(CalendarAccessibility.Absent, stored.Accessibility);
        Assert.Null(stored.PrivateEvent); // "N" is stored as ""
        Assert.Equal("New York", stored.Location);
        var reminder = Assert.Single(stored.Remind);
        Assert.Equal((CalendarReminderUnit.Minute, 20L), (reminder.Type, reminder.Count));
        Assert.True(stored.IsMeeting);
        Assert.Equal(1L, stored.MeetingHost);
        var meeting = Assert.IsType<CalendarEventMeeting>(stored.Meeting);
        Assert.True(meeting.Notify);
        Assert.False(meeting.AllowInvite);
        Assert.Equal("User Name", meeting.HostName);
        Assert.Equal(1L, meeting.MeetingCreator);
        Assert.Equal(
            [(1L, CalendarMeetingStatus.Host), (2L, CalendarMeetingStatus.Invited), (3L, CalendarMeetingStatus.Invited)],
            stored.AttendeeList.Select(attendee => (attendee.Id, attendee.Status)));
        Assert.Equal(["U1", "U2", "U3"], stored.AttendeesCodes);
        Assert.Equal(["1", "2", "3"], stored.AttendeesEntityList.Select(entity => entity.Id)); // numbers, read as text
        Assert.All(stored.AttendeesEntityList, entity => Assert.Equal("user", entity.EntityId));
        Assert.Equal(["C_5", "L_11"], stored.UfCrmCalEvent);

        var rule = Assert.IsType<CalendarEventRecurrenceRule>(stored.Rrule);
        Assert.Equal(CalendarRecurrenceFrequency.Weekly, rule.Freq);
        Assert.Equal([CalendarWeekday.Monday, CalendarWeekday.Wednesday], rule.Byday);
        Assert.Equal(1L, rule.Interval);
        Assert.Equal(10L, rule.Count); // the tenth Monday/Wednesday from Fri 06/14/2024 is 07/17/2024
        Assert.Equal("07/17/2024", rule.Until.Text);
        Assert.Equal(new DateOnly(2024, 7, 17), rule.Until.Value);
        Assert.Equal(new DateOnly(2024, 7, 17), rule.RawUntil?.Value);
        Assert.Equal(new DateTimeOffset(2024, 7, 17, 0, 0, 0, TimeSpan.Zero), rule.UntilTs);
        Assert.Equal("every week on: Mon, Wed, from 06/14/2024 to 07/17/2024", stored.RawRruleDescription);
    }

    [Fact]
    public async Task The_docs_company_request_differs_only_in_ownerId_which_the_typed_api_sends_as_zero()
    {
        AddSection(Emulator, 1, "company_calendar", 0);

        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.CompanyCalendar,
            OwnerId = 0,
            From = new DateTime(2025, 1, 31, 18, 0, 0),
            To = new DateTime(2025, 1, 31, 20, 0, 0),
            Section = 1,
            Name = "Important Meeting",
            SkipTime = false,
            TimezoneFrom = "Europe/Berlin",
            TimezoneTo = "Europe/Berlin",
            Description = "Event description",
            Color = "#FF0000",
            TextColor = "#000000",
            Accessibility = CalendarAccessibility.Busy,
            Importance = CalendarImportance.High,
            PrivateEvent = false,
            Rrule = new()
            {
                Freq = CalendarRecurrenceFrequency.Weekly,
                Count = 10,
                Interval = 1,
                Byday = [CalendarWeekday.Monday, CalendarWeekday.Wednesday, CalendarWeekday.Friday],
            },
            IsMeeting = true,
            Location = "Conference Room",
            Remind = [new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 30 }],
            Attendees = [29, 93],
            Meeting = new() { Notify = true, Reinvite = false, AllowInvite = true, HideGuests = false },
        });

        // Documented deviation: the docs send "ownerId":"" for the company calendar; ownerId is a long here, sent as 0,
        // which the portal reads the same way. Everything else is the docs' body.
        var sent = LastBody(Emulator);
        Assert.Equal(0, sent["ownerId"]!.GetValue<long>());
        var docs = JsonNode.Parse(DocsAddCompanyRequest)!.AsObject();
        Assert.Equal("", docs["ownerId"]!.GetValue<string>());
        docs["ownerId"] = 0;
        Assert.True(JsonNode.DeepEquals(docs, sent), sent.ToJsonString());

        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(CalendarType.CompanyCalendar, stored.CalType);
        Assert.Equal(0L, stored.OwnerId);
        Assert.Equal("01/31/2025 06:00:00 pm", stored.DateFrom.Text); // wall-clock time in timezone_from
        Assert.Equal(new DateTimeOffset(2025, 1, 31, 17, 0, 0, TimeSpan.Zero), stored.DateFromTsUtc);
        Assert.Equal(3600L, stored.TzOffsetFrom);
        Assert.Equal("Europe/Berlin", stored.TzFrom);
        Assert.Equal(7200L, stored.DtLength);
        Assert.Equal(CalendarImportance.High, stored.Importance);
        Assert.Equal("#FF0000", stored.Color);
        Assert.True(stored.Meeting?.AllowInvite);
        Assert.Equal([1L, 29L, 93L], stored.AttendeeList.Select(attendee => attendee.Id)); // the organizer joins
        var rule = Assert.IsType<CalendarEventRecurrenceRule>(stored.Rrule);
        Assert.Equal([CalendarWeekday.Monday, CalendarWeekday.Wednesday, CalendarWeekday.Friday], rule.Byday);
        Assert.Equal(new DateOnly(2025, 2, 21), rule.Until.Value); // Fri 01/31 + 9 more Mon/Wed/Fri
    }

    [Fact]
    public async Task An_offset_in_from_wins_over_timezone_from()
    {
        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 190,
            Name = "Call",
            From = new DateTimeOffset(2025, 3, 20, 15, 0, 0, TimeSpan.FromHours(2)),
            To = new DateTimeOffset(2025, 3, 20, 16, 0, 0, TimeSpan.FromHours(2)),
            TimezoneFrom = "America/New_York",
        });

        Assert.Equal("2025-03-20T15:00:00+02:00", LastBody(Emulator)["from"]!.GetValue<string>());
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(new DateTimeOffset(2025, 3, 20, 13, 0, 0, TimeSpan.Zero), stored.DateFromTsUtc);
        Assert.Equal("Europe/Berlin", stored.TzFrom); // timezone_from ignored: the user's zone
        Assert.Equal("03/20/2025 02:00:00 pm", stored.DateFrom.Text);
    }

    [Fact]
    public async Task Unix_timestamps_stand_in_for_from_and_to_and_unset_parameters_are_not_sent()
    {
        var id = await Api.Calendar.Event.AddAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Section = 191,
            Name = "Stand-up",
            FromTs = new DateTimeOffset(2025, 4, 1, 7, 0, 0, TimeSpan.Zero),
            ToTs = new DateTimeOffset(2025, 4, 1, 7, 15, 0, TimeSpan.Zero),
        });

        AssertSameJson("""{"type":"user","ownerId":1,"section":191,"name":"Stand-up","from_ts":1743490800,"to_ts":1743491700}""", Emulator.Requests[^1].Body);
        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1743490800), stored.DateFromTsUtc);
        Assert.Equal(900L, stored.DtLength);
        Assert.Equal("04/01/2025 09:00:00 am", stored.DateFrom.Text); // Berlin, summer time
        Assert.Equal(191L, stored.SectionId);
    }

    [Fact]
    public async Task A_meeting_without_attendees_has_the_caller_as_its_only_participant()
    {
        var request = SimpleEvent("Focus time");
        request.IsMeeting = true;

        var id = await Api.Calendar.Event.AddAsync(request);

        var stored = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.True(stored.IsMeeting);
        var only = Assert.Single(stored.AttendeeList);
        Assert.Equal((1L, CalendarMeetingStatus.Host), (only.Id, only.Status));
    }

    [Fact]
    public async Task Without_section_the_owners_first_calendar_is_used()
    {
        var request = SimpleEvent("No section");
        request.Section = null;

        var id = await Api.Calendar.Event.AddAsync(request);

        Assert.False(LastBody(Emulator).ContainsKey("section"));
        Assert.Equal(190L, (await Api.Calendar.Event.GetByIdAsync(new() { Id = id })).SectionId);
    }

    [Fact]
    public async Task Missing_from_gives_the_documented_error()
    {
        var request = SimpleEvent();
        request.From = null;

        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(request), Method,
            "The required parameter \"from\" for the method \"calendar.event.add\" is not set");
    }

    [Fact]
    public async Task Missing_to_gives_the_documented_error()
    {
        var request = SimpleEvent();
        request.To = null;

        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(request), Method,
            "The required parameter \"to\" for the method \"calendar.event.add\" is not set");
    }

    [Fact]
    public async Task An_empty_name_gives_the_documented_error()
    {
        var request = SimpleEvent("");

        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(request), Method,
            "The required parameter \"name\" for the method \"calendar.event.add\" is not set");
        Assert.Equal("", LastBody(Emulator)["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_owner_gives_the_documented_error()
    {
        // ownerId is a required long in the typed API, so only a raw call can leave it out.
        await AssertMethodErrorAsync(
            () => Client.CallRawAsync(Method, Raw("""{"type":"user","name":"X","from":"2025-01-01","to":"2025-01-01","section":190}""")),
            Method,
            "The required parameter \"ownerId\" for the method \"calendar.event.add\" is not set");
    }

    [Fact]
    public async Task An_empty_type_gives_the_documented_error()
    {
        var request = SimpleEvent();
        request.Type = new CalendarType("");

        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(request), Method,
            "The required parameter \"type\" for the method \"calendar.event.add\" is not set");
    }

    [Fact]
    public async Task A_name_that_is_not_a_string_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(
            () => Client.CallRawAsync(Method, Raw("""{"type":"user","ownerId":1,"name":42,"from":"2025-01-01","to":"2025-01-01","section":190}""")),
            Method,
            "Invalid value for the parameter \"name\"");
    }

    [Fact]
    public async Task A_description_that_is_not_a_string_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(
            () => Client.CallRawAsync(Method, Raw("""{"type":"user","ownerId":1,"name":"X","description":["a"],"from":"2025-01-01","to":"2025-01-01","section":190}""")),
            Method,
            "Invalid value for the parameter \"description\"");
    }

    [Fact]
    public async Task A_calendar_without_edit_right_gives_the_documented_access_error()
    {
        AddSection(Emulator, 300, "group", 8, canEdit: false);

        await AssertMethodErrorAsync(
            () => Api.Calendar.Event.AddAsync(new()
            {
                Type = CalendarType.Group,
                OwnerId = 8,
                Section = 300,
                Name = "X",
                From = new DateOnly(2025, 1, 1),
                To = new DateOnly(2025, 1, 1),
            }),
            Method,
            "Access denied");
    }

    [Fact]
    public async Task An_unknown_or_foreign_section_gives_the_documented_section_error()
    {
        const string text = "You specified an invalid calendar section ID or the user does not have access to it";
        var unknown = SimpleEvent();
        unknown.Section = 999;
        var foreign = SimpleEvent();
        foreign.Section = 49; // a calendar of group 6, not of user 1

        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(unknown), Method, text);
        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(foreign), Method, text);
    }

    [Fact]
    public async Task Crm_fields_that_are_not_an_array_give_the_documented_error()
    {
        await AssertMethodErrorAsync(
            () => Client.CallRawAsync(Method, Raw("""{"type":"user","ownerId":1,"name":"X","from":"2025-01-01","to":"2025-01-01","section":190,"crm_fields":"C_5"}""")),
            Method,
            "The list of event links to CRM must be an array");
    }

    [Fact]
    public async Task An_end_before_the_start_gives_the_documented_creation_error()
    {
        var request = SimpleEvent();
        request.To = new DateTime(2025, 3, 20, 14, 0, 0);

        await AssertMethodErrorAsync(() => Api.Calendar.Event.AddAsync(request), Method, "An error occurred while creating the event");
        Assert.Null(Emulator.State.CalendarEvents.Get(1266));
    }
}
