using System;

namespace B24Gen;

/// <summary>
/// The client-side leaky bucket that keeps calls under the portal's request limit: every call takes one place,
/// <see cref="PerSecond"/> places free up each second, and a call waits while <see cref="Burst"/> are taken.
/// The portal refuses requests over its limit with <c>QUERY_LIMIT_EXCEEDED</c>; waiting here avoids that.
/// </summary>
/// <param name="Burst">How many calls may go at once before waiting starts (the portal's threshold).</param>
/// <param name="PerSecond">How many calls per second drain from the bucket.</param>
public sealed record B24RateLimit(int Burst, double PerSecond)
{
    /// <summary>Every plan but Enterprise: 50 at once, 2 per second.</summary>
    public static B24RateLimit Standard { get; } = new(50, 2);

    /// <summary>Enterprise plans: 250 at once, 5 per second.</summary>
    public static B24RateLimit Enterprise { get; } = new(250, 5);

    /// <summary>
    /// Share one bucket among all clients of the same portal in this process (the portal counts them together).
    /// Off by default: each client has its own bucket.
    /// </summary>
    public bool SharedPerPortal { get; init; }

    /// <summary>How long one place takes to free up.</summary>
    internal TimeSpan Period => TimeSpan.FromSeconds(1 / PerSecond);

    internal void Validate()
    {
        if (Burst < 1 || double.IsNaN(PerSecond) || PerSecond <= 0 || PerSecond > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(B24RateLimit), $"A rate limit needs Burst >= 1 and 0 < PerSecond <= 10000; got {Burst} and {PerSecond}.");
        }
    }
}
