using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>The client-side bucket: calls beyond the burst wait for places instead of reaching the portal.</summary>
public class RateLimitTests : ResilienceTest
{
    [Fact]
    public async Task Calls_beyond_the_burst_wait_and_never_reach_the_portal_while_waiting()
    {
        // One place per thousand seconds: after the burst, the next call can only wait (or be cancelled).
        using var client = NewClient(o => o with { RateLimit = new B24RateLimit(3, 0.001) });
        var api = new B24Api(client);
        for (var i = 0; i < 3; i++)
        {
            await api.Calendar.User.Settings.GetAsync();
        }

        using var cancel = new CancellationTokenSource();
        var waiting = api.Calendar.User.Settings.GetAsync(cancel.Token);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(3, RequestsTo(SettingsGet));
    }

    [Fact]
    public async Task Clients_sharing_a_portal_bucket_share_the_burst()
    {
        var shared = new B24RateLimit(4, 0.001) { SharedPerPortal = true };
        using var first = NewClient(o => o with { RateLimit = shared });
        using var second = NewClient(o => o with { RateLimit = shared });
        await new B24Api(first).Calendar.User.Settings.GetAsync();
        await new B24Api(first).Calendar.User.Settings.GetAsync();
        await new B24Api(second).Calendar.User.Settings.GetAsync();
        await new B24Api(second).Calendar.User.Settings.GetAsync();

        using var cancel = new CancellationTokenSource();
        var waiting = new B24Api(second).Calendar.User.Settings.GetAsync(cancel.Token);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(4, RequestsTo(SettingsGet));
    }

    [Fact]
    public void Invalid_limits_are_rejected_with_the_values()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NewClient(o => o with { RateLimit = new B24RateLimit(0, 2) }));

        Assert.Contains("Burst >= 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 2.0)]
    [InlineData(-1, 2.0)]
    [InlineData(1, 0.0)]
    [InlineData(1, -0.5)]
    [InlineData(1, double.NaN)]
    [InlineData(1, 10_000.001)]
    [InlineData(1, double.PositiveInfinity)]
    public void Limits_outside_the_range_are_rejected(int burst, double perSecond) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewClient(o => o with { RateLimit = new B24RateLimit(burst, perSecond) }));

    [Theory]
    [InlineData(1, 10_000.0)]
    [InlineData(1, 0.001)]
    [InlineData(50, 2.0)]
    public void Limits_at_the_edges_of_the_range_are_accepted(int burst, double perSecond) =>
        NewClient(o => o with { RateLimit = new B24RateLimit(burst, perSecond) }).Dispose();
}
