using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// A thread-safe table of JSON records keyed by a numeric ID, in ID order, with auto-increment IDs.
/// Records are copied on the way in and out, so callers never share a stored object.
/// </summary>
public sealed class JsonRecordStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, JsonObject> _records = [];
    private long _lastId;

    /// <summary>The number of records.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Adds a record under the next free ID (one above the highest ID ever stored).</summary>
    /// <param name="create">Builds the record for the new ID; called under the store's lock, so keep it short.</param>
    /// <returns>The new ID.</returns>
    public long Add(Func<long, JsonObject> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_gate)
        {
            var id = _lastId + 1;
            _records[id] = Copy(create(id));
            _lastId = id;
            return id;
        }
    }

    /// <summary>Inserts or replaces the record with an explicit ID (used for seeding).</summary>
    /// <param name="id">The ID.</param>
    /// <param name="record">The record; a copy is stored.</param>
    public void Put(long id, JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var copy = Copy(record);
        lock (_gate)
        {
            _records[id] = copy;
            _lastId = Math.Max(_lastId, id);
        }
    }

    /// <summary>A copy of one record.</summary>
    /// <param name="id">The ID.</param>
    /// <returns>The copy, or <see langword="null"/> when there is no such record.</returns>
    public JsonObject? Get(long id)
    {
        lock (_gate)
        {
            return _records.TryGetValue(id, out var record) ? Copy(record) : null;
        }
    }

    /// <summary>Changes one record atomically: <paramref name="mutate"/> edits a copy, which then replaces it.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="mutate">Edits the copy; called under the store's lock.</param>
    /// <returns><see langword="false"/> when there is no such record.</returns>
    public bool Update(long id, Action<JsonObject> mutate)
    {
        ArgumentNullException.ThrowIfNull(mutate);
        lock (_gate)
        {
            if (!_records.TryGetValue(id, out var record))
            {
                return false;
            }

            var copy = Copy(record);
            mutate(copy);
            _records[id] = copy;
            return true;
        }
    }

    /// <summary>Deletes one record.</summary>
    /// <param name="id">The ID.</param>
    /// <returns><see langword="false"/> when there was no such record.</returns>
    public bool Remove(long id)
    {
        lock (_gate)
        {
            return _records.Remove(id);
        }
    }

    /// <summary>Copies of the records (all, or those matching <paramref name="predicate"/>), in ID order.</summary>
    /// <param name="predicate">
    /// A filter; it sees the stored records under the store's lock and must not change them.
    /// </param>
    /// <returns>The copies.</returns>
    public IReadOnlyList<JsonObject> List(Func<JsonObject, bool>? predicate = null)
    {
        lock (_gate)
        {
            var result = new List<JsonObject>(_records.Count);
            foreach (var record in _records.Values)
            {
                if (predicate is null || predicate(record))
                {
                    result.Add(Copy(record));
                }
            }

            return result;
        }
    }

    /// <summary>
    /// One page of the matching records in <paramref name="order"/>: copies of at most <paramref name="count"/>
    /// records from <paramref name="offset"/>, and how many matched. Only the page is copied, so paging a large
    /// store stays cheap.
    /// </summary>
    /// <param name="predicate">A filter; it sees the stored records under the store's lock and must not change them.</param>
    /// <param name="order">The sort order, or null for ID order (the store's own).</param>
    /// <param name="offset">How many matching records to skip.</param>
    /// <param name="count">The page size.</param>
    /// <returns>The page and the number of matching records.</returns>
    public (IReadOnlyList<JsonObject> Page, int Matched) Page(Func<JsonObject, bool> predicate, Comparison<JsonObject>? order, int offset, int count)
    {
        lock (_gate)
        {
            var matching = new List<JsonObject>();
            foreach (var record in _records.Values)
            {
                if (predicate(record))
                {
                    matching.Add(record);
                }
            }

            if (order is not null)
            {
                matching.Sort(order);
            }

            var page = new List<JsonObject>(Math.Min(count, Math.Max(0, matching.Count - offset)));
            for (var i = offset; i < matching.Count && page.Count < count; i++)
            {
                page.Add(Copy(matching[i]));
            }

            return (page, matching.Count);
        }
    }

    /// <summary>Removes every record; IDs keep counting from where they were.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _records.Clear();
        }
    }

    private static JsonObject Copy(JsonObject record) => (JsonObject)record.DeepClone();
}
