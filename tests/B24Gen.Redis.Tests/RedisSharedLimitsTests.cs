using StackExchange.Redis;

namespace B24Gen.Redis.Tests;

/// <summary>The shared bucket and operating state in a real Redis: the portal's arithmetic, namespaced keys that expire.</summary>
public class RedisSharedLimitsTests : RedisTest
{
    private static readonly B24RateLimit Limit = new(5, 10);

    [Fact]
    public async Task The_bucket_gives_its_burst_then_says_how_long_until_a_place_drains()
    {
        var first = (await ConnectAsync()).Limits;
        var second = (await ConnectAsync()).Limits;

        // Two processes take from one bucket: four places in all (five, one kept in reserve), not four each.
        var taken = 0;
        for (var i = 0; i < 3; i++)
        {
            taken += await first.TryAcquireAsync("example.bitrix24.com", Limit) == TimeSpan.Zero ? 1 : 0;
            taken += await second.TryAcquireAsync("example.bitrix24.com", Limit) == TimeSpan.Zero ? 1 : 0;
        }

        Assert.Equal(4, taken);
        var wait = await first.TryAcquireAsync("example.bitrix24.com", Limit);
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(100));

        // Another portal has its own bucket.
        Assert.Equal(TimeSpan.Zero, await first.TryAcquireAsync("other.bitrix24.com", Limit));
    }

    [Fact]
    public async Task Over_limit_from_the_portal_fills_the_bucket()
    {
        var limits = (await ConnectAsync()).Limits;
        Assert.Equal(TimeSpan.Zero, await limits.TryAcquireAsync("example.bitrix24.com", Limit));

        await limits.ReportOverLimitAsync("example.bitrix24.com", Limit);

        Assert.True(await limits.TryAcquireAsync("example.bitrix24.com", Limit) > TimeSpan.Zero);
    }

    [Fact]
    public async Task Keys_are_namespaced_by_app_and_portal_and_expire_by_themselves()
    {
        var limits = (await ConnectAsync()).Limits;
        var reset = DateTimeOffset.UtcNow.AddMinutes(3);
        await limits.TryAcquireAsync("Example.Bitrix24.com", Limit);
        await limits.SetOperatingAsync("example.bitrix24.com", "crm.deal.list", new B24OperatingState(12.5, reset, null));

        await using var redis = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var keys = server.Keys(pattern: "*").Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["b24gen:tests:example.bitrix24.com:bucket", "b24gen:tests:example.bitrix24.com:operating:crm.deal.list"], keys);
        foreach (var key in keys)
        {
            var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.NotNull(ttl);
            Assert.InRange(ttl.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(4));
        }
    }

    [Fact]
    public async Task An_operating_state_set_by_one_process_is_read_by_another()
    {
        var reset = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeMilliseconds());
        var blocked = reset.AddSeconds(1);
        await (await ConnectAsync()).Limits.SetOperatingAsync("example.bitrix24.com", "crm.deal.list", new B24OperatingState(470.25, reset, blocked));

        var seen = await (await ConnectAsync()).Limits.GetOperatingAsync("example.bitrix24.com", "CRM.DEAL.LIST");

        Assert.Equal(new B24OperatingState(470.25, reset, blocked), seen);
        Assert.Null(await (await ConnectAsync()).Limits.GetOperatingAsync("example.bitrix24.com", "crm.deal.get"));
    }
}
