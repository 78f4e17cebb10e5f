using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// The offline event queue, with the rest module's rules (<c>EventOfflineTable</c>):
/// <list type="bullet">
/// <item>a new event merges into the free record with the same <c>MESSAGE_ID</c> and connector (new time and data,
/// same <c>ID</c>); a record reserved by a process is never merged into, so a change after the reservation is queued anew;</item>
/// <item><see cref="Reserve"/> marks free records with a new 32-character process ID, which only a get naming that
/// process sees again; <see cref="Clear"/> deletes a process's records;</item>
/// <item><see cref="MarkError"/> turns a process's records into free error records (and drops other copies of the
/// same messages that are not errors), which <c>error=1</c> then selects.</item>
/// </list>
/// Every method runs under one lock, so parallel gets never receive the same record.
/// </summary>
internal sealed class OfflineEventQueue
{
    private const string ProcessIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _gate = new();
    private readonly List<OfflineRecord> _records = [];
    private long _lastId;

    /// <summary>Queues an event (or refreshes its free record).</summary>
    public void Record(string eventName, JsonNode data, JsonNode additional, string connectorId, DateTimeOffset now)
    {
        var messageId = OfflineMessageId.Of(eventName, data);
        lock (_gate)
        {
            var existing = _records.Find(record => record.MessageId == messageId && record.ConnectorId == connectorId && record.ProcessId.Length == 0);
            if (existing is not null)
            {
                existing.Timestamp = now;
                existing.Data = data.DeepClone();
                existing.Additional = additional.DeepClone();
                return;
            }

            _records.Add(new OfflineRecord
            {
                Id = ++_lastId,
                Timestamp = now,
                EventName = eventName,
                Data = data.DeepClone(),
                Additional = additional.DeepClone(),
                MessageId = messageId,
                ConnectorId = connectorId,
            });
        }
    }

    /// <summary>Marks up to <paramref name="limit"/> free matching records with a new process ID and answers it.</summary>
    public string Reserve(Func<OfflineRecord, bool> filter, Comparison<OfflineRecord> order, int limit, bool errors, string connectorId)
    {
        var processId = RandomNumberGenerator.GetString(ProcessIdAlphabet, 32);
        lock (_gate)
        {
            foreach (var record in Matching("", filter, order, errors, connectorId).Take(limit))
            {
                record.ProcessId = processId;
            }
        }

        return processId;
    }

    /// <summary>Copies of up to <paramref name="limit"/> matching records of one process (empty: the free records).</summary>
    public IReadOnlyList<OfflineRecord> Select(string processId, Func<OfflineRecord, bool> filter, Comparison<OfflineRecord> order, int limit, bool errors, string connectorId)
    {
        lock (_gate)
        {
            return Matching(processId, filter, order, errors, connectorId).Take(limit).Select(record => record.Copy()).ToArray();
        }
    }

    /// <summary>Deletes a process's records (only those with the given IDs, when given).</summary>
    public void Clear(string processId, string connectorId, IReadOnlySet<long>? ids)
    {
        lock (_gate)
        {
            _records.RemoveAll(record => record.ProcessId == processId && record.ConnectorId == connectorId && (ids is null || ids.Contains(record.Id)));
        }
    }

    /// <summary>Deletes a process's records with the given message IDs.</summary>
    public void ClearByMessageId(string processId, string connectorId, IReadOnlySet<string> messageIds)
    {
        lock (_gate)
        {
            _records.RemoveAll(record => record.ProcessId == processId && record.ConnectorId == connectorId && messageIds.Contains(record.MessageId));
        }
    }

    /// <summary>
    /// <c>event.offline.error</c>: copies of the messages that are not errors and not in the process are dropped; the
    /// process's copies become free error records (replacing an older free error record of the same message).
    /// </summary>
    public void MarkError(string processId, string connectorId, IReadOnlySet<string> messageIds)
    {
        lock (_gate)
        {
            bool Named(OfflineRecord record) => record.ConnectorId == connectorId && messageIds.Contains(record.MessageId);
            _records.RemoveAll(record => Named(record) && !record.Error && record.ProcessId != processId);
            foreach (var record in _records.Where(record => Named(record) && !record.Error).ToArray())
            {
                _records.RemoveAll(older => Named(older) && older.Error && older.ProcessId.Length == 0 && older.MessageId == record.MessageId);
                record.Error = true;
                record.ProcessId = "";
            }
        }
    }

    /// <summary><c>event.offline.list</c>: one page of copies of the matching records, and how many matched.</summary>
    public (IReadOnlyList<OfflineRecord> Page, int Total) List(Func<OfflineRecord, bool> filter, Comparison<OfflineRecord> order, int offset, int count, string connectorId)
    {
        lock (_gate)
        {
            var matching = _records.Where(record => record.ConnectorId == connectorId && filter(record)).ToList();
            matching.Sort(order);
            return (matching.Skip(offset).Take(count).Select(record => record.Copy()).ToArray(), matching.Count);
        }
    }

    public IReadOnlyList<OfflineEvent> Snapshot()
    {
        lock (_gate)
        {
            return _records.Select(record => record.ToSnapshot()).ToArray();
        }
    }

    /// <summary>The stored records of one process, error state and connector that pass the filter, sorted (call under the lock).</summary>
    private List<OfflineRecord> Matching(string processId, Func<OfflineRecord, bool> filter, Comparison<OfflineRecord> order, bool errors, string connectorId)
    {
        var matching = _records.Where(record => record.ProcessId == processId && record.Error == errors && record.ConnectorId == connectorId && filter(record)).ToList();
        matching.Sort(order);
        return matching;
    }
}
