using B24Gen.Runtime.Tests.Resilience;

namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// <see cref="B24OfflineEvents.ProcessOfflineEventsAsync"/>: handlers run per event; a handled event is cleared, a
/// failed or unhandled one is reported (kept in the failed queue) and processing goes on.
/// </summary>
public class OfflineProcessTests : OfflineQueueTest
{
    private const string OtherCode = "ONTESTTHING";

    [Fact]
    public async Task Counts_handled_failed_and_skipped_and_keeps_the_failed_and_unhandled_in_the_failed_queue()
    {
        Emulator.Events.Declare(OtherCode, "crm");
        await BindAsync(OtherCode);
        await QueueAsync(AddCode, 1, 2, 3);
        await QueueAsync(OtherCode, 4);
        var ran = new List<int>();
        var handlers = new B24EventHandlers().On<EntryAdded>((e, context, _) =>
        {
            Assert.NotNull(context.Api);
            ran.Add(EntryId(e));
            return EntryId(e) == 2 ? throw new InvalidOperationException("No such calendar.") : Task.CompletedTask;
        });

        var result = await App.ProcessOfflineEventsAsync(handlers);

        Assert.Equal(new B24OfflineRunResult(Handled: 2, Failed: 1, Skipped: 1), result);
        Assert.Equal([1, 2, 3], ran);
        Assert.Equal([(2, "", true), (4, "", true)], QueueState());
    }

    [Fact]
    public async Task An_unknown_event_goes_to_the_OnUnknown_handler_and_is_cleared()
    {
        await QueueAsync(AddCode, 1);
        B24RawEvent? received = null;
        var handlers = new B24EventHandlers().OnUnknown((e, _, _) =>
        {
            received = e;
            return Task.CompletedTask;
        });

        var result = await App.ProcessOfflineEventsAsync(handlers);

        Assert.Equal(new B24OfflineRunResult(1, 0, 0), result);
        Assert.Equal(1, EntryId(received!));
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task Failed_events_are_processed_again_with_ReadFailed_once_the_handler_works()
    {
        await QueueAsync(AddCode, 1, 2);
        var broken = true;
        var handlers = new B24EventHandlers().On<EntryAdded>((_, _, _) => broken ? throw new InvalidOperationException("Down.") : Task.CompletedTask);
        Assert.Equal(new B24OfflineRunResult(0, 2, 0), await App.ProcessOfflineEventsAsync(handlers));

        broken = false;
        var result = await App.ProcessOfflineEventsAsync(handlers, new() { ReadFailed = true });

        Assert.Equal(new B24OfflineRunResult(2, 0, 0), result);
        Assert.Empty(Queue);
    }

    [Fact]
    public async Task A_handler_failure_is_logged_with_the_event_but_not_its_data()
    {
        using var logs = new CapturingLoggerProvider();
        using var app = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken) with { LoggerFactory = logs });
        await Emulator.Events.RaiseAsync(AddCode, new() { ["id"] = "1", ["secret"] = "do-not-log-me" });
        var handlers = new B24EventHandlers().On<EntryAdded>((_, _, _) => throw new InvalidOperationException("No such calendar."));

        await app.ProcessOfflineEventsAsync(handlers);

        var entry = Assert.Single(logs.Entries, e => e.EventId == 1701);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, entry.Level);
        Assert.Contains(AddCode, entry.Message);
        Assert.Contains("InvalidOperationException", entry.Message);
        Assert.Contains("event.offline.error", entry.Message);
        Assert.DoesNotContain("do-not-log-me", logs.AllText);
        Assert.DoesNotContain(Emulator.AccessToken, logs.AllText);
    }

    [Fact]
    public async Task Cancellation_stops_processing_with_the_event_in_flight_still_reserved()
    {
        await QueueAsync(AddCode, 1, 2, 3);
        using var stop = new CancellationTokenSource();
        var handlers = new B24EventHandlers().On<EntryAdded>(async (e, _, ct) =>
        {
            if (EntryId(e) == 2)
            {
                await stop.CancelAsync();
                await Task.Delay(Timeout.Infinite, ct);
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => App.ProcessOfflineEventsAsync(handlers, cancellationToken: stop.Token));

        var reserved = QueueState();
        Assert.Equal([2, 3], reserved.Select(r => r.Id));
        Assert.All(reserved, r => Assert.NotEqual("", r.ProcessId));
        Assert.Equal(new B24OfflineRunResult(2, 0, 0), await App.ProcessOfflineEventsAsync(TypedHandlers, new() { ProcessId = reserved[0].ProcessId }));
    }
}
