using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen.Resilience;

/// <summary>
/// Follows each method's accumulated execution time (<c>time.operating</c>) and when it resets
/// (<c>operating_reset_at</c>), so the client pauses a method before the portal blocks it with HTTP 429.
/// </summary>
internal sealed class OperatingTracker(B24RetryOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, State> _methods = new(StringComparer.OrdinalIgnoreCase);

    public void Record(string method, B24ResponseTime? responseTime)
    {
        if (responseTime?.Operating is { } operating)
        {
            _methods[method] = new State(operating, responseTime.OperatingResetAt, Blocked: false);
        }
    }

    /// <summary>The portal answered 429: the method is blocked until its last known reset time.</summary>
    public DateTimeOffset? Blocked(string method)
    {
        var state = _methods.AddOrUpdate(method, _ => new State(options.OperatingLimitSeconds, null, true), (_, s) => s with { Blocked = true });
        return state.ResetAt;
    }

    /// <summary>How long to wait before calling <paramref name="method"/>: zero unless it is near or over its limit.</summary>
    public TimeSpan DelayBefore(string method, out double operating)
    {
        operating = 0;
        if (!_methods.TryGetValue(method, out var state) || state.ResetAt is not { } resetAt)
        {
            return TimeSpan.Zero;
        }

        operating = state.Operating;
        var nearLimit = state.Blocked || state.Operating >= options.OperatingLimitSeconds * options.OperatingSlowdownShare;
        var wait = resetAt - time.GetUtcNow();
        if (!nearLimit || wait <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return wait;
    }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);

    /// <summary>After a wait the accounting starts over until the next response says otherwise.</summary>
    public void Reset(string method) => _methods.TryRemove(method, out _);

    private sealed record State(double Operating, DateTimeOffset? ResetAt, bool Blocked);
}
