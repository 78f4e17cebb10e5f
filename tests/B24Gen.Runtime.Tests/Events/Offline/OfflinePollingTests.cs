namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// <see cref="B24OfflineEventOptions.StopWhenEmpty"/> false: an empty queue is asked again after the poll interval, on
/// the client's clock (here one the test drives, so nothing waits in real time).
/// </summary>
public class OfflinePollingTests : OfflineQueueTest
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(7);

    [Fact]
    public async Task An_empty_queue_is_asked_again_after_the_poll_interval_until_an_event_comes()
    {
        var clock = new PollTimeProvider(Interval);
        using var app = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken) with { TimeProvider = clock });
        var reading = FirstAsync(app, new() { StopWhenEmpty = false, PollInterval = Interval });

        await clock.Waiting;
        await QueueAsync(AddCode, 1);
        clock.Elapse();

        Assert.Equal(1, await reading);
        Assert.Equal(1, clock.Waits);
        Assert.Equal(2, Emulator.Requests.Count(r => r.RestMethod == "event.offline.get"));
        Assert.Equal([1], QueueState().Select(r => r.Id)); // the test broke off on it: still reserved
    }

    [Fact]
    public async Task Cancelling_a_waiting_reading_ends_it()
    {
        var clock = new PollTimeProvider(Interval);
        using var app = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken) with { TimeProvider = clock });
        using var stop = new CancellationTokenSource();
        var reading = FirstAsync(app, new() { StopWhenEmpty = false, PollInterval = Interval }, stop.Token);

        await clock.Waiting;
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task By_default_the_reading_ends_at_the_first_empty_get()
    {
        Assert.Empty(await ReadAllAsync());
        Assert.Equal(1, Emulator.Requests.Count(r => r.RestMethod == "event.offline.get"));
    }

    private static async Task<int> FirstAsync(B24Client app, B24OfflineEventOptions options, CancellationToken cancellationToken = default)
    {
        await foreach (var e in app.ReadOfflineEventsAsync(TypedHandlers, options, cancellationToken))
        {
            return EntryId(e);
        }

        return -1;
    }
}
