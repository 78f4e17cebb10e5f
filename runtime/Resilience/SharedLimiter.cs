using System;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Diagnostics;

namespace B24Gen.Resilience;

/// <summary>
/// A client's view of <see cref="IB24SharedLimits"/>: the portal's key, and what to do when the shared state fails.
/// A failure is reported (<see cref="SharedStateFaults"/>), the caller falls back to this process's own limits, and
/// the shared state is left alone for <see cref="Pause"/>, so a store that is down costs one failed operation a second,
/// not one per call; after that, shared mode resumes by itself.
/// </summary>
internal sealed class SharedLimiter(IB24SharedLimits shared, string portal, B24RetryOptions retry, SharedStateFaults faults, TimeProvider time)
{
    /// <summary>How long the shared state is left alone after a failure.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a method's shared operating state is reused before it is read again: a method another process pushed
    /// near its limit is held back here at most this late, and a call costs one round trip (its place) instead of two.
    /// </summary>
    public static readonly TimeSpan OperatingReuse = TimeSpan.FromSeconds(1);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTimeOffset ReadAt, B24OperatingState? State)> _operating = new(StringComparer.OrdinalIgnoreCase);
    private long _pausedUntilTicks;

    private bool Paused => time.GetUtcNow().UtcTicks < Volatile.Read(ref _pausedUntilTicks);

    /// <summary>
    /// Takes a place in the shared bucket, waiting while it is full. Null when the shared state failed or is paused:
    /// the caller takes its place locally. Otherwise whether it had to wait.
    /// </summary>
    public async ValueTask<bool?> AcquireAsync(B24RateLimit limit, CancellationToken cancellationToken)
    {
        var waited = false;
        while (!Paused)
        {
            var (ok, wait) = await RunAsync("rate-limit", ct => shared.TryAcquireAsync(portal, limit, ct), cancellationToken).ConfigureAwait(false);
            if (!ok)
            {
                return null;
            }

            if (wait <= TimeSpan.Zero)
            {
                return waited;
            }

            waited = true;
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    public ValueTask ReportOverLimitAsync(B24RateLimit limit, CancellationToken cancellationToken) =>
        RunAsync("rate-limit", ct => shared.ReportOverLimitAsync(portal, limit, ct), cancellationToken);

    /// <summary>What the other processes saw of the method, read at most once per <see cref="OperatingReuse"/>.</summary>
    public async ValueTask<B24OperatingState?> GetOperatingAsync(string method, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_operating.TryGetValue(method, out var known) && now - known.ReadAt < OperatingReuse)
        {
            return known.State;
        }

        if (Paused)
        {
            return null;
        }

        var (ok, state) = await RunAsync("operating", ct => shared.GetOperatingAsync(portal, method, ct), cancellationToken).ConfigureAwait(false);
        if (ok)
        {
            _operating[method] = (now, state);
        }

        return state;
    }

    /// <summary>
    /// Shares the method's state when it could hold another process back: a block, or half the share of the limit at
    /// which the client slows down. Below that no process waits, so the write would be a round trip for nothing (and a
    /// higher figure left from an earlier window expires at that window's reset by itself).
    /// </summary>
    public ValueTask SetOperatingAsync(string method, B24OperatingState state, CancellationToken cancellationToken) =>
        state.BlockedUntil is not null || state.Operating >= retry.OperatingLimitSeconds * retry.OperatingSlowdownShare / 2
            ? RunAsync("operating", ct => shared.SetOperatingAsync(portal, method, state, ct), cancellationToken)
            : ValueTask.CompletedTask;

    private async ValueTask RunAsync(string operation, Func<CancellationToken, ValueTask> run, CancellationToken cancellationToken)
    {
        if (!Paused)
        {
            await RunAsync(operation, async ct =>
            {
                await run(ct).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The operation's result; on failure, reported and a pause.</summary>
    private async ValueTask<(bool Ok, T Value)> RunAsync<T>(string operation, Func<CancellationToken, ValueTask<T>> run, CancellationToken cancellationToken)
    {
        var result = await faults.RunAsync(operation, run, cancellationToken).ConfigureAwait(false);
        if (!result.Ok)
        {
            Volatile.Write(ref _pausedUntilTicks, (time.GetUtcNow() + Pause).UtcTicks);
        }

        return result;
    }
}
