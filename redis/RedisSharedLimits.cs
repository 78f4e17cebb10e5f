using System.Globalization;
using StackExchange.Redis;

namespace B24Gen.Redis;

/// <summary>
/// <see cref="IB24SharedLimits"/> in Redis: one leaky bucket per portal (<c>…:{portal}:bucket</c>, a hash of level and
/// time, expiring once it would have drained), and each method's operating state (<c>…:{portal}:operating:{method}</c>,
/// expiring at its reset, or after the 10-minute accounting window).
/// </summary>
internal sealed class RedisSharedLimits(IConnectionMultiplexer connection, B24RedisOptions options) : IB24SharedLimits
{
    /// <summary>The portal's accounting window for operating time.</summary>
    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(10);

    private IDatabase Db => connection.GetDatabase();

    /// <remarks>
    /// One place stays in reserve: requests reach the portal a little later than they took their place, each by its
    /// own network delay, so two that took places one drain period apart can arrive closer together. The reserve
    /// absorbs a difference of one period (500 ms at the standard 2 per second); the rate after the burst is the same.
    /// </remarks>
    public async ValueTask<TimeSpan> TryAcquireAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default)
    {
        var wait = (long)await RedisScripts.TakePlace.EvaluateAsync(Db, new { key = (RedisKey)options.Key(portal, "bucket"), burst = Math.Max(1, limit.Burst - 1), rate = limit.PerSecond.ToString(CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        return TimeSpan.FromMilliseconds(wait);
    }

    public async ValueTask ReportOverLimitAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default) =>
        await RedisScripts.FillBucket.EvaluateAsync(Db, new { key = (RedisKey)options.Key(portal, "bucket"), burst = limit.Burst, rate = limit.PerSecond.ToString(CultureInfo.InvariantCulture) }).ConfigureAwait(false);

    public async ValueTask<B24OperatingState?> GetOperatingAsync(string portal, string method, CancellationToken cancellationToken = default)
    {
        var values = await Db.HashGetAsync(OperatingKey(portal, method), ["operating", "reset", "blocked"]).ConfigureAwait(false);
        if (values.All(v => v.IsNull))
        {
            return null;
        }

        return new B24OperatingState(
            values[0].IsNull ? null : double.Parse(values[0].ToString(), CultureInfo.InvariantCulture),
            Instant(values[1]),
            Instant(values[2]));
    }

    public async ValueTask SetOperatingAsync(string portal, string method, B24OperatingState state, CancellationToken cancellationToken = default)
    {
        var key = OperatingKey(portal, method);
        var fields = new List<HashEntry>(3);
        if (state.Operating is { } operating)
        {
            fields.Add(new("operating", operating.ToString("R", CultureInfo.InvariantCulture)));
        }

        if (state.ResetAt is { } reset)
        {
            fields.Add(new("reset", reset.ToUnixTimeMilliseconds()));
        }

        if (state.BlockedUntil is { } blocked)
        {
            fields.Add(new("blocked", blocked.ToUnixTimeMilliseconds()));
        }

        if (fields.Count == 0)
        {
            return;
        }

        // Known until the later of its reset and its block; with neither, for the accounting window.
        var until = new[] { state.ResetAt, state.BlockedUntil }.Max() ?? DateTimeOffset.UtcNow + s_window;
        var transaction = Db.CreateTransaction();
        _ = transaction.KeyDeleteAsync(key);
        _ = transaction.HashSetAsync(key, [.. fields]);
        _ = transaction.KeyExpireAsync(key, until.UtcDateTime.AddSeconds(1));
        await transaction.ExecuteAsync().ConfigureAwait(false);
    }

    private RedisKey OperatingKey(string portal, string method) => options.Key(portal, "operating:" + method.ToLowerInvariant());

    private static DateTimeOffset? Instant(RedisValue value) =>
        value.IsNull ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)value);
}
