using System;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>The per-portal request counter of <see cref="RateLimitOptions"/>. Thread-safe.</summary>
internal sealed class LeakyBucket(RateLimitOptions limit, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private double _level;
    private DateTimeOffset _drainedAt = clock.GetUtcNow();
    private int _rejections;

    /// <summary>The counter now, after draining.</summary>
    public double Level
    {
        get
        {
            lock (_gate)
            {
                Drain();
                return _level;
            }
        }
    }

    public int Rejections => Volatile.Read(ref _rejections);

    /// <summary>Adds one request; <see langword="false"/> (and no change) when that would exceed the capacity.</summary>
    public bool TryAdd()
    {
        lock (_gate)
        {
            Drain();
            if (_level + 1 > limit.BucketCapacity)
            {
                _rejections++;
                return false;
            }

            _level += 1;
            return true;
        }
    }

    private void Drain()
    {
        var now = clock.GetUtcNow();
        var elapsed = (now - _drainedAt).TotalSeconds;
        if (elapsed > 0)
        {
            _level = Math.Max(0, _level - (elapsed * limit.DrainPerSecond));
            _drainedAt = now;
        }
    }
}
