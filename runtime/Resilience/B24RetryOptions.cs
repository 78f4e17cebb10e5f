using System;

namespace B24Gen;

/// <summary>
/// When and how long the client retries. <c>QUERY_LIMIT_EXCEEDED</c> is always retried (the call did not run);
/// 5xx answers, unreadable 5xx pages, timeouts and dropped connections are retried only for read methods;
/// <c>OPERATION_TIME_LIMIT</c> waits until the method's <c>operating_reset_at</c> (from the 429 answer, else the last
/// successful answer, else the portal's whole 10-minute accounting window), up to <see cref="MaxOperatingWait"/>.
/// </summary>
public sealed record B24RetryOptions
{
    /// <summary>No retries at all: every failure reaches the caller at once.</summary>
    public static B24RetryOptions None { get; } = new() { MaxRetries = 0, MaxOperatingWait = TimeSpan.Zero };

    /// <summary>Retries after the first attempt. Default 5.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first backoff delay; it doubles each retry, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait for a method's operating time to reset; a reset further away throws
    /// <see cref="B24OperationTimeLimitException"/> at once. Default 10 min, the portal's accounting window.
    /// </summary>
    public TimeSpan MaxOperatingWait { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The portal's operating-time limit per method, in seconds (480 in the cloud).</summary>
    public double OperatingLimitSeconds { get; init; } = 480;

    /// <summary>
    /// The share of <see cref="OperatingLimitSeconds"/> at which the client stops calling a method until its
    /// operating time resets, instead of running into HTTP 429. Default 0.9.
    /// </summary>
    public double OperatingSlowdownShare { get; init; } = 0.9;
}
