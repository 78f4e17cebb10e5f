namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// A consumer process killed in the middle of a handler, then started again with the same state file (where it saved
/// its batch's process id): every event is handled at least once, the queue ends empty, and only events of the batch in
/// flight are handled twice.
/// </summary>
public class KilledConsumerTests : OfflineQueueTest
{
    private const int BatchSize = 3; // batches [1,2,3] [4,5,6] [7]

    [Theory]
    [InlineData(4, new int[0])] // killed at the first event of the second batch: nothing was handled twice
    [InlineData(5, new[] { 4 })] // killed at its second: 4 was handled but not yet cleared, so it is handled again
    public async Task Every_event_is_handled_after_a_kill_and_a_restart_and_only_the_batch_in_flight_twice(int killAt, int[] handledTwice)
    {
        await QueueAsync(AddCode, 1, 2, 3, 4, 5, 6, 7);
        var stateFile = Path.Combine(Path.GetTempPath(), $"b24gen-offline-{Guid.NewGuid():N}.txt");
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // against a hang, not a timing assertion
        try
        {
            using var first = ConsumerProcess.Start(Emulator.ClientEndpoint, Emulator.AccessToken, stateFile, BatchSize, blockAt: killAt);
            Assert.True(await first.ReadUntilAsync($"handling {killAt}", guard.Token), "The first consumer ended before it reached the event to be killed at.");
            await first.KillAsync();
            Assert.Contains(Queue, r => r.ProcessId.Length > 0); // the batch in flight is still reserved

            using var second = ConsumerProcess.Start(Emulator.ClientEndpoint, Emulator.AccessToken, stateFile, BatchSize, blockAt: null);
            Assert.False(await second.ReadUntilAsync("never printed", guard.Token));
            Assert.Equal(0, await second.ExitAsync(guard.Token));

            Assert.Equal(Enumerable.Range(1, 7), first.Handled.Concat(second.Handled).Distinct().Order());
            Assert.Equal(handledTwice, first.Handled.Intersect(second.Handled));
            Assert.Equal(Enumerable.Range(1, killAt - 1), first.Handled);
            Assert.Empty(Queue);
        }
        finally
        {
            File.Delete(stateFile);
        }
    }
}
