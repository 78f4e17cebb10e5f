using System.Diagnostics;
using B24Gen.Api;
using B24Gen.Testing;
using Xunit.Abstractions;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>A portal with the standard leaky bucket (50, 2 per second) and a client with its default options.</summary>
public class StandardLimitsTests(ITestOutputHelper output) : EmulatorTest
{
    protected override PortalEmulatorOptions? EmulatorOptions => new() { DealCount = 10_000, RateLimit = RateLimitOptions.Standard };

    [Fact]
    public async Task Listing_ten_thousand_deals_takes_five_requests_and_meets_no_limit()
    {
        using var client = new B24Client(B24ClientOptions.FromWebhook(Emulator.WebhookUrl));
        var stopwatch = Stopwatch.StartNew();

        var ids = new List<long>();
        await foreach (var deal in new B24Api(client).Crm.Deal.ListAllAsync())
        {
            ids.Add(deal.Id);
        }

        stopwatch.Stop();
        output.WriteLine($"10,000 deals: {Emulator.Requests.Count} HTTP requests in {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(Enumerable.Range(1, 10_000).Select(i => (long)i), ids);
        Assert.Equal(5, Emulator.Requests.Count);
        Assert.Equal(0, Emulator.QueryLimitRejections);
    }
}
