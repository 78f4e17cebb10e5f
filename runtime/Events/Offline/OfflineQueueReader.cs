using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace B24Gen.Events.Offline;

/// <summary>
/// One reading of the offline queue: reserves batches, turns records into events, remembers which ones the consumer
/// acknowledged and clears those. The rule that keeps every event: a new batch is reserved only when every record of the
/// current one was cleared or reported; a record in any other state stays reserved under the batch's process id, which
/// the consumer was given (<see cref="B24OfflineEventOptions.ProcessIdReserved"/>) before the batch's first event.
/// </summary>
internal sealed class OfflineQueueReader(B24Client client, B24EventHandlers handlers, B24OfflineEventOptions options)
{
    private readonly ILogger _logger = OfflineLog.For(client);
    private readonly List<long> _acknowledged = [];
    private string? _resume = options.ProcessId is { Length: > 0 } id ? id.Trim() : null;
    private string? _batch;
    private bool _unsettled;

    /// <summary>The next batch's records: the resumed process's first, then new ones; null when the queue is empty and the reading stops.</summary>
    public async Task<IReadOnlyList<JsonElement>?> NextBatchAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_resume is { } resume)
            {
                // Read again until empty, not once: a run with a larger BatchSize may have reserved more than one get returns.
                var reserved = await OfflineCalls.RereadAsync(client, options, resume, cancellationToken).ConfigureAwait(false);
                if (reserved.Records.Count > 0)
                {
                    return Begin(resume, reserved.Records, resumed: true);
                }

                _resume = null;
            }

            var batch = await OfflineCalls.ReserveAsync(client, options, cancellationToken).ConfigureAwait(false);
            if (batch.Records.Count > 0)
            {
                var processId = batch.ProcessId
                    ?? throw new B24ResponseFormatException(OfflineRequests.Get, "The portal reserved records with clear=0 but gave no process_id: they could never be cleared.", 200, "$.result.process_id");
                if (options.ProcessIdReserved is { } save)
                {
                    await save(processId, cancellationToken).ConfigureAwait(false);
                }

                return Begin(processId, batch.Records, resumed: false);
            }

            if (options.StopWhenEmpty)
            {
                return null;
            }

            await Task.Delay(options.PollInterval, client.Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A record as the event its handlers expect. A record whose data cannot be read is reported (kept in the failed
    /// queue) and null is returned: delivering it again would fail again, and ending the reading would stop the queue on it.
    /// </summary>
    public async Task<B24Event?> OpenAsync(JsonElement record, Action<B24EventEnvelope>? unreadable, CancellationToken cancellationToken)
    {
        // A record without a code or id is a broken answer, not a broken event: it ends the reading, the batch stays reserved.
        var envelope = B24EventEnvelope.FromOfflineRecord(record, _batch!);
        B24Event @event;
        try
        {
            @event = handlers.Read(envelope);
        }
        catch (B24EventFormatException exception)
        {
            var offline = envelope.Offline!;
            OfflineLog.Unreadable(_logger, envelope.Code, offline.Id, offline.MessageId, exception.GetType().Name, exception);
            await OfflineCalls.ReportAsync(client, offline, options.AuthConnector, cancellationToken).ConfigureAwait(false);
            unreadable?.Invoke(envelope);
            return null;
        }

        OfflineDelivery.Track(envelope, new OfflineDelivery(options.AuthConnector));
        return @event;
    }

    /// <summary>The consumer asked for the next event: this one is done, unless it was reported.</summary>
    public void Acknowledge(B24Event @event)
    {
        var delivery = OfflineDelivery.Find(@event.Envelope);
        if (delivery is null || delivery.IsAcknowledgeable)
        {
            _acknowledged.Add(@event.Offline!.Id);
        }
        else if (!delivery.IsReported)
        {
            // Its report failed and the consumer went on: re-read the batch before reserving another, or the record
            // would stay reserved under an id no one reads again.
            _unsettled = true;
        }
    }

    /// <summary>The batch is done: clears what was acknowledged. A failure ends the reading; the records stay reserved and come back when the batch's process is resumed.</summary>
    public async Task EndBatchAsync(CancellationToken cancellationToken)
    {
        var processId = _batch!;
        if (_acknowledged.Count > 0)
        {
            // Forgotten before the call: after a failure they are the resumed process's to deliver again, not this reading's.
            var ids = _acknowledged.ToArray();
            _acknowledged.Clear();
            await OfflineCalls.ClearAsync(client, processId, ids, options.AuthConnector, cancellationToken).ConfigureAwait(false);
        }

        if (_unsettled)
        {
            _unsettled = false;
            _resume ??= processId;
        }
    }

    /// <summary>
    /// The reading ends early (break, an exception, cancellation): clears what was acknowledged, so it is not delivered
    /// again; the event in flight and the rest of the batch stay reserved. Not cancellable: a cancelled consumer still
    /// settles what it finished (the client's timeout bounds it). A failure is logged, not thrown over the reason the
    /// reading ended; those records come back on resume.
    /// </summary>
    public async Task CloseAsync()
    {
        if (_acknowledged.Count == 0)
        {
            return;
        }

        var ids = _acknowledged.ToArray();
        _acknowledged.Clear();
        try
        {
            await OfflineCalls.ClearAsync(client, _batch!, ids, options.AuthConnector, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is B24Exception or ObjectDisposedException)
        {
            OfflineLog.ClearFailed(_logger, ids.Length, _batch!, exception.GetType().Name);
        }
    }

    private IReadOnlyList<JsonElement> Begin(string processId, IReadOnlyList<JsonElement> records, bool resumed)
    {
        _batch = processId;
        OfflineLog.BatchRead(_logger, records.Count, processId, resumed);
        return records;
    }
}
