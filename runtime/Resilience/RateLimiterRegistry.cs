using System;
using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace B24Gen.Resilience;

/// <summary>
/// The leaky bucket as a token bucket (same arithmetic: capacity = the portal's threshold, refill = its drain rate).
/// Buckets marked <see cref="B24RateLimit.SharedPerPortal"/> are shared by every client of the portal in the process.
/// </summary>
internal static class RateLimiterRegistry
{
    private static readonly ConcurrentDictionary<(string Portal, B24RateLimit Limit), RateLimiter> s_shared = new();

    /// <summary>The limiter for a client; <paramref name="owned"/> says whether the client disposes it.</summary>
    public static RateLimiter? For(B24ClientOptions options, out bool owned)
    {
        owned = false;
        if (options.RateLimit is not { } limit)
        {
            return null;
        }

        limit.Validate();
        if (limit.SharedPerPortal)
        {
            return s_shared.GetOrAdd((options.PortalAddress.ToLowerInvariant(), limit), static key => Create(key.Limit));
        }

        owned = true;
        return Create(limit);
    }

    private static TokenBucketRateLimiter Create(B24RateLimit limit) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = limit.Burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = limit.Period,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
