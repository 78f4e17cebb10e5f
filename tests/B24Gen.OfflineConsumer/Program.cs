using B24Gen;
using B24Gen.OfflineConsumer;

// Processes the offline queue once (until it is empty) and prints "handled <id>" per event. With --block-at, the
// handler of that entry prints "handling <id>" and never returns: the test kills the process there, mid-batch.
var arguments = ConsumerArguments.Parse(args);
var state = new ProcessIdFile(arguments.StateFile);
using var client = new B24Client(B24ClientOptions.FromAccessToken(arguments.Endpoint, arguments.Token) with { RateLimit = null });

var handlers = new B24EventHandlers().On<EntryAddedEvent>(async (e, _, ct) =>
{
    if (e.EntryId == arguments.BlockAt)
    {
        Console.WriteLine($"handling {e.EntryId}");
        Console.Out.Flush();
        await Task.Delay(Timeout.Infinite, ct);
    }

    Console.WriteLine($"handled {e.EntryId}");
    Console.Out.Flush();
});

var options = new B24OfflineEventOptions
{
    ProcessId = state.Load(),
    ProcessIdReserved = state.SaveAsync,
    BatchSize = arguments.BatchSize,
};
var result = await client.ProcessOfflineEventsAsync(handlers, options);
Console.WriteLine($"done handled={result.Handled} failed={result.Failed} skipped={result.Skipped}");
return 0;
