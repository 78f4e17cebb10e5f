using B24Gen.Resilience;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>Which client owns (and disposes) its bucket, and which buckets are shared per portal.</summary>
public sealed class RateLimiterRegistryTests
{
    private static B24ClientOptions Options(string portal, B24RateLimit? limit) =>
        TestOptions.Webhook($"https://{portal}/rest/1/abcdefgh/") with { RateLimit = limit };

    [Fact]
    public void Without_a_limit_there_is_no_bucket_and_nothing_to_dispose()
    {
        Assert.Null(RateLimiterRegistry.For(Options("a.bitrix24.com", null), out var owned));
        Assert.False(owned);
    }

    [Fact]
    public void A_limit_of_its_own_is_a_new_bucket_the_client_owns()
    {
        var limit = new B24RateLimit(2, 2);

        using var first = RateLimiterRegistry.For(Options("own.bitrix24.com", limit), out var firstOwned);
        using var second = RateLimiterRegistry.For(Options("own.bitrix24.com", limit), out var secondOwned);

        Assert.NotNull(first);
        Assert.NotSame(first, second);
        Assert.True(firstOwned);
        Assert.True(secondOwned);
    }

    [Fact]
    public void A_shared_limit_is_one_bucket_per_portal_that_no_client_owns()
    {
        var limit = new B24RateLimit(3, 2) { SharedPerPortal = true };

        var first = RateLimiterRegistry.For(Options("shared.bitrix24.com", limit), out var firstOwned);
        var again = RateLimiterRegistry.For(Options("SHARED.bitrix24.com", limit), out var againOwned);
        var other = RateLimiterRegistry.For(Options("other-shared.bitrix24.com", limit), out _);

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.False(firstOwned);
        Assert.False(againOwned);
    }
}
