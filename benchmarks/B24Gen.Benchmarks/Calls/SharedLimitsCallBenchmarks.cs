using B24Gen.Api;
using B24Gen.Redis;
using B24Gen.ScaleOut;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Calls;

/// <summary>
/// What sharing the limits in Redis costs per call: the client over loopback with its own bucket (the baseline) and
/// with B24Gen.Redis's (a redis-server on 127.0.0.1 that this suite starts: a Lua call for the place, a read and a
/// write of the method's operating time). Both limits are far above the rate the loop reaches, so no call waits.
/// </summary>
[WarmupCount(5)]
[IterationCount(20)]
[MemoryDiagnoser]
public class SharedLimitsCallBenchmarks : EmulatorCallBase
{
    private static readonly B24RateLimit Unreached = new(1_000_000, 10_000);

    private RedisServer _server = null!;
    private B24Redis _redis = null!;
    private B24Client _own = null!;
    private B24Client _shared = null!;
    private B24Api _ownApi = null!;
    private B24Api _sharedApi = null!;

    protected override async Task OnSetupAsync()
    {
        _server = await RedisServer.StartAsync();
        _redis = await B24Redis.ConnectAsync(_server.Configuration, new B24RedisOptions { AppName = "benchmarks" });
        var options = B24ClientOptions.FromWebhook(WebhookUrl) with { RateLimit = Unreached };
        _own = new B24Client(options);
        _shared = new B24Client(options with { SharedLimits = _redis.Limits });
        _ownApi = new B24Api(_own);
        _sharedApi = new B24Api(_shared);
    }

    protected override void OnCleanup()
    {
        _own.Dispose();
        _shared.Dispose();
        _redis.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Client, its own bucket")]
    public Task<int> Own() => SectionsAsync(_ownApi);

    [Benchmark(Description = "Client, limits shared in Redis (B24Gen.Redis)")]
    public Task<int> Shared() => SectionsAsync(_sharedApi);
}
