using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// What real portals send that the docs do not show (issue 12), served by the emulator's real-portal mode
/// (<see cref="PortalEmulatorOptions.RealPortal"/>, fixtures <c>real.*</c>) and read through the typed API. Every test
/// reads its calls twice: with the default client options (lenient), asserting the typed values and that
/// <see cref="B24Response{T}.ReadProblems"/> is empty, and with <see cref="B24ClientOptions.StrictReading"/>, which
/// throws on any value the schema does not declare: both succeeding proves the stock schema declares the shape.
/// </summary>
/// <remarks>
/// Seeded (see the emulator's <c>Fixtures/README.md</c>): calendars 14 (<c>DESCRIPTION</c> null, <c>CAL_DAV_CON</c>
/// false) and 15 of user 1; events 3001 (weekly on Mondays from 02.03.2026 09:30, dotted dates, <c>MEETING</c>,
/// <c>ATTENDEES_CODES</c> and <c>UF_CRM_CAL_EVENT</c> null, 16.03.2026 excluded), 3002 (meeting on 10.03.2026, newer
/// <c>MEETING</c>, a <c>meta-user</c>), 3003 (weekly on Tuesdays from 17/03/2026 16:00 to 28/04/2026, day-first dates,
/// older <c>MEETING</c>, 24/03/2026 excluded), 3004 (all day 20.03.2026, a <c>daybefore</c> reminder), 3005 (a resource
/// booking) and 3006 (the 16.03.2026 standup moved to 11:00); all in Europe/Berlin.
/// </remarks>
public sealed class RealPortalShapesTests : EmulatorTest
{
    private B24Client? _lenientClient;
    private B24Client? _strictClient;

    protected override PortalEmulatorOptions? EmulatorOptions => new() { RealPortal = true, DealCount = 7 };

    /// <summary>The default options: lenient reading (and the default retries and rate limit).</summary>
    private B24Api Lenient { get; set; } = null!;

    /// <summary>The default options with <see cref="B24ClientOptions.StrictReading"/>.</summary>
    private B24Api Strict { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _lenientClient = new B24Client(B24ClientOptions.FromWebhook(Emulator.WebhookUrl));
        _strictClient = new B24Client(B24ClientOptions.FromWebhook(Emulator.WebhookUrl) with { StrictReading = true });
        Lenient = new B24Api(_lenientClient);
        Strict = new B24Api(_strictClient);
    }

    public override async Task DisposeAsync()
    {
        _lenientClient?.Dispose();
        _strictClient?.Dispose();
        await base.DisposeAsync();
    }

    // ---- events: nulls and false for empty -------------------------------------------------------------------

