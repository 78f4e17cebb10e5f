using System;

namespace B24Gen.Testing;

/// <summary>
/// The portal's request-rate limit: a leaky bucket per portal. Each REST request (a whole <c>batch</c> counts
/// once) adds 1 to a counter that drains by <see cref="DrainPerSecond"/>; a request that would take the counter
/// above <see cref="BucketCapacity"/> answers 503 <c>QUERY_LIMIT_EXCEEDED</c> without running.
/// </summary>
public sealed record RateLimitOptions
{
    /// <summary>The block threshold X: at most this many requests in a burst. Default 50.</summary>
    public int BucketCapacity { get; init; } = 50;

    /// <summary>The drain rate Y, requests per second. Default 2.</summary>
    public double DrainPerSecond { get; init; } = 2;

    /// <summary>The limit of most plans: 50 burst, 2 per second.</summary>
    public static RateLimitOptions Standard { get; } = new();

    /// <summary>The Enterprise plan's limit: 250 burst, 5 per second.</summary>
    public static RateLimitOptions Enterprise { get; } = new() { BucketCapacity = 250, DrainPerSecond = 5 };

    internal void Validate()
    {
        if (BucketCapacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BucketCapacity), BucketCapacity, "The bucket capacity must be at least 1.");
        }

        if (!(DrainPerSecond >= 0) || double.IsInfinity(DrainPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(DrainPerSecond), DrainPerSecond, "The drain rate must be a finite number, 0 or more.");
        }
    }
}
