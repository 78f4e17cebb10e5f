using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using B24Gen.Events.Offline;

namespace B24Gen;

/// <summary>
/// The portal's offline event queue (<c>event.offline.*</c>), processed at least once: events are reserved
/// (<c>clear=0</c>), delivered, and deleted only after they were handled. Bind the events with <c>event.bind</c> and
/// <c>event_type=offline</c> first; the methods need an application's authorization (OAuth), as the portal's docs say.
/// </summary>
public static partial class B24OfflineEvents
{
    /// <summary>
    /// Reads the offline queue as events: typed when <paramref name="handlers"/> has a handler for the code, a
    /// <see cref="B24RawEvent"/> otherwise (the handlers are not run; <see cref="ProcessOfflineEventsAsync"/> runs them).
    /// Asking for the next event acknowledges the last one: when a batch is done (and when the enumeration is disposed:
    /// end, <c>break</c>, an exception) the acknowledged events are cleared with <c>event.offline.clear</c>. The event the
    /// loop body was in when it threw or broke off is not acknowledged: it and the rest of its batch stay reserved under
    /// <see cref="B24OfflineEventInfo.ProcessId"/> and are delivered again to a reading with that
    /// <see cref="B24OfflineEventOptions.ProcessId"/>. An event reported with <see cref="ReportOfflineErrorAsync"/> is
    /// never cleared. Reading a batch, clearing one, or <see cref="B24OfflineEventOptions.ProcessIdReserved"/> failing
    /// ends the enumeration with that exception; nothing is cleared that was not acknowledged.
    /// </summary>
    /// <param name="client">The portal's client.</param>
    /// <param name="handlers">Which codes are read as typed events.</param>
    /// <param name="options">Batch size, filter, resuming; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the reading, also while it waits for new events.</param>
    /// <returns>The events, in the queue's order.</returns>
    /// <exception cref="B24Exception">A call to the queue failed.</exception>
    public static IAsyncEnumerable<B24Event> ReadOfflineEventsAsync(this B24Client client, B24EventHandlers handlers, B24OfflineEventOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(handlers);
        options = Checked(options);
        return ReadAsync(new OfflineQueueReader(client, handlers, options), unreadable: null, cancellationToken);
    }

    private static B24OfflineEventOptions Checked(B24OfflineEventOptions? options)
    {
        options ??= new B24OfflineEventOptions();
        if (options.BatchSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "BatchSize must be positive: the portal refuses a limit of 0 or less.");
        }

        if (options.PollInterval < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, "PollInterval must not be negative.");
        }

        return options;
    }

    /// <summary>The reading itself; <paramref name="unreadable"/> hears of each record reported because its data could not be read.</summary>
    internal static async IAsyncEnumerable<B24Event> ReadAsync(OfflineQueueReader reader, Action<B24EventEnvelope>? unreadable, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.NextBatchAsync(cancellationToken).ConfigureAwait(false) is { } records)
            {
                foreach (var record in records)
                {
                    if (await reader.OpenAsync(record, unreadable, cancellationToken).ConfigureAwait(false) is not { } @event)
                    {
                        continue;
                    }

                    yield return @event;

                    // Only reached when the consumer asks for the next event: the loop body finished without throwing.
                    reader.Acknowledge(@event);
                }

                await reader.EndBatchAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await reader.CloseAsync().ConfigureAwait(false);
        }
    }
}
