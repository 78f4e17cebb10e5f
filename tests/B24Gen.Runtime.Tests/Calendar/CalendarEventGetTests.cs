using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.event.get: the type/ownerId/from/to/section filters, occurrences of recurring events, the docs' requests
/// and the documented error. The emulator's clock stands at 2024-12-10 12:00 UTC, so the default period (a month back,
/// three months ahead) is predictable.
/// </summary>
public sealed class CalendarEventGetTests : EmulatorTest
{
    private const string Method = "calendar.event.get";

    protected override PortalEmulatorOptions? EmulatorOptions =>
        new() { TimeProvider = new FixedTimeProvider(new DateTimeOffset(2024, 12, 10, 12, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public async Task A_month_lists_single_events_and_each_occurrence_of_a_series_in_order()
    {
        var events = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2024, 12, 1), To = new DateOnly(2024, 12, 31) });

        Assert.Equal(
            [
                (1213L, "12/02/2024 11:00:00 am"), (1216L, "12/06/2024 12:00:00 am"), (1265L, "12/11/2024 05:59:00 pm"),
                (1265L, "12/16/2024 05:59:00 pm"), (1265L, "12/18/2024 05:59:00 pm"), (1221L, "12/23/2024 10:00:00 am"),
                (1265L, "12/23/2024 05:59:00 pm"),
            ],
            events.Select(e => (e.Id, e.DateFrom.Text)));
        var occurrence = events[3];
        Assert.Equal(new DateTime(2024, 12, 16, 18, 59, 0), occurrence.DateTo.Value);
        Assert.Equal("Mon Dec 16 2024 17:59:00", occurrence.DateFromFormatted);
        // Occurrences keep the series' instants in DATE_FROM_TS_UTC (as portals do) and the series' rule.
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733932740), occurrence.DateFromTsUtc);
        Assert.Equal(CalendarRecurrenceFrequency.Weekly, occurrence.Rrule?.Freq);
        Assert.True(events[1].DtSkipTime);
        Assert.Equal(CalendarEventType.Collab, events[0].EventType);
        Assert.Equal(7L, events[0].CollabId);
    }

    [Fact]
    public async Task The_docs_user_request_is_sent_exactly_and_filters_by_section()
    {
        var id = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 191, Name = "In 191", From = new DateOnly(2024, 7, 1), To = new DateOnly(2024, 7, 1), SkipTime = true });
        AddSection(Emulator, 21, "user", 1);
        AddSection(Emulator, 44, "user", 1);
        var in21 = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 21, Name = "In 21", From = new DateOnly(2024, 7, 2), To = new DateOnly(2024, 7, 2), SkipTime = true });

        var events = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2024, 6, 20), To = new DateOnly(2024, 8, 20), Section = [21, 44] });

        AssertSameJson("""{"type":"user","ownerId":1,"from":"2024-06-20","to":"2024-08-20","section":[21,44]}""", Emulator.Requests[^1].Body);
        Assert.Equal(in21, Assert.Single(events).Id);
        var all = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2024, 6, 20), To = new DateOnly(2024, 8, 20) });
        Assert.Equal([id, in21], all.Select(e => e.Id));
    }

    [Fact]
    public async Task The_docs_company_request_differs_only_in_ownerId_which_the_typed_api_sends_as_zero()
    {
        AddSection(Emulator, 1, "company_calendar", 0);
        var id = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0, Section = 1, Name = "All hands", From = new DateTime(2024, 12, 20, 16, 0, 0), To = new DateTime(2024, 12, 20, 17, 0, 0) });

        var events = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0 });

        // Documented deviation: the docs send {"type":"company_calendar","ownerId":""}; ownerId is a long here (0).
        var sent = LastBody(Emulator);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"company_calendar","ownerId":0}"""), sent), sent.ToJsonString());
        var e = Assert.Single(events);
        Assert.Equal(id, e.Id);
        Assert.Equal(CalendarType.CompanyCalendar, e.CalType);
        Assert.Equal(0L, e.OwnerId);
        var raw = await Client.CallRawAsync(Method, Raw("""{"type":"company_calendar","ownerId":""}""")); // the docs' own body works too
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(raw.Value.EnumerateArray()).GetProperty("ID").GetString());
    }

    [Fact]
    public async Task Without_dates_the_period_is_a_month_back_to_three_months_ahead()
    {
        var old = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 190, Name = "Too old", From = new DateOnly(2024, 11, 5), To = new DateOnly(2024, 11, 5), SkipTime = true });
        var recent = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 190, Name = "Recent", From = new DateOnly(2024, 11, 15), To = new DateOnly(2024, 11, 15), SkipTime = true });
        var far = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 190, Name = "Too far", From = new DateOnly(2025, 3, 15), To = new DateOnly(2025, 3, 15), SkipTime = true });

        var ids = (await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 })).Select(e => e.Id).ToList();

        Assert.Equal("""{"type":"user","ownerId":1}""", Emulator.Requests[^1].Body);
        Assert.Contains(recent, ids);
        Assert.Contains(651L, ids); // 01/15/2025, a meeting user 1 accepted
        Assert.DoesNotContain(old, ids);
        Assert.DoesNotContain(far, ids);
    }

    [Fact]
    public async Task Only_from_leaves_the_period_open_ended()
    {
        var far = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 190, Name = "2030", From = new DateOnly(2030, 5, 1), To = new DateOnly(2030, 5, 1), SkipTime = true });

        var events = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2025, 1, 1) });

        Assert.Equal([651L, far], events.Select(e => e.Id));
    }

    [Fact]
    public async Task A_users_calendar_shows_meetings_the_user_is_invited_to_with_the_users_status()
    {
        var ofUserTwo = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 2, From = new DateOnly(2024, 12, 1), To = new DateOnly(2025, 1, 31) });
        var ofUserThree = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 3, From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 1, 31) });

        Assert.Equal([1L, 2L, 651L], ofUserTwo.Select(e => e.Id));
        Assert.Equal(CalendarMeetingStatus.Host, ofUserTwo[2].MeetingStatus);
        var invited = Assert.Single(ofUserThree);
        Assert.Equal(651L, invited.Id);
        Assert.Equal(CalendarMeetingStatus.Invited, invited.MeetingStatus);
        Assert.Equal(2L, invited.OwnerId);
    }

    [Fact]
    public async Task Group_calendars_are_filtered_by_type_and_owner()
    {
        var id = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.Group, OwnerId = 6, Section = 49, Name = "Sprint review", From = new DateTime(2024, 12, 12, 14, 0, 0), To = new DateTime(2024, 12, 12, 15, 0, 0) });

        var group = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.Group, OwnerId = 6 });
        var otherGroup = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.Group, OwnerId = 7 });
        var userOne = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2024, 12, 12), To = new DateOnly(2024, 12, 12) });

        var e = Assert.Single(group);
        Assert.Equal((id, CalendarType.Group, 6L, 49L), (e.Id, e.CalType, e.OwnerId, e.SectionId));
        Assert.Empty(otherGroup);
        Assert.Empty(userOne);
    }

    [Fact]
    public async Task The_docs_response_reads_with_the_berlin_variant_of_1265_and_a_single_event()
    {
        Serve(200, DocsFixtures.Get("calendar.event.get"), method: Method);

        var response = await Api.Calendar.Event.GetWithResponseAsync(new() { Type = CalendarType.User, OwnerId = 1 });

        Assert.Equal([1265L, 1221L], response.Value.Select(e => e.Id));
        Assert.Equal("Europe/Berlin", response.Value[0].TzFrom);
        Assert.Null(response.Value[1].Rrule);
        Assert.Equal(new DateTimeOffset(2024, 12, 5, 15, 30, 7, TimeSpan.Zero), response.Time?.DateStart);
    }

    [Fact]
    public async Task An_empty_type_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.GetAsync(new() { Type = new CalendarType(""), OwnerId = 1 }), Method,
            "Mandatory parameter not specified \"type\" for the method \"calendar.event.get\"");
    }

    [Fact]
    public async Task A_missing_type_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("""{"ownerId":1}""")), Method,
            "Mandatory parameter not specified \"type\" for the method \"calendar.event.get\"");
    }
}
