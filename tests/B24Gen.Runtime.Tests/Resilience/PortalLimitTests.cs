using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>Against a portal that enforces its leaky bucket: the client's own bucket keeps every call under it.</summary>
public class PortalLimitTests : ResilienceTest
{
    // The standard burst of 50, with a drain 50 times faster than a real portal's so the test takes seconds.
    private static readonly RateLimitOptions s_portal = new() { BucketCapacity = 50, DrainPerSecond = 100 };

    protected override PortalEmulatorOptions? EmulatorOptions => new() { RateLimit = s_portal };

    [Fact]
    public async Task A_burst_of_500_concurrent_calls_completes_with_no_query_limit_error_reaching_the_caller()
    {
        using var client = NewClient(o => o with { RateLimit = new B24RateLimit(50, 100) });
        var api = new B24Api(client);

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => api.Calendar.User.Settings.GetAsync()));

        Assert.Equal(500, results.Length);
        Assert.All(results, s => Assert.Equal("Europe/Berlin", s.TimezoneName));
        Assert.Equal(500, Emulator.ExecutedCommands.Count(c => c.Method == SettingsGet));
    }

    [Fact]
    public async Task Without_the_client_bucket_the_portal_refuses_calls_and_retries_recover_them()
    {
        using var client = NewClient(o => o with { RateLimit = null, Retry = FastRetries with { MaxRetries = 50, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) } });
        var api = new B24Api(client);

        var results = await Task.WhenAll(Enumerable.Range(0, 150).Select(_ => api.Calendar.User.Settings.GetAsync()));

        Assert.Equal(150, results.Length);
        Assert.True(Emulator.QueryLimitRejections > 0, "The portal never refused a call: the test does not exercise the retry path.");
        Assert.Equal(150, Emulator.ExecutedCommands.Count(c => c.Method == SettingsGet));
    }
}
