using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// calendar.event.get.nearest with the emulator's clock at 2024-12-11 12:00 UTC (13:00 in the user's Berlin time
/// zone): the caller's coming events, <c>days</c>, <c>forCurrentUser</c>, <c>maxEventsCount</c>, <c>detailUrl</c>,
/// and the docs' requests.
/// </summary>
public sealed class CalendarEventGetNearestTests : EmulatorTest
{
    private const string Method = "calendar.event.get.nearest";

    protected override PortalEmulatorOptions? EmulatorOptions =>
        new() { TimeProvider = new FixedTimeProvider(new DateTimeOffset(2024, 12, 11, 12, 0, 0, TimeSpan.Zero)) };

    [Fact]
    public async Task Without_parameters_the_callers_events_of_the_next_60_days_come_in_order()
    {
        var events = await Api.Calendar.Event.GetNearestAsync();

        Assert.Equal("{}", Emulator.Requests[^1].Body);
        Assert.Equal(
            [
                (1265L, "12/11/2024 05:59:00 pm"), (1265L, "12/16/2024 05:59:00 pm"), (1265L, "12/18/2024 05:59:00 pm"),
                (1221L, "12/23/2024 10:00:00 am"), (1265L, "12/23/2024 05:59:00 pm"), (651L, "01/15/2025 11:00:00 am"),
            ],
            events.Select(e => (e.Id, e.DateFrom.Text)));
        Assert.Equal(CalendarMeetingStatus.Accepted, events[^1].MeetingStatus); // the caller's status in 651
        Assert.All(events, e => Assert.False(e.AdditionalFields.ContainsKey("~detailUrl")));
    }

    [Fact]
    public async Task Past_events_are_left_out()
    {
        var earlier = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 190, Name = "This morning", From = new DateTime(2024, 12, 11, 9, 0, 0), To = new DateTime(2024, 12, 11, 10, 0, 0) });
        var running = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.User, OwnerId = 1, Section = 190, Name = "Running", From = new DateTime(2024, 12, 11, 12, 30, 0), To = new DateTime(2024, 12, 11, 14, 0, 0) });

        var ids = (await Api.Calendar.Event.GetNearestAsync(new() { Days = 1 })).Select(e => e.Id).ToList();

        Assert.Equal([running, 1265L], ids);
        Assert.DoesNotContain(earlier, ids);
    }

    [Fact]
    public async Task The_docs_user_request_is_sent_exactly_and_honours_days_max_count_and_detail_url()
    {
        var events = await Api.Calendar.Event.GetNearestAsync(new()
        {
            Type = CalendarType.User,
            OwnerId = 2,
            Days = 10,
            ForCurrentUser = true,
            MaxEventsCount = 100,
            DetailUrl = "/company/personal/user/#user_id#/calendar/",
        });

        AssertSameJson("""{"type":"user","ownerId":2,"days":10,"forCurrentUser":true,"maxEventsCount":100,"detailUrl":"/company/personal/user/#user_id#/calendar/"}""", Emulator.Requests[^1].Body);
        // forCurrentUser wins over type/ownerId: the caller's (user 1's) events up to 12/21.
        Assert.Equal(["12/11/2024 05:59:00 pm", "12/16/2024 05:59:00 pm", "12/18/2024 05:59:00 pm"], events.Select(e => e.DateFrom.Text));
        var url = events[0].AdditionalFields["~detailUrl"].GetString();
        Assert.Equal("/company/personal/user/1/calendar/?EVENT_ID=1265&EVENT_DATE=12/11/2024 05:59:00 pm", url);
    }

    [Fact]
    public async Task Max_events_count_cuts_the_list()
    {
        var events = await Api.Calendar.Event.GetNearestAsync(new() { MaxEventsCount = 2 });

        Assert.Equal("""{"maxEventsCount":2}""", Emulator.Requests[^1].Body);
        Assert.Equal(["12/11/2024 05:59:00 pm", "12/16/2024 05:59:00 pm"], events.Select(e => e.DateFrom.Text));
    }

    [Fact]
    public async Task The_docs_company_request_differs_in_method_and_owner()
    {
        AddSection(Emulator, 1, "company_calendar", 0);
        var id = await Api.Calendar.Event.AddAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0, Section = 1, Name = "Holiday party", From = new DateTime(2024, 12, 20, 18, 0, 0), To = new DateTime(2024, 12, 20, 23, 0, 0) });

        var events = await Api.Calendar.Event.GetNearestAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0, ForCurrentUser = false });

        // Documented deviations: the docs post this example to calendar.event.get (a copy-paste slip; it carries
        // get.nearest's forCurrentUser) and send "ownerId":"", which the typed API sends as 0.
        var request = Emulator.Requests[^1];
        Assert.Equal(Method, request.RestMethod);
        var docs = JsonNode.Parse("""{"type":"company_calendar","ownerId":"","forCurrentUser":false}""")!.AsObject();
        docs["ownerId"] = 0;
        Assert.True(JsonNode.DeepEquals(docs, JsonNode.Parse(request.Body)), request.Body);
        var e = Assert.Single(events);
        Assert.Equal((id, CalendarType.CompanyCalendar), (e.Id, e.CalType));
    }

    [Fact]
    public async Task Declined_meetings_are_left_out()
    {
        await Api.Calendar.Meeting.Status.SetAsync(new() { EventId = 651, Status = CalendarMeetingStatus.Declined });

        var ids = (await Api.Calendar.Event.GetNearestAsync()).Select(e => e.Id);

        Assert.DoesNotContain(651L, ids);
    }
}
