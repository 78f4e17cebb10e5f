using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Calendar.CalendarEventTestSupport;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>calendar.event.delete: the docs' request, what a deletion removes, and the documented errors. The OAuth client acts as user 2.</summary>
public sealed class CalendarEventDeleteTests : EmulatorTest
{
    private const string Method = "calendar.event.delete";

    protected override PortalEmulatorOptions? EmulatorOptions => new() { AccessTokenUserId = 2 };

    [Fact]
    public async Task The_docs_request_is_sent_exactly_and_answers_true()
    {
        var id = await Api.Calendar.Event.AddAsync(SimpleEvent());
        var record = Emulator.State.CalendarEvents.Get(id)!;
        Emulator.State.CalendarEvents.Remove(id);
        record["ID"] = "698";
        record["PARENT_ID"] = "698";
        Emulator.State.CalendarEvents.Put(698, record); // the docs' event 698

        var response = await Api.Calendar.Event.DeleteWithResponseAsync(new() { Id = 698 });

        Assert.Equal("""{"id":698}""", Emulator.Requests[^1].Body);
        Assert.True(response.Value);
        Assert.NotNull(response.Time);
        Assert.Null(Emulator.State.CalendarEvents.Get(698));
    }

    [Fact]
    public async Task A_deleted_series_disappears_from_every_read_method()
    {
        Assert.True(await Api.Calendar.Event.DeleteAsync(new() { Id = 1265 }));

        await AssertMethodErrorAsync(() => Api.Calendar.Event.GetByIdAsync(new() { Id = 1265 }), "calendar.event.getbyid", "Access denied");
        var december = await Api.Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateOnly(2024, 12, 1), To = new DateOnly(2024, 12, 31) });
        Assert.DoesNotContain(1265L, december.Select(e => e.Id));
        Assert.Equal([1213L, 1216L, 1221L], december.Select(e => e.Id));
        await AssertMethodErrorAsync(() => Api.Calendar.Meeting.Status.GetAsync(new() { EventId = 1265 }), "calendar.meeting.status.get", "An error occurred while retrieving the status");
        await AssertMethodErrorAsync(() => Api.Calendar.Event.DeleteAsync(new() { Id = 1265 }), Method, "An error occurred while deleting the event");
    }

    [Fact]
    public async Task A_zero_id_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.DeleteAsync(new() { Id = 0 }), Method, "Event id not specified");
    }

    [Fact]
    public async Task A_missing_id_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Client.CallRawAsync(Method, Raw("{}")), Method, "Event id not specified");
    }

    [Fact]
    public async Task An_unknown_event_gives_the_documented_error()
    {
        await AssertMethodErrorAsync(() => Api.Calendar.Event.DeleteAsync(new() { Id = 424242 }), Method, "An error occurred while deleting the event");
    }

    [Fact]
    public async Task Another_users_event_cannot_be_deleted()
    {
        using var userTwo = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));

        await AssertMethodErrorAsync(() => new B24Api(userTwo).Calendar.Event.DeleteAsync(new() { Id = 1221 }), Method, "An error occurred while deleting the event");

        Assert.Equal(1221L, (await Api.Calendar.Event.GetByIdAsync(new() { Id = 1221 })).Id);
        Assert.True(await new B24Api(userTwo).Calendar.Event.DeleteAsync(new() { Id = 2 })); // user 2's own event
    }
}
