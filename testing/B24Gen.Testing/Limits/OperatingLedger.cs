using System;
using System.Collections.Generic;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// The method resource ("operating") accounting: per method and per webhook or application, ten one-minute
/// buckets. A bucket collects the calls of one clock minute and stops counting ten minutes after its first call.
/// <c>time.operating</c> is the sum of the live buckets; <c>time.operating_reset_at</c> is when the oldest expires.
/// Thread-safe.
/// </summary>
internal sealed class OperatingLedger
{
    /// <summary>How long a bucket counts, from its first call.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Identity, string Method), List<Bucket>> _buckets = [];

    /// <summary>The seconds counted now for <paramref name="method"/> called by <paramref name="identity"/>.</summary>
    public double Current(string identity, string method, DateTimeOffset now)
    {
        lock (_gate)
        {
            return _buckets.TryGetValue((identity, method), out var buckets) ? Sum(Prune(buckets, now)) : 0;
        }
    }

    /// <summary>The seconds counted now and when the oldest live bucket expires (null when none is live), without charging.</summary>
    public (double Operating, DateTimeOffset? ResetAt) Peek(string identity, string method, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_buckets.TryGetValue((identity, method), out var buckets) || Prune(buckets, now).Count == 0)
            {
                return (0, null);
            }

            return (Sum(buckets), buckets[0].FirstCall + Window);
        }
    }

    /// <summary>Charges one call and returns the new total and when the oldest bucket expires.</summary>
    public (double Operating, DateTimeOffset ResetAt) Charge(string identity, string method, DateTimeOffset now, double seconds)
    {
        lock (_gate)
        {
            if (!_buckets.TryGetValue((identity, method), out var buckets))
            {
                buckets = [];
                _buckets[(identity, method)] = buckets;
            }

            Prune(buckets, now);
            var minute = Math.Floor((now - DateTimeOffset.UnixEpoch).TotalSeconds / 60);
            if (buckets.Count > 0 && buckets[^1].Minute == minute)
            {
                buckets[^1].Seconds += seconds;
            }
            else
            {
                buckets.Add(new Bucket(minute, now) { Seconds = seconds });
            }

            return (Sum(buckets), buckets[0].FirstCall + Window);
        }
    }

    private static List<Bucket> Prune(List<Bucket> buckets, DateTimeOffset now)
    {
        buckets.RemoveAll(bucket => bucket.FirstCall + Window <= now);
        return buckets;
    }

    private static double Sum(List<Bucket> buckets)
    {
        var total = 0.0;
        foreach (var bucket in buckets)
        {
            total += bucket.Seconds;
        }

        return total;
    }

    private sealed class Bucket(double minute, DateTimeOffset firstCall)
    {
        public double Minute { get; } = minute;

        public DateTimeOffset FirstCall { get; } = firstCall;

        public double Seconds { get; set; }
    }
}
