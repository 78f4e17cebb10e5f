using B24Gen.ScaleOut;

namespace B24Gen.Redis.Tests;

/// <summary>
/// The scale-out figures on a small scale, with real worker processes (benchmarks/B24Gen.ScaleOut) against the
/// emulator and a redis-server: no over-limit answer in shared mode, one refresh for eight processes, and no failed
/// call while Redis is killed and restarted. The full-size run (4 × 500 calls at the standard limit) is in the README.
/// </summary>
public class WorkerProcessTests : RedisTest
{
    /// <summary>
    /// A small bucket at the standard drain rate: a worker's first request (a fresh process compiles its HTTP code
    /// first, slower still on a busy CI machine) may arrive up to the one place the shared bucket keeps in reserve
    /// late, 500 ms at 2 per second.
    /// </summary>
    private static readonly B24RateLimit Limit = new(10, 2);

    /// <summary>
    /// The portal the shared-limit test talks to allows two places more than the workers take: a request that a loaded
    /// machine delivers more than the reserve's 500 ms after Redis granted it (seen once on a 2-core machine running
    /// every test project at once) counts in the portal's bucket that much later. 32 calls from 4 processes still get
    /// through a 12-place portal only if the processes keep to one 10-place bucket between them.
    /// </summary>
    private static readonly B24RateLimit PortalLimit = new(12, 2);

    [Fact]
    public async Task Four_processes_sharing_the_limit_get_no_over_limit_answer()
    {
        var result = await Scenarios.RequestLimitAsync(workers: 4, calls: 8, Limit, shared: true, Server.Configuration, PortalLimit);

        Assert.True(result.Failed == 0, result.FirstError);
        Assert.Equal(32, result.Succeeded);
        Assert.Equal(0, result.OverLimitAnswers);
    }

    [Fact]
    public async Task Eight_processes_with_an_expired_token_send_one_refresh()
    {
        var result = await Scenarios.RefreshAsync(workers: 8, Server.Configuration);

        Assert.True(result.Failed == 0, result.FirstError);
        Assert.Equal(8, result.Succeeded);
        Assert.Equal(1, result.TokenRequests);
        Assert.Equal(1, result.Refreshes);
    }

    [Fact]
    public async Task Redis_killed_and_restarted_under_four_processes_fails_no_call()
    {
        var result = await Scenarios.RedisOutageAsync(workers: 4, calls: 8, Limit, Server, killAfter: 10, downFor: TimeSpan.FromSeconds(1));

        Assert.True(result.Failed == 0, result.FirstError);
        Assert.Equal(32, result.Succeeded);
        Assert.NotNull(result.SharedBackAfter);
    }
}
