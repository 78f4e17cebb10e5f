using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen.Resilience;

/// <summary>
/// Follows each method's accumulated execution time (<c>time.operating</c>) and when it resets
/// (<c>operating_reset_at</c>), so the client pauses a method before the portal blocks it with HTTP 429, and holds a
/// blocked method back until its reset instead of calling it again.
/// </summary>
internal sealed class OperatingTracker(B24RetryOptions options, TimeProvider time)
{
    /// <summary>
    /// The portal's accounting window: ten one-minute buckets, each counting for 10 minutes from its first call. Every
    /// bucket that counts when a call is refused has expired this long after the refusal, so it is the wait that is
    /// sure to be enough when no reset time is known.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>
    /// <c>operating_reset_at</c> comes in whole seconds while a bucket expires at the fraction of a second of its first
    /// call: calling at the reported second can be up to a second early and be refused again.
    /// </summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, State> _methods = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A successful call: the method is not blocked; remember its operating time and reset, if the answer has them.</summary>
    public void Record(string method, B24ResponseTime? responseTime)
    {
        if (responseTime?.Operating is null && responseTime?.OperatingResetAt is null)
        {
            _methods.TryRemove(method, out _);
            return;
        }

        _methods[method] = new State(responseTime.Operating, responseTime.OperatingResetAt, BlockedUntil: null);
    }

    /// <summary>
    /// The portal answered 429 <c>OPERATION_TIME_LIMIT</c>. The method is blocked until the reset the answer carries;
    /// else until the reset of the last successful answer, if that is still ahead (the documented first retry); else,
    /// when nothing is known or that reset has passed and the block persists, for the whole accounting
    /// <see cref="Window"/>. Returns that reset and how long to wait before calling again, or null when the reset is
    /// further away than <see cref="B24RetryOptions.MaxOperatingWait"/>.
    /// </summary>
    public (DateTimeOffset ResetAt, TimeSpan? Wait) Blocked(string method, DateTimeOffset? answerResetAt)
    {
        var now = time.GetUtcNow();
        _methods.TryGetValue(method, out var known);
        DateTimeOffset resetAt;
        DateTimeOffset retryAt;
        if ((Ahead(answerResetAt, now) ?? Ahead(known?.ResetAt, now)) is { } reported)
        {
            resetAt = reported;
            retryAt = reported + ResetMargin;
        }
        else
        {
            resetAt = now + Window;
            retryAt = resetAt;
        }

        _methods[method] = new State(known?.Operating, resetAt, retryAt);
        return (resetAt, resetAt - now <= options.MaxOperatingWait ? retryAt - now : null);
    }

    /// <summary>
    /// Takes in what another process saw of the method (the shared limits): the state of the newer accounting window
    /// (the later reset), and the later block.
    /// </summary>
    public void Merge(string method, B24OperatingState shared) => _methods.AddOrUpdate(
        method,
        static (_, s) => new State(s.Operating, s.ResetAt, s.BlockedUntil),
        static (_, local, s) =>
        {
            var newer = (s.ResetAt ?? DateTimeOffset.MinValue) >= (local.ResetAt ?? DateTimeOffset.MinValue);
            return new State(newer ? s.Operating : local.Operating, newer ? s.ResetAt : local.ResetAt, Later(local.BlockedUntil, s.BlockedUntil));
        },
        shared);

    /// <summary>What this process knows of the method, to share with the others; null when nothing.</summary>
    public B24OperatingState? Snapshot(string method) =>
        _methods.TryGetValue(method, out var state) ? new B24OperatingState(state.Operating, state.ResetAt, state.BlockedUntil) : null;

    /// <summary>How long to wait before calling <paramref name="method"/>: zero unless it is blocked, or near or over its limit.</summary>
    public OperatingDelay DelayBefore(string method)
    {
        if (!_methods.TryGetValue(method, out var state))
        {
            return default;
        }

        var now = time.GetUtcNow();
        var nearLimit = state.Operating >= options.OperatingLimitSeconds * options.OperatingSlowdownShare;
        var until = state.BlockedUntil ?? (nearLimit ? state.ResetAt + ResetMargin : null);
        var wait = until - now;
        return wait > TimeSpan.Zero
            ? new OperatingDelay(wait.Value, state.ResetAt - now > options.MaxOperatingWait, state.Operating ?? 0, state.ResetAt, state.BlockedUntil is not null)
            : default;
    }

    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, time, cancellationToken);

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateTimeOffset? Ahead(DateTimeOffset? resetAt, DateTimeOffset now) => resetAt + ResetMargin > now ? resetAt : null;

    private sealed record State(double? Operating, DateTimeOffset? ResetAt, DateTimeOffset? BlockedUntil);
}

/// <summary>
/// A wait before a call: how long, whether the reset is further away than the client may wait, the method's last known
/// operating time and reset, and whether the portal blocked it (or the client only holds it back near its limit).
/// </summary>
internal readonly record struct OperatingDelay(TimeSpan Wait, bool TooLong, double Operating, DateTimeOffset? ResetAt, bool Blocked);
