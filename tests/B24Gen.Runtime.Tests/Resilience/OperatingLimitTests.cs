using System.Text.Json.Nodes;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>OPERATION_TIME_LIMIT: wait for operating_reset_at when it is near, give up with a typed exception when it is not.</summary>
public class OperatingLimitTests : ResilienceTest
{
    private const string Blocked = """{"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."}""";

    private void ServeSuccessWithOperating(double operating, DateTimeOffset resetAt)
    {
        var body = TestJson.SectionGetResponse();
        body["time"]!["operating"] = operating;
        body["time"]!["operating_reset_at"] = resetAt.ToUnixTimeSeconds();
        Serve(200, body.ToJsonString());
    }

    [Fact]
    public async Task A_429_whose_reset_is_beyond_the_cap_is_a_typed_exception_with_the_reset_time()
    {
        using var client = NewClient(o => o with { Retry = FastRetries with { MaxOperatingWait = TimeSpan.FromMinutes(1) } });
        var resetAt = DateTimeOffset.UtcNow.AddMinutes(9);
        ServeSuccessWithOperating(100, resetAt);
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        ServeTimes(1, 429, Blocked, SectionGet);

        var error = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(429, error.HttpStatus);
        Assert.Equal(resetAt.ToUnixTimeSeconds(), error.ResetAt!.Value.ToUnixTimeSeconds());
        Assert.Equal(2, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task A_method_near_its_limit_is_held_back_before_the_portal_blocks_it()
    {
        using var client = NewClient(o => o with { Retry = FastRetries with { MaxOperatingWait = TimeSpan.FromMinutes(1) } });
        ServeSuccessWithOperating(470, DateTimeOffset.UtcNow.AddMinutes(8));
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        var error = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(0, error.HttpStatus);
        Assert.Contains("470", error.Description, StringComparison.Ordinal);
        Assert.Equal(1, RequestsTo(SectionGet));

        // Other methods are not affected: the portal counts each method on its own.
        await new B24Api(client).Calendar.User.Settings.GetAsync();
    }

    [Fact]
    public async Task A_method_below_the_share_is_not_held_back()
    {
        using var client = NewClient();
        ServeSuccessWithOperating(100, DateTimeOffset.UtcNow.AddMinutes(8));
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(2, RequestsTo(SectionGet));
    }
}
