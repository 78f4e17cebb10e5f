using System.Collections.Generic;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// The emulator's thread-safe, append-only log of <see cref="RecordedRequest"/>s. An entry is added when a request
/// arrives and completed (status, handlers run) before its answer is sent.
/// </summary>
internal sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _requests = [];

    public Entry Add(RecordedRequest request)
    {
        var entry = new Entry(this, request);
        lock (_gate)
        {
            _requests.Add(entry);
        }

        return entry;
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            var result = new RecordedRequest[_requests.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = _requests[i].Request;
            }

            return result;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <summary>One logged request; <see cref="Complete"/> records its outcome.</summary>
    internal sealed class Entry(RequestLog log, RecordedRequest request)
    {
        public RecordedRequest Request { get; private set; } = request;

        public void Complete(int? status, string? errorCode, int handlersRun)
        {
            lock (log._gate)
            {
                Request = Request with { ResponseStatus = status, ErrorCode = errorCode, HandlersRun = handlersRun };
            }
        }
    }
}
