using System;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Events.Offline;

namespace B24Gen;

public static partial class B24OfflineEvents
{
    /// <summary>
    /// Reads the offline queue (<see cref="ReadOfflineEventsAsync"/>) and runs each event's handlers
    /// (<see cref="B24EventHandlers.DispatchAsync"/>) with the client's <see cref="B24Api"/>. An event whose handlers all
    /// return is cleared. One a handler throws on is logged (the client's <see cref="B24ClientOptions.LoggerFactory"/>),
    /// reported with <c>event.offline.error</c>, and processing goes on. One nothing handles (no typed handler, no
    /// <see cref="B24EventHandlers.OnUnknown"/>) is reported too, not cleared: bound events nobody handles are a
    /// configuration mistake, and the failed queue keeps them until a handler exists
    /// (<see cref="B24OfflineEventOptions.ReadFailed"/>). Cancellation stops it with the event in flight still reserved.
    /// </summary>
    /// <param name="client">The portal's client.</param>
    /// <param name="handlers">The handlers.</param>
    /// <param name="options">Batch size, filter, resuming, polling; null for the defaults (stop when the queue is empty).</param>
    /// <param name="cancellationToken">Cancels the reading and the handlers.</param>
    /// <returns>How many events were handled, failed and skipped.</returns>
    /// <exception cref="B24Exception">A call to the queue failed: what was not cleared stays reserved (resume it with <see cref="B24OfflineEventOptions.ProcessId"/>).</exception>
    public static async Task<B24OfflineRunResult> ProcessOfflineEventsAsync(this B24Client client, B24EventHandlers handlers, B24OfflineEventOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(handlers);
        options = Checked(options);
        var logger = OfflineLog.For(client);
        var context = new B24EventContext(new B24Api(client));
        int handled = 0, failed = 0, skipped = 0;
        var reader = new OfflineQueueReader(client, handlers, options);
        await foreach (var @event in ReadAsync(reader, _ => failed++, cancellationToken).ConfigureAwait(false))
        {
            var offline = @event.Offline!;
            bool ran;
            try
            {
                ran = await handlers.DispatchAsync(@event, context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // The handler's failure is the event's, not the reading's: it goes to the failed queue and the next one runs.
                OfflineLog.HandlerFailed(logger, @event.Code, offline.Id, offline.MessageId, exception.GetType().Name, exception);
                await client.ReportOfflineErrorAsync(@event, cancellationToken).ConfigureAwait(false);
                failed++;
                continue;
            }

            if (!ran)
            {
                OfflineLog.Unhandled(logger, @event.Code, offline.Id, offline.MessageId);
                await client.ReportOfflineErrorAsync(@event, cancellationToken).ConfigureAwait(false);
                skipped++;
                continue;
            }

            handled++;
        }

        return new B24OfflineRunResult(handled, failed, skipped);
    }
}
