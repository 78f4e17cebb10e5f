using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>Reported events and failing calls: nothing is cleared that was not handled, nothing handled is lost.</summary>
public class OfflineErrorTests : OfflineQueueTest
{
    [Fact]
    public async Task A_reported_event_is_not_cleared_not_delivered_again_and_waits_in_the_failed_queue()
    {
        await QueueAsync(AddCode, 1, 2, 3);
        var delivered = new List<int>();

        await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
        {
            delivered.Add(EntryId(e));
            if (EntryId(e) == 2)
            {
                await App.ReportOfflineErrorAsync(e);
            }
        }

        Assert.Equal([1, 2, 3], delivered);
        Assert.Equal([(2, "", true)], QueueState());
        Assert.Empty(await ReadAllAsync());
        Assert.Equal([2], await ReadAllAsync(new() { ReadFailed = true }));
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task Reporting_an_event_from_elsewhere_is_an_argument_error()
    {
        var envelope = B24EventEnvelope.FromForm("event=ONCALENDARENTRYADD&data[id]=1");

        await Assert.ThrowsAsync<ArgumentException>(() => App.ReportOfflineErrorAsync(new B24RawEvent(envelope)));
    }

    [Fact]
    public async Task A_clear_that_fails_ends_the_reading_and_the_batch_comes_back_to_its_process()
    {
        await QueueAsync(AddCode, 1, 2, 3);
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = "event.offline.clear" });
        var delivered = new List<int>();
        string? processId = null;

        await Assert.ThrowsAsync<B24TransportException>(async () =>
        {
            await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
            {
                processId = e.Offline!.ProcessId;
                delivered.Add(EntryId(e));
            }
        });

        Assert.Equal([1, 2, 3], delivered);
        Assert.Equal([(1, processId!, false), (2, processId!, false), (3, processId!, false)], QueueState());

        // Not lost: delivered once more (at least once), then cleared.
        Assert.Equal([1, 2, 3], await ReadAllAsync(new() { ProcessId = processId }));
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task A_clear_that_ran_but_whose_answer_was_lost_delivers_nothing_again()
    {
        await QueueAsync(AddCode, 1, 2);
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = "event.offline.clear", PassThrough = true });
        string? processId = null;

        await Assert.ThrowsAsync<B24TransportException>(async () =>
        {
            await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
            {
                processId = e.Offline!.ProcessId;
            }
        });

        Assert.Empty(Queue);
        Assert.Empty(await ReadAllAsync(new() { ProcessId = processId }));
    }

    [Fact]
    public async Task A_clear_that_fails_as_the_loop_body_throws_does_not_hide_the_body_s_exception()
    {
        await QueueAsync(AddCode, 1, 2);
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = "event.offline.clear" });

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var e in App.ReadOfflineEventsAsync(TypedHandlers))
            {
                if (EntryId(e) == 2)
                {
                    throw new InvalidOperationException("The body's own failure.");
                }
            }
        });

        Assert.Equal("The body's own failure.", thrown.Message);
        Assert.Equal([1, 2], QueueState().Select(r => r.Id));
    }

    [Fact]
    public async Task A_failing_get_reserves_nothing_and_loses_nothing()
    {
        await QueueAsync(AddCode, 1, 2);
        Emulator.EnqueueFault(new FaultResponse(500, """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""") { ForMethod = "event.offline.get" });

        await Assert.ThrowsAsync<B24ServerException>(() => ReadAllAsync());

        Assert.Equal([(1, "", false), (2, "", false)], QueueState());
        Assert.Equal([1, 2], await ReadAllAsync());
    }
}
