using System.Net;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class RateLimitOffTests : EmulatorFixture
{
    [Fact]
    public async Task The_rate_limit_is_off_by_default()
    {
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.section.get", """{"type":"user","ownerId":1}""")).Status);
        }

        Assert.Null(Emulator.Options.RateLimit);
        Assert.Equal(0, Emulator.QueryLimitRejections);
        Assert.Equal(0, Emulator.RateLimitCounter);
    }
}

public sealed class RateLimitStandardTests : EmulatorFixture
{
    private const string Body = """{"type":"user","ownerId":1}""";

    protected override PortalEmulatorOptions CreateOptions() => new() { RateLimit = RateLimitOptions.Standard };

    [Fact]
    public void The_presets_are_the_documented_limits()
    {
        Assert.Equal(50, RateLimitOptions.Standard.BucketCapacity);
        Assert.Equal(2, RateLimitOptions.Standard.DrainPerSecond);
        Assert.Equal(250, RateLimitOptions.Enterprise.BucketCapacity);
        Assert.Equal(5, RateLimitOptions.Enterprise.DrainPerSecond);
    }

    [Fact]
    public async Task A_burst_of_50_passes_and_the_51st_is_QUERY_LIMIT_EXCEEDED_without_running()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.section.get", Body)).Status);
        }

        var refused = await CallAsync("calendar.section.get", Body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal("""{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""", refused.Text);
        Assert.Equal(1, Emulator.QueryLimitRejections);
        Assert.Equal(50, Emulator.ExecutedCommands.Count);
        var last = Emulator.Requests[^1];
        Assert.False(last.HandlerRan);
        Assert.Equal(503, last.ResponseStatus);
        Assert.Equal("QUERY_LIMIT_EXCEEDED", last.ErrorCode);
        Assert.Equal(50, Emulator.RateLimitCounter);
    }

    [Fact]
    public async Task The_counter_drains_two_requests_per_second_of_the_emulator_clock()
    {
        for (var i = 0; i < 50; i++)
        {
            await CallAsync("calendar.section.get", Body);
        }

        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(48, Emulator.RateLimitCounter);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.section.get", Body)).Status);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.section.get", Body)).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await CallAsync("calendar.section.get", Body)).Status);

        Clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.section.get", Body)).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await CallAsync("calendar.section.get", Body)).Status);

        Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, Emulator.RateLimitCounter);
        Assert.Equal(2, Emulator.QueryLimitRejections);
    }

    [Fact]
    public async Task A_refused_request_does_not_fill_the_bucket()
    {
        for (var i = 0; i < 60; i++)
        {
            await CallAsync("calendar.section.get", Body);
        }

        Assert.Equal(10, Emulator.QueryLimitRejections);
        Assert.Equal(50, Emulator.RateLimitCounter);
    }

    [Fact]
    public async Task A_whole_batch_counts_once()
    {
        for (var i = 0; i < 49; i++)
        {
            await CallAsync("calendar.section.get", Body);
        }

        var commands = string.Join(",", Enumerable.Range(0, 10).Select(i => $"\"c{i}\":\"calendar.section.get?type=user&ownerId=1\""));
        var batch = await CallAsync("batch", "{\"cmd\":{" + commands + "}}");

        Assert.Equal(HttpStatusCode.OK, batch.Status);
        Assert.Equal(10, batch.Json["result"]!["result"]!.AsObject().Count);
        Assert.Equal(50, Emulator.RateLimitCounter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await CallAsync("calendar.section.get", Body)).Status);
    }

    [Fact]
    public async Task Every_REST_request_counts_even_one_that_fails_authentication_and_it_is_per_portal()
    {
        for (var i = 0; i < 25; i++)
        {
            await PostJsonAsync($"{Emulator.BaseAddress}rest/1/wrongcode/calendar.section.get", Body);
            await CallOAuthAsync("calendar.section.get", Emulator.AccessToken, Body);
        }

        var refused = await CallAsync("calendar.section.get", Body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
    }

    [Fact]
    public async Task A_fault_served_request_is_not_counted()
    {
        Emulator.EnqueueFault(new FaultResponse(500, "<html>oops</html>", "text/html") { Times = 10 });
        for (var i = 0; i < 10; i++)
        {
            await CallAsync("calendar.section.get", Body);
        }

        Assert.Equal(0, Emulator.RateLimitCounter);
    }
}

public sealed class RateLimitEnterpriseTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { RateLimit = RateLimitOptions.Enterprise };

    [Fact]
    public async Task The_enterprise_bucket_holds_250_and_drains_5_per_second()
    {
        for (var i = 0; i < 250; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.settings.get")).Status);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await CallAsync("calendar.settings.get")).Status);
        Clock.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.settings.get")).Status);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await CallAsync("calendar.settings.get")).Status);
    }
}

public sealed class RateLimitCustomTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { RateLimit = new RateLimitOptions { BucketCapacity = 3, DrainPerSecond = 1 } };

    [Fact]
    public async Task A_custom_bucket_is_honoured()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.settings.get")).Status);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await CallAsync("calendar.settings.get")).Status);
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.settings.get")).Status);
    }
}
