using B24Gen.Api;
using B24Gen.Resilience;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Calls;

/// <summary>
/// Diagnostic for suite 5 (not a target): the full client over loopback with one of its per-call mechanisms turned
/// off, to find latency that the in-memory measurement (<see cref="InMemoryCallBenchmarks"/>) cannot see because
/// there every await completes synchronously. Baseline: the raw call, as in suite 5.
/// </summary>
[WarmupCount(5)]
[IterationCount(30)]
[MemoryDiagnoser]
public class ClientPipelineBreakdownBenchmarks : EmulatorCallBase
{
    private HttpClient _http = null!;
    private B24Client _default = null!;
    private B24Client _noRetry = null!;
    private B24Client _noTimeout = null!;
    private B24Api _defaultApi = null!;
    private B24Api _noRetryApi = null!;
    private B24Api _noTimeoutApi = null!;

    protected override Task OnSetupAsync()
    {
        _http = PlainHttpClient();
        var options = B24ClientOptions.FromWebhook(WebhookUrl) with { RateLimit = null };
        _default = new B24Client(options);
        _noRetry = new B24Client(options with { Retry = B24RetryOptions.None });
        _noTimeout = new B24Client(options with { Timeout = Timeout.InfiniteTimeSpan });
        _defaultApi = new B24Api(_default);
        _noRetryApi = new B24Api(_noRetry);
        _noTimeoutApi = new B24Api(_noTimeout);
        return Task.CompletedTask;
    }

    protected override void OnCleanup()
    {
        _default.Dispose();
        _noRetry.Dispose();
        _noTimeout.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient POST + JsonDocument")]
    public Task<int> Raw() => RawCallAsync(_http);

    [Benchmark(Description = "Client, default options")]
    public Task<int> Default() => SectionsAsync(_defaultApi);

    [Benchmark(Description = "Client, Retry = B24RetryOptions.None (no Polly pipeline)")]
    public Task<int> NoRetry() => SectionsAsync(_noRetryApi);

    [Benchmark(Description = "Client, Timeout = infinite (no linked CTS timer)")]
    public Task<int> NoTimeout() => SectionsAsync(_noTimeoutApi);
}
