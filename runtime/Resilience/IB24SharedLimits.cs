using System;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// The portal's limits as every process that calls it sees them (B24Gen.Redis keeps them in Redis): one request
/// bucket per portal, and each method's operating time. A client whose <see cref="B24ClientOptions.SharedLimits"/> is
/// set takes its places here instead of in its own bucket, and holds a method back when any process saw it near or
/// over its operating limit. When an operation fails, the client goes on with its own in-process limits (a warning,
/// and <see cref="Diagnostics.B24Telemetry.SharedStateFailures"/>) and tries the shared ones again a second later.
/// </summary>
public interface IB24SharedLimits
{
    /// <summary>Takes one place in the portal's bucket if one is free: <see cref="TimeSpan.Zero"/>; else how long until one frees up.</summary>
    /// <param name="portal">The portal's host (<c>example.bitrix24.com</c>).</param>
    /// <param name="limit">The bucket's size and drain rate.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<TimeSpan> TryAcquireAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The portal refused a call with <c>QUERY_LIMIT_EXCEEDED</c>: someone else (another app, a process without the
    /// shared limits) spends the same limit, so the bucket counts as full.
    /// </summary>
    /// <param name="portal">The portal's host.</param>
    /// <param name="limit">The bucket's size and drain rate.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask ReportOverLimitAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default);

    /// <summary>The method's operating state as the last process to call it saw it, or null when none is known or it expired.</summary>
    /// <param name="portal">The portal's host.</param>
    /// <param name="method">The REST method.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<B24OperatingState?> GetOperatingAsync(string portal, string method, CancellationToken cancellationToken = default);

    /// <summary>Records the method's operating state for every process, until its reset (at most the 10-minute accounting window).</summary>
    /// <param name="portal">The portal's host.</param>
    /// <param name="method">The REST method.</param>
    /// <param name="state">What the portal's answer said.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask SetOperatingAsync(string portal, string method, B24OperatingState state, CancellationToken cancellationToken = default);
}

/// <summary>A method's operating time on a portal, as an answer reported it.</summary>
/// <param name="Operating">The seconds of execution time the method has used in the accounting window.</param>
/// <param name="ResetAt">When that time resets, if the answer said.</param>
/// <param name="BlockedUntil">Until when the portal refuses the method (<c>OPERATION_TIME_LIMIT</c>), if it does.</param>
public sealed record B24OperatingState(double? Operating, DateTimeOffset? ResetAt, DateTimeOffset? BlockedUntil);