    [Fact]
    public async Task Attendees_codes_meeting_and_crm_links_can_be_null()
    {
        Assert.Equal(JsonValueKind.Null, (await RawEventAsync(3001)).GetProperty("ATTENDEES_CODES").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await RawEventAsync(3001)).GetProperty("MEETING").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await RawEventAsync(3001)).GetProperty("UF_CRM_CAL_EVENT").ValueKind);

        foreach (var e in await EventByIdBothWaysAsync(3001))
        {
            Assert.Empty(e.AttendeesCodes);
            Assert.Null(e.Meeting);
            Assert.Empty(e.UfCrmCalEvent);
            Assert.False(e.IsMeeting);
        }
    }

    [Fact]
    public async Task Uf_webdav_cal_event_is_false_null_or_an_empty_list()
    {
        Assert.Equal(JsonValueKind.Array, (await RawEventAsync(3001)).GetProperty("UF_WEBDAV_CAL_EVENT").ValueKind);
        Assert.Equal(JsonValueKind.False, (await RawEventAsync(3002)).GetProperty("UF_WEBDAV_CAL_EVENT").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await RawEventAsync(3003)).GetProperty("UF_WEBDAV_CAL_EVENT").ValueKind);

        foreach (var id in new long[] { 3001, 3002, 3003 })
        {
            foreach (var e in await EventByIdBothWaysAsync(id))
            {
                Assert.Empty(e.UfWebdavCalEvent);
            }
        }
    }

    [Fact]
    public async Task Rrule_and_relations_are_empty_strings_when_empty()
    {
        var raw = await RawEventAsync(3002);
        Assert.Equal("", raw.GetProperty("RRULE").GetString());
        Assert.Equal("", raw.GetProperty("RELATIONS").GetString());
        Assert.Equal("", raw.GetProperty("EXDATE").GetString());

        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            Assert.Null(e.Rrule);
            Assert.Null(e.Relations);
            Assert.Equal("", e.Exdate);
        }
    }

    [Fact]
    public async Task Private_event_is_1_or_empty()
    {
        Assert.Equal("1", (await RawEventAsync(3002)).GetProperty("PRIVATE_EVENT").GetString());
        Assert.Equal("", (await RawEventAsync(3001)).GetProperty("PRIVATE_EVENT").GetString());

        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            Assert.True(e.PrivateEvent);
        }

        foreach (var e in await EventByIdBothWaysAsync(3001))
        {
            Assert.Null(e.PrivateEvent); // "" is not private
        }
    }

    // ---- events: participants ------------------------------------------------------------------------------------

    [Fact]
    public async Task Attendees_entity_list_id_is_a_string_for_meta_user()
    {
        var raw = (await RawEventAsync(3002)).GetProperty("attendeesEntityList");
        Assert.Equal(JsonValueKind.Number, raw[0].GetProperty("id").ValueKind);
        Assert.Equal("all-users", raw[1].GetProperty("id").GetString());

        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            Assert.Equal([("user", "1"), ("meta-user", "all-users")], e.AttendeesEntityList.Select(entity => (entity.EntityId, entity.Id)));
            Assert.All(e.AttendeesEntityList, entity => Assert.Empty(entity.AdditionalFields));
        }
    }

    [Fact]
    public async Task Attendees_codes_include_UA()
    {
        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            Assert.Equal(["U1", "UA"], e.AttendeesCodes);
        }
    }

    // ---- events: MEETING -----------------------------------------------------------------------------------------

    [Fact]
    public async Task Meeting_mail_from_is_an_email_empty_or_false()
    {
        Assert.Equal("user.name@example.com", (await RawEventAsync(3003)).GetProperty("MEETING").GetProperty("MAIL_FROM").GetString());
        Assert.Equal("", (await RawEventAsync(3004)).GetProperty("MEETING").GetProperty("MAIL_FROM").GetString());
        Assert.Equal(JsonValueKind.False, (await RawEventAsync(3002)).GetProperty("MEETING").GetProperty("MAIL_FROM").ValueKind);

        foreach (var e in await EventByIdBothWaysAsync(3003))
        {
            Assert.Equal("user.name@example.com", e.Meeting?.MailFrom);
        }

        foreach (var e in await EventByIdBothWaysAsync(3004))
        {
            Assert.Equal("", e.Meeting?.MailFrom);
        }

        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            Assert.Equal("false", e.Meeting?.MailFrom); // a string reads false as its text (see the YAML description)
            Assert.Empty(e.Meeting!.AdditionalFields);
        }
    }

    [Fact]
    public async Task Meeting_language_id_can_be_null()
    {
        Assert.Equal(JsonValueKind.Null, (await RawEventAsync(3002)).GetProperty("MEETING").GetProperty("LANGUAGE_ID").ValueKind);

        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            Assert.Null(e.Meeting?.LanguageId);
            Assert.Equal("User Name", e.Meeting?.HostName); // the object itself is there
        }

        foreach (var e in await EventByIdBothWaysAsync(3004))
        {
            Assert.Equal("de", e.Meeting?.LanguageId);
        }
    }

    [Fact]
    public async Task Meeting_has_an_older_shape_with_text_and_open()
    {
        var raw = (await RawEventAsync(3003)).GetProperty("MEETING");
        Assert.Equal(
            ["HOST_NAME", "TEXT", "OPEN", "NOTIFY", "REINVITE", "ALLOW_INVITE", "MAIL_FROM"],
            raw.EnumerateObject().Select(property => property.Name));

        foreach (var e in await EventByIdBothWaysAsync(3003))
        {
            var meeting = Assert.IsType<CalendarEventMeeting>(e.Meeting);
            Assert.Equal("User Name", meeting.HostName);
            Assert.Equal("", meeting.Text);
            Assert.False(meeting.Open);
            Assert.True(meeting.Notify);
            Assert.False(meeting.Reinvite);
            Assert.True(meeting.AllowInvite);
            Assert.Null(meeting.HideGuests); // the newer shape's fields are absent
            Assert.Null(meeting.MeetingCreator);
            Assert.Null(meeting.LanguageId);
            Assert.Null(meeting.ChatId);
            Assert.Empty(meeting.AdditionalFields);
        }
    }

    [Fact]
    public async Task Meeting_has_a_newer_shape_with_hide_guests_creator_language_and_chat()
    {
        var raw = (await RawEventAsync(3002)).GetProperty("MEETING");
        Assert.Equal(
            ["HOST_NAME", "NOTIFY", "REINVITE", "ALLOW_INVITE", "HIDE_GUESTS", "MEETING_CREATOR", "LANGUAGE_ID", "MAIL_FROM", "CHAT_ID"],
            raw.EnumerateObject().Select(property => property.Name));

        foreach (var e in await EventByIdBothWaysAsync(3002))
        {
            var meeting = Assert.IsType<CalendarEventMeeting>(e.Meeting);
            Assert.True(meeting.HideGuests);
            Assert.Equal(1L, meeting.MeetingCreator);
            Assert.Null(meeting.LanguageId);
            Assert.Equal(77L, meeting.ChatId);
            Assert.Null(meeting.Text); // the older shape's fields are absent
            Assert.Null(meeting.Open);
            Assert.Empty(meeting.AdditionalFields);
        }
    }

    // ---- events: reminders, recurrence, dates ----------------------------------------------------------------------

    [Fact]
    public async Task A_reminder_can_be_daybefore_with_before_and_time()
    {
        foreach (var e in await EventByIdBothWaysAsync(3004))
        {
            Assert.Equal(
                [(CalendarReminderUnit.DayBefore, 0L, (long?)0, (long?)540), (CalendarReminderUnit.Day, 1L, null, null)],
                e.Remind.Select(reminder => (reminder.Type, reminder.Count, reminder.Before, reminder.Time)));
            Assert.All(e.Remind, reminder => Assert.Empty(reminder.AdditionalFields));
        }

        foreach (var settings in await BothWaysAsync(api => api.Calendar.User.Settings.GetWithResponseAsync()))
        {
            var fullDay = Assert.Single(settings.DefaultReminders.FullDay);
            Assert.Equal((CalendarReminderUnit.DayBefore, (long?)0, (long?)540), (fullDay.Type, fullDay.Before, fullDay.Time));
            var withTime = Assert.Single(settings.DefaultReminders.WithTime);
            Assert.Equal((CalendarReminderUnit.Minute, 15L, (long?)null, (long?)null), (withTime.Type, withTime.Count, withTime.Before, withTime.Time));
        }
    }

    [Fact]
    public async Task Rrule_byday_is_an_object_and_until_is_a_locale_date_beside_an_empty_raw_until_and_until_ts()
    {
        var raw = (await RawEventAsync(3001)).GetProperty("RRULE");
        Assert.Equal(JsonValueKind.Object, raw.GetProperty("BYDAY").ValueKind);
        Assert.Equal("01.01.2038", raw.GetProperty("UNTIL").GetString());
        Assert.Equal("", raw.GetProperty("~UNTIL").GetString());

        foreach (var e in await EventByIdBothWaysAsync(3001))
        {
            var rule = Assert.IsType<CalendarEventRecurrenceRule>(e.Rrule);
            Assert.Equal(CalendarRecurrenceFrequency.Weekly, rule.Freq);
            Assert.Equal([CalendarWeekday.Monday], rule.Byday);
            Assert.Equal(1L, rule.Interval);
            Assert.Equal("01.01.2038", rule.Until.Text);
            Assert.Equal(new DateOnly(2038, 1, 1), rule.Until.Value);
            Assert.Null(rule.RawUntil); // "~UNTIL": ""
            Assert.Equal(new DateTimeOffset(2038, 1, 1, 0, 0, 0, TimeSpan.Zero), rule.UntilTs);
            Assert.Empty(rule.AdditionalFields);
        }
    }

    [Fact]
    public async Task Expanded_repeats_carry_rindex_raw_dates_and_dt_dates_and_share_one_id()
    {
        foreach (var events in await BothWaysAsync(api => api.Calendar.Event.GetWithResponseAsync(MarchOfUserOne)))
        {
            var standups = events.Where(e => e.Id == 3001).ToList();
            // Mondays of March 2026 but 16.03 (EXDATE): the index counts every date of the rule, the excluded one too.
            Assert.Equal([0L, 1L, 3L, 4L], standups.Select(e => e.Rindex!.Value));
            Assert.Equal(
                ["02.03.2026 09:30:00", "09.03.2026 09:30:00", "23.03.2026 09:30:00", "30.03.2026 09:30:00"],
                standups.Select(e => e.DateFrom.Text));
            Assert.All(standups, e =>
            {
                Assert.Equal("02.03.2026 09:30:00", e.RawDateFrom?.Text); // the series' start
                Assert.Equal("02.03.2026 09:45:00", e.RawDateTo?.Text);
                Assert.Equal(e.DateFrom.Text, e.DtFrom?.Text); // the occurrence's
                Assert.Equal(e.DateTo.Text, e.DtTo?.Text);
                Assert.Equal(e.DateFrom.Value!.Value.AddMinutes(15), e.DtTo?.Value);
                Assert.Empty(e.AdditionalFields);
            });

            var reviews = events.Where(e => e.Id == 3003).ToList();
            Assert.Equal([0L, 2L], reviews.Select(e => e.Rindex!.Value)); // 24/03/2026 excluded
            Assert.Equal(["17/03/2026 16:00:00", "31/03/2026 16:00:00"], reviews.Select(e => e.DtFrom?.Text));
            Assert.Equal(new DateTime(2026, 3, 31, 16, 0, 0), reviews[1].DtFrom?.Value);

            // Single events carry none of them.
            var kickoff = Assert.Single(events, e => e.Id == 3002);
            Assert.Null(kickoff.Rindex);
            Assert.Null(kickoff.RawDateFrom);
            Assert.Null(kickoff.DtFrom);
        }
    }

    [Fact]
    public async Task Recurrence_id_is_an_int()
    {
        Assert.Equal(JsonValueKind.Number, (await RawEventAsync(3006)).GetProperty("RECURRENCE_ID").ValueKind);

        foreach (var e in await EventByIdBothWaysAsync(3006))
        {
            Assert.Equal(3001L, e.RecurrenceId);
            Assert.Equal("EVENT_3001_16.03.2026", e.Relations?.CommentXmlId);
            Assert.Null(e.Relations?.OriginalRecursionId);
            Assert.Equal(new DateTime(2026, 3, 16, 9, 30, 0), e.OriginalDateFrom?.Value);
        }
    }

    [Fact]
    public async Task Dates_follow_the_portal_locale_dotted_and_day_first_also_in_exdate()
    {
        foreach (var e in await EventByIdBothWaysAsync(3001))
        {
            Assert.Equal(("02.03.2026 09:30:00", new DateTime(2026, 3, 2, 9, 30, 0)), (e.DateFrom.Text, e.DateFrom.Value));
            Assert.Equal(new DateTime(2026, 2, 20, 17, 12, 9), e.DateCreate.Value);
            Assert.Equal("16.03.2026", e.Exdate);
            Assert.Equal([new DateOnly(2026, 3, 16)], ExceptionDates(e.Exdate));
        }

        foreach (var e in await EventByIdBothWaysAsync(3003))
        {
            Assert.Equal(("17/03/2026 16:00:00", new DateTime(2026, 3, 17, 16, 0, 0)), (e.DateFrom.Text, e.DateFrom.Value));
            Assert.Equal(new DateTime(2026, 3, 13, 8, 5, 30), e.DateCreate.Value);
            Assert.Equal(("28/04/2026", new DateOnly(2026, 4, 28)), (e.Rrule?.Until.Text, e.Rrule?.Until.Value));
            Assert.Equal(new DateOnly(2026, 4, 28), e.Rrule?.RawUntil?.Value);
            Assert.Equal("24/03/2026", e.Exdate);
            Assert.Equal([new DateOnly(2026, 3, 24)], ExceptionDates(e.Exdate));
        }

        foreach (var e in await EventByIdBothWaysAsync(3004))
        {
            Assert.Equal(new DateTime(2026, 3, 20, 0, 0, 0), e.DateFrom.Value); // all day
            Assert.True(e.DtSkipTime);
        }

        foreach (var sections in await BothWaysAsync(api => api.Calendar.Section.GetWithResponseAsync(UserOneSections)))
        {
            Assert.Equal(new DateTime(2026, 2, 2, 10, 14, 7), sections[0].DateCreate?.Value);
        }
    }

    // ---- calendars -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task Section_description_can_be_null()
    {
        foreach (var sections in await BothWaysAsync(api => api.Calendar.Section.GetWithResponseAsync(UserOneSections)))
        {
            Assert.Equal([14L, 15L], sections.Select(s => s.Id));
            Assert.Null(sections[0].Description);
            Assert.Equal("Events of the sales team", sections[1].Description);
        }
    }

    [Fact]
    public async Task Cal_dav_con_can_be_false()
    {
        var raw = await Client.CallRawAsync("calendar.section.get", Json("""{"type":"user","ownerId":1}"""));
        Assert.Equal(JsonValueKind.False, raw.Value[0].GetProperty("CAL_DAV_CON").ValueKind);

        foreach (var sections in await BothWaysAsync(api => api.Calendar.Section.GetWithResponseAsync(UserOneSections)))
        {
            Assert.Equal("false", sections[0].CalDavCon); // a string reads false as its text (see the YAML description)
            Assert.Null(sections[1].CalDavCon);
            Assert.All(sections, s => Assert.Empty(s.AdditionalFields));
        }
    }

    // ---- user settings -------------------------------------------------------------------------------------------

    [Fact]
    public async Task User_settings_mix_booleans_and_y_n()
    {
        var raw = (await Client.CallRawAsync("calendar.user.settings.get")).Value;
        Assert.Equal(JsonValueKind.False, raw.GetProperty("showDeclined").ValueKind);
        Assert.Equal("N", raw.GetProperty("denyBusyInvitation").GetString());
        Assert.Equal(JsonValueKind.True, raw.GetProperty("collapseOffHours").ValueKind);
        Assert.Equal("Y", raw.GetProperty("showTasks").GetString());

        foreach (var settings in await BothWaysAsync(api => api.Calendar.User.Settings.GetWithResponseAsync()))
        {
            Assert.False(settings.ShowDeclined);
            Assert.False(settings.DenyBusyInvitation);
            Assert.True(settings.CollapseOffHours);
            Assert.False(settings.ShowWeekNumbers);
            Assert.True(settings.ShowTasks);
            Assert.False(settings.SyncTasks);
            Assert.False(settings.ShowCompletedTasks);
            Assert.Equal(CalendarView.Week, settings.View);
            Assert.Empty(settings.AdditionalFields);
        }
    }

    [Fact]
    public async Task Meet_section_is_a_string_id_while_crm_section_is_false()
    {
        var raw = (await Client.CallRawAsync("calendar.user.settings.get")).Value;
        Assert.Equal("14", raw.GetProperty("meetSection").GetString());
        Assert.Equal(JsonValueKind.False, raw.GetProperty("crmSection").ValueKind);

        foreach (var settings in await BothWaysAsync(api => api.Calendar.User.Settings.GetWithResponseAsync()))
        {
            var meet = Assert.NotNull(settings.MeetSection);
            Assert.True(meet.IsFirst);
            Assert.Equal(14L, meet.First);
            var crm = Assert.NotNull(settings.CrmSection);
            Assert.True(crm.IsSecond);
            Assert.False(crm.Second);
        }
    }

    // ---- update methods ------------------------------------------------------------------------------------------

    [Fact]
    public async Task Section_update_and_event_update_return_the_int_id()
    {
        var rawSection = await Client.CallRawAsync("calendar.section.update", Json("""{"type":"user","ownerId":1,"id":15,"name":"Sales"}"""));
        Assert.Equal(JsonValueKind.Number, rawSection.Value.ValueKind);
        var rawEvent = await Client.CallRawAsync("calendar.event.update", Json("""{"type":"user","ownerId":1,"id":3002,"name":"Kickoff"}"""));
        Assert.Equal(JsonValueKind.Number, rawEvent.Value.ValueKind);

        foreach (var id in await BothWaysAsync(api => api.Calendar.Section.UpdateWithResponseAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 14, Name = "Main" })))
        {
            Assert.Equal(14L, id);
        }

        foreach (var id in await BothWaysAsync(api => api.Calendar.Event.UpdateWithResponseAsync(new() { Type = CalendarType.User, OwnerId = 1, Id = 3001, Name = "Daily" })))
        {
            Assert.True(id.IsFirst);
            Assert.Equal(3001L, id.First);
        }

        // The update kept the portal's locale: the event still reads in the real-portal shape.
        foreach (var e in await EventByIdBothWaysAsync(3001))
        {
            Assert.Equal("Daily", e.Name);
            Assert.Equal("02.03.2026 09:30:00", e.DateFrom.Text);
            Assert.Equal("01.01.2038", e.Rrule?.Until.Text);
        }
    }

    // ---- crm.deal.list envelopes ---------------------------------------------------------------------------------

    [Fact]
    public async Task Crm_deal_list_with_total_up_to_50_has_no_next()
    {
        var body = await PostAsync("crm.deal.list", "{}");
        Assert.Equal(7, body.GetProperty("total").GetInt32());
        Assert.False(body.TryGetProperty("next", out _));

        foreach (var response in await ResponsesBothWaysAsync(api => api.Crm.Deal.ListWithResponseAsync(new())))
        {
            Assert.Equal(7, response.Value.Count);
            Assert.Equal(7L, response.Total);
            Assert.Null(response.Next);
        }

        Assert.Equal(7, await Lenient.Crm.Deal.ListAllAsync().CountAsync());
        Assert.Equal(7, await Strict.Crm.Deal.ListAllAsync().CountAsync());
    }

    [Fact]
    public async Task Time_can_lack_operating_and_operating_reset_at()
    {
        var time = (await PostAsync("crm.deal.list", "{}")).GetProperty("time");
        Assert.False(time.TryGetProperty("operating", out _));
        Assert.False(time.TryGetProperty("operating_reset_at", out _));
        Assert.True(time.TryGetProperty("duration", out _));

        foreach (var response in await ResponsesBothWaysAsync(api => api.Crm.Deal.ListWithResponseAsync(new())))
        {
            var read = Assert.IsType<B24ResponseTime>(response.Time);
            Assert.Null(read.Operating);
            Assert.Null(read.OperatingResetAt);
            Assert.NotNull(read.Duration);
            Assert.NotNull(read.DateStart);
        }

        // A later call is not held back for want of an operating figure.
        Assert.Equal(7, (await Lenient.Crm.Deal.ListAsync(new())).Count);
    }

    // ---- resource bookings ---------------------------------------------------------------------------------------

    [Fact]
    public async Task Resource_bookings_are_events_with_cal_type_resource_and_an_int_booking_id()
    {
        Assert.Equal(JsonValueKind.Number, (await RawEventAsync(3005)).GetProperty("RESOURCE_BOOKING_ID").ValueKind);

        foreach (var e in await EventByIdBothWaysAsync(3005))
        {
            AssertBooking(e);
        }

        var request = new CalendarEventGetRequest { Type = CalendarType.Resource, OwnerId = 0, From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 31) };
        foreach (var events in await BothWaysAsync(api => api.Calendar.Event.GetWithResponseAsync(request)))
        {
            AssertBooking(Assert.Single(events));
        }

        static void AssertBooking(CalendarEvent e)
        {
            Assert.Equal(CalendarType.Resource, e.CalType);
            Assert.Equal(CalendarEventType.ResourceBooking, e.EventType);
            Assert.Equal(25L, e.ResourceBookingId);
            Assert.Equal(198L, e.SectionId);
            Assert.Null(e.Meeting);
            Assert.Empty(e.AdditionalFields);
        }
    }

    // ---- the four answers that broke the typed client whole ---------------------------------------------------------

    [Fact]
    public async Task Original_case_DESCRIPTION_null_in_calendar_section_get()
    {
        var raw = await Client.CallRawAsync("calendar.section.get", Json("""{"type":"user","ownerId":1}"""));
        Assert.Equal(JsonValueKind.Null, raw.Value[0].GetProperty("DESCRIPTION").ValueKind);

        foreach (var sections in await BothWaysAsync(api => api.Calendar.Section.GetWithResponseAsync(UserOneSections)))
        {
            Assert.Equal(2, sections.Count);
            Assert.Equal(("User Name", null), (sections[0].Name, sections[0].Description));
        }
    }

    [Fact]
    public async Task Original_case_crmSection_false_in_calendar_user_settings_get()
    {
        foreach (var settings in await BothWaysAsync(api => api.Calendar.User.Settings.GetWithResponseAsync()))
        {
            Assert.Equal(false, settings.CrmSection?.Second);
            Assert.Equal("Europe/Berlin", settings.TimezoneName); // the rest of the answer is read too
            Assert.Equal(9.0, settings.WorkTimeStart);
        }
    }

    [Fact]
    public async Task Original_case_MEETING_null_in_calendar_event_get()
    {
        foreach (var events in await BothWaysAsync(api => api.Calendar.Event.GetWithResponseAsync(MarchOfUserOne)))
        {
            Assert.Equal(9, events.Count);
            Assert.Null(events.First(e => e.Id == 3001).Meeting);
            Assert.NotNull(events.First(e => e.Id == 3002).Meeting);
        }
    }

    [Fact]
    public async Task Original_case_attendeesEntityList_id_all_users_in_calendar_event_get()
    {
        foreach (var events in await BothWaysAsync(api => api.Calendar.Event.GetWithResponseAsync(MarchOfUserOne)))
        {
            var kickoff = Assert.Single(events, e => e.Id == 3002);
            Assert.Contains(kickoff.AttendeesEntityList, entity => entity is { EntityId: "meta-user", Id: "all-users" });
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static CalendarEventGetRequest MarchOfUserOne => new()
    {
        Type = CalendarType.User,
        OwnerId = 1,
        From = new DateOnly(2026, 3, 1),
        To = new DateOnly(2026, 3, 31),
    };

    /// <summary>
    /// Runs a call with the default (lenient) options, asserting it read without a problem, then with strict reading
    /// (which throws on any undeclared shape); returns both responses.
    /// </summary>
    private async Task<B24Response<T>[]> ResponsesBothWaysAsync<T>(Func<B24Api, Task<B24Response<T>>> call)
    {
        var lenient = await call(Lenient);
        Assert.Empty(lenient.ReadProblems);
        var strict = await call(Strict);
        Assert.Empty(strict.ReadProblems);
        return [lenient, strict];
    }

    /// <summary>The values of <see cref="ResponsesBothWaysAsync{T}"/>: the lenient read, then the strict one.</summary>
    private async Task<T[]> BothWaysAsync<T>(Func<B24Api, Task<B24Response<T>>> call) =>
        [.. (await ResponsesBothWaysAsync(call)).Select(response => response.Value)];

    private Task<CalendarEvent[]> EventByIdBothWaysAsync(long id) =>
        BothWaysAsync(api => api.Calendar.Event.GetByIdWithResponseAsync(new() { Id = id }));

    /// <summary>The event as the emulator answers it, untyped: proof that the shape under test is on the wire.</summary>
    private async Task<JsonElement> RawEventAsync(long id) =>
        (await Client.CallRawAsync("calendar.event.getbyid", Json($$"""{"id":{{id}}}"""))).Value;

    /// <summary>A whole response body, envelope included, over plain HTTP.</summary>
    private async Task<JsonElement> PostAsync(string method, string json)
    {
        using var http = new HttpClient();
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(new Uri(Emulator.WebhookUrl + method), content);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The dates of an <c>EXDATE</c>, split on <c>;</c> and parsed as the YAML description says.</summary>
    private static DateOnly?[] ExceptionDates(string exdate) =>
        [.. exdate.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part => B24Date.Parse(part).Value)];
}
