using System;
using System.Collections.Generic;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// Queued <see cref="FaultResponse"/>s, consumed first-in first-out among those that match a request.
/// Thread-safe.
/// </summary>
internal sealed class FaultQueue
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _entries = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public void Enqueue(FaultResponse fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.Times < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Times, "FaultResponse.Times must be at least 1.");
        }

        if (fault.Delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Delay, "FaultResponse.Delay must not be negative.");
        }

        var forMethod = fault.ForMethod is null ? null : RestRouter.NormalizeMethodName(fault.ForMethod);
        lock (_gate)
        {
            _entries.AddLast(new Entry(fault, forMethod, fault.Times));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>Takes one use of the oldest fault that matches <paramref name="restMethod"/>, if any.</summary>
    /// <param name="restMethod">
    /// The normalized REST method of the request, <see cref="FaultResponse.OAuthTokenEndpoint"/> for the token
    /// endpoint, or <see langword="null"/> for any other path.
    /// </param>
    public FaultResponse? TryTake(string? restMethod)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                var entry = node.Value;
                if (entry.ForMethod is not null
                    && (restMethod is null || !string.Equals(entry.ForMethod, restMethod, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                entry.Remaining--;
                if (entry.Remaining == 0)
                {
                    _entries.Remove(node);
                }

                return entry.Fault;
            }

            return null;
        }
    }

    private sealed class Entry(FaultResponse fault, string? forMethod, int remaining)
    {
        public FaultResponse Fault { get; } = fault;

        public string? ForMethod { get; } = forMethod;

        public int Remaining { get; set; } = remaining;
    }
}
