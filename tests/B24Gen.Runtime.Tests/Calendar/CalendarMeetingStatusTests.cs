using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.meeting.status.get / .set: a bare-string result, Y/N/Q only, and the change visible in getbyid, get.nearest
/// and accessibility. Seeded meeting 651 (the docs' eventId): user 2 organizes, user 1 (webhook) accepted, user 3
/// invited. The OAuth client acts as user 2.
/// </summary>
public sealed class CalendarMeetingStatusTests : EmulatorTest
{
    private const string GetMethod = "calendar.meeting.status.get";
    private const string SetMethod = "calendar.meeting.status.set";

    protected override PortalEmulatorOptions? EmulatorOptions => new()
    {
        AccessTokenUserId = 2,
        TimeProvider = new FixedTimeProvider(new DateTimeOffset(2024, 12, 11, 12, 0, 0, TimeSpan.Zero)),
    };

    [Fact]
    public async Task The_docs_get_request_answers_the_docs_bare_string()
    {
        var raw = await Client.CallRawAsync(GetMethod, Raw("""{"eventId":651}"""));
        var response = await Api.Calendar.Meeting.Status.GetWithResponseAsync(new() { EventId = 651 });

        Assert.Equal(System.Text.Json.JsonValueKind.String, raw.Value.ValueKind);
        Assert.Equal("Y", raw.Value.GetString());
        Assert.Equal("""{"eventId":651}""", Emulator.Requests[^1].Body);
        Assert.Equal(CalendarMeetingStatus.Accepted, response.Value);
        Assert.Equal("Y", response.Value.ToString());
        Assert.NotNull(response.Time);
    }

    [Fact]
    public async Task Set_get_round_trip_changes_what_every_read_method_shows()
    {
        var set = await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Declined });

        Assert.True(set);
        Assert.Equal("""{"eventId":651,"status":"N"}""", Emulator.Requests[^1].Body);
        Assert.Equal(CalendarMeetingStatus.Declined, await Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 651 }));
        var e = await Api.Calendar.Event.GetByIdAsync(new() { Id = 651 });
        Assert.Equal(CalendarMeetingStatus.Declined, e.MeetingStatus);
        Assert.Equal(CalendarMeetingStatus.Declined, e.AttendeeList.Single(attendee => attendee.Id == 1).Status);
        Assert.DoesNotContain(651L, (await Api.Calendar.Event.GetNearestAsync()).Select(item => item.Id));
        var busy = await Api.Calendar.Accessibility.GetAsync(new() { Users = [1], From = new DateOnly(2025, 1, 15), To = new DateOnly(2025, 1, 15) });
        Assert.Empty(busy["1"]);

        await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Invited });
        Assert.Equal(CalendarMeetingStatus.Invited, await Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 651 }));
        await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Accepted });
        Assert.Equal(CalendarMeetingStatus.Accepted, (await Api.Calendar.Event.GetByIdAsync(new() { Id = 651 })).MeetingStatus);
        Assert.Equal(651L, Assert.Single((await Api.Calendar.Accessibility.GetAsync(new() { Users = [1], From = new DateOnly(2025, 1, 15), To = new DateOnly(2025, 1, 15) }))["1"]).Id);
    }

    [Fact]
    public async Task The_docs_set_request_is_sent_exactly()
    {
        await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Accepted });

        AssertSameJson("""{"eventId":651,"status":"Y"}""", Emulator.Requests[^1].Body);
    }

    [Fact]
    public async Task An_invited_user_answers_and_the_organizer_sees_it_in_the_attendee_list()
    {
        var id = await Api.Calendar.Event.AddAsync(Meeting());
        using var userTwo = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        var asUserTwo = new B24Api(userTwo);

        Assert.Equal(CalendarMeetingStatus.Invited, await asUserTwo.Calendar.Meeting.Status.GetAsync(new() { EventId = id }));
        Assert.True(await asUserTwo.Calendar.Meeting.Status.SetAsync(new() { EventId = id, Status = CalendarMeetingStatus.Accepted }));

        Assert.Equal(CalendarMeetingStatus.Accepted, (await asUserTwo.Calendar.Event.GetByIdAsync(new() { Id = id })).MeetingStatus);
        var seenByOrganizer = await Api.Calendar.Event.GetByIdAsync(new() { Id = id });
        Assert.Equal(CalendarMeetingStatus.Host, seenByOrganizer.MeetingStatus);
        Assert.Equal(
            [CalendarMeetingStatus.Host, CalendarMeetingStatus.Accepted, CalendarMeetingStatus.Invited],
            seenByOrganizer.AttendeeList.Select(attendee => attendee.Status));
    }

    [Fact]
    public async Task The_organizer_reads_H_and_cannot_change_it()
    {
        using var userTwo = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        var asOrganizer = new B24Api(userTwo);

        Assert.True(await asOrganizer.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Declined }));

        Assert.Equal(CalendarMeetingStatus.Host, await asOrganizer.Calendar.Meeting.Status.GetAsync(new() { EventId = 651 }));
    }

    [Fact]
    public async Task A_lower_case_status_is_accepted_like_the_portal_does()
    {
        await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = new CalendarMeetingStatus("n") });

        Assert.Equal("n", LastBody(Emulator)["status"]!.GetValue<string>());
        Assert.Equal(CalendarMeetingStatus.Declined, await Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 651 }));
    }

    [Fact]
    public async Task Setting_a_status_for_an_unknown_event_answers_true_like_the_portal()
    {
        Assert.True(await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 424242, Status = CalendarMeetingStatus.Accepted }));
    }

    [Fact]
    public async Task Get_without_event_id_gives_the_documented_text_which_names_the_set_method()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 0 }), GetMethod,
            "The required parameter \"eventId\" for the method \"calendar.meeting.status.set\" is not set");
        await AssertMethodErrorAsync(() => Client.CallRawAsync(GetMethod, Raw("{}")), GetMethod,
            "The required parameter \"eventId\" for the method \"calendar.meeting.status.set\" is not set");
    }

    [Fact]
    public async Task Get_for_an_unknown_event_or_one_the_caller_is_not_invited_to_gives_the_documented_error()
    {
        var id = await Api.Calendar.Event.AddAsync(SimpleEvent());
        using var userTwo = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));

        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 424242 }), GetMethod, "An error occurred while retrieving the status");
        await AssertMethodErrorAsync(() => new B24Api(userTwo).Calendar.Meeting.Status.GetAsync(new() { EventId = id }), GetMethod, "An error occurred while retrieving the status");
    }

    [Fact]
    public async Task Set_without_event_id_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 0, Status = CalendarMeetingStatus.Accepted }), SetMethod,
            "The required parameter \"eventId\" for the method \"calendar.meeting.status.set\" is not set");
    }

    [Fact]
    public async Task Set_without_status_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(SetMethod, Raw("""{"eventId":651}""")), SetMethod,
            "The required parameter \"status\" for the method \"calendar.meeting.status.set\" is not set");
        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = new CalendarMeetingStatus("") }), SetMethod,
            "The required parameter \"status\" for the method \"calendar.meeting.status.set\" is not set");
    }

    [Fact]
    public async Task Set_with_H_or_another_value_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Host }), SetMethod,
            "Invalid value for the parameter \"status\"");
        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = new CalendarMeetingStatus("maybe") }), SetMethod,
            "Invalid value for the parameter \"status\"");
        Assert.Equal(CalendarMeetingStatus.Accepted, await Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 651 }));
    }
}
