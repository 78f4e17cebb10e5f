using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class OperatingLimitTests : EmulatorFixture
{
    private const string Method = "calendar.section.get";
    private const string Body = """{"type":"user","ownerId":1}""";
    private static readonly long ResetAtT0 = T0.AddMinutes(10).ToUnixTimeSeconds();

    protected override PortalEmulatorOptions CreateOptions()
    {
        var options = new PortalEmulatorOptions();
        options.OperatingCostPerMethod[Method] = TimeSpan.FromSeconds(100);
        options.OperatingCostPerCall = TimeSpan.FromSeconds(1);
        return options;
    }

    [Fact]
    public async Task The_time_block_reports_the_sum_and_when_the_oldest_bucket_expires()
    {
        var first = (await CallAsync(Method, Body)).Json["time"]!;
        var second = (await CallAsync(Method, Body)).Json["time"]!;

        Assert.Equal(100, first["operating"]!.GetValue<double>());
        Assert.Equal(100, first["processing"]!.GetValue<double>());
        Assert.Equal(200, second["operating"]!.GetValue<double>());
        Assert.Equal(ResetAtT0, second["operating_reset_at"]!.GetValue<long>());
    }

    [Fact]
    public async Task Over_the_limit_the_next_call_is_OPERATION_TIME_LIMIT_and_does_not_run()
    {
        for (var i = 1; i <= 5; i++)
        {
            var answer = await CallAsync(Method, Body);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(100 * i, answer.Json["time"]!["operating"]!.GetValue<double>());
        }

        var refused = await CallAsync(Method, Body);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("""{"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."}""", refused.Text);
        Assert.Equal(5, Emulator.ExecutedCommands.Count);
        Assert.Equal(1, Emulator.OperationLimitRejections);
        Assert.False(Emulator.Requests[^1].HandlerRan);
        Assert.Equal("OPERATION_TIME_LIMIT", Emulator.Requests[^1].ErrorCode);
    }

    [Fact]
    public async Task Other_methods_and_other_callers_are_not_blocked()
    {
        for (var i = 0; i < 5; i++)
        {
            await CallAsync(Method, Body);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await CallAsync(Method, Body)).Status);

        var other = await CallAsync("calendar.settings.get");
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(1, other.Json["time"]!["operating"]!.GetValue<double>());

        var oauth = await CallOAuthAsync(Method, Emulator.AccessToken, Body);
        Assert.Equal(HttpStatusCode.OK, oauth.Status);
        Assert.Equal(100, oauth.Json["time"]!["operating"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_block_lifts_when_the_buckets_expire()
    {
        for (var i = 0; i < 5; i++)
        {
            await CallAsync(Method, Body);
        }

        Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await CallAsync(Method, Body)).Status);

        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var after = await CallAsync(Method, Body);

        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(100, after.Json["time"]!["operating"]!.GetValue<double>());
        Assert.Equal(T0.AddMinutes(20).ToUnixTimeSeconds(), after.Json["time"]!["operating_reset_at"]!.GetValue<long>());
    }

    [Fact]
    public async Task Calls_in_later_minutes_go_to_later_buckets_that_expire_in_turn()
    {
        await CallAsync(Method, Body);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await CallAsync(Method, Body);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var third = (await CallAsync(Method, Body)).Json["time"]!;

        Assert.Equal(300, third["operating"]!.GetValue<double>());
        Assert.Equal(ResetAtT0, third["operating_reset_at"]!.GetValue<long>());

        Clock.Advance(TimeSpan.FromMinutes(8));
        var fourth = (await CallAsync(Method, Body)).Json["time"]!;

        // The first bucket (T0) has expired; the T0+1 min and T0+2 min buckets remain, plus this call.
        Assert.Equal(300, fourth["operating"]!.GetValue<double>());
        Assert.Equal(T0.AddMinutes(11).ToUnixTimeSeconds(), fourth["operating_reset_at"]!.GetValue<long>());
    }

    [Fact]
    public async Task Batch_commands_count_against_their_own_methods_and_the_batch_itself_is_not_charged()
    {
        var batch = await CallAsync("batch", """
            {"cmd": {"a": "calendar.section.get?type=user&ownerId=1", "b": "calendar.section.get?type=user&ownerId=1", "c": "calendar.settings.get"}}
            """);

        var result = batch.Json["result"]!;
        Assert.Equal(100, result["result_time"]!["a"]!["operating"]!.GetValue<double>());
        Assert.Equal(200, result["result_time"]!["b"]!["operating"]!.GetValue<double>());
        Assert.Equal(1, result["result_time"]!["c"]!["operating"]!.GetValue<double>());
        var outer = batch.Json["time"]!.AsObject();
        Assert.False(outer.ContainsKey("operating"));
        Assert.False(outer.ContainsKey("operating_reset_at"));

        var plain = await CallAsync(Method, Body);
        Assert.Equal(300, plain.Json["time"]!["operating"]!.GetValue<double>());
        var again = await CallAsync("batch", """{"cmd":{"x":"calendar.settings.get"}}""");
        Assert.Equal(2, again.Json["result"]!["result_time"]!["x"]!["operating"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_blocked_method_inside_a_batch_is_a_per_command_error()
    {
        for (var i = 0; i < 5; i++)
        {
            await CallAsync(Method, Body);
        }

        var batch = await CallAsync("batch", """{"cmd": {"a": "calendar.section.get?type=user&ownerId=1", "b": "calendar.settings.get"}}""");

        Assert.Equal(HttpStatusCode.OK, batch.Status);
        var result = batch.Json["result"]!;
        JsonAssert.Same("""{"a":{"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."}}""",
            result["result_error"]!.ToJsonString());
        Assert.NotNull(result["result"]!["b"]);
        Assert.Equal(1, Emulator.Requests[^1].HandlersRun);
    }
}

public sealed class OperatingLimitBoundaryTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions()
    {
        var options = new PortalEmulatorOptions { OperatingLimitSeconds = 480 };
        options.OperatingCostPerMethod["CALENDAR.SETTINGS.GET.json"] = TimeSpan.FromSeconds(120);
        return options;
    }

    [Fact]
    public async Task Exactly_at_the_limit_a_call_still_runs_and_only_over_it_the_next_is_refused()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.settings.get")).Status);
        }

        // 480 s is not over the limit of 480 s: this call runs and takes the counter to 600.
        var fifth = await CallAsync("calendar.settings.get");
        Assert.Equal(HttpStatusCode.OK, fifth.Status);
        Assert.Equal(600, fifth.Json["time"]!["operating"]!.GetValue<double>());

        Assert.Equal(HttpStatusCode.TooManyRequests, (await CallAsync("calendar.settings.get")).Status);
    }
}

public sealed class OperatingLimitOffTests : EmulatorFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { OperatingLimitSeconds = null, OperatingCostPerCall = TimeSpan.FromSeconds(400) };

    [Fact]
    public async Task Without_a_limit_the_counter_grows_and_nothing_is_refused()
    {
        JsonNode? time = null;
        for (var i = 0; i < 5; i++)
        {
            var answer = await CallAsync("calendar.settings.get");
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            time = answer.Json["time"];
        }

        Assert.Equal(2000, time!["operating"]!.GetValue<double>());
        Assert.Equal(0, Emulator.OperationLimitRejections);
    }
}

public sealed class OperatingDefaultTests : EmulatorFixture
{
    [Fact]
    public async Task By_default_the_measured_handler_time_is_charged_and_the_limit_is_480()
    {
        var answer = await CallAsync("calendar.settings.get");

        // The manual clock does not move while the handler runs, so the measured time is 0.
        Assert.Equal(0, answer.Json["time"]!["operating"]!.GetValue<double>());
        Assert.Equal(0, answer.Json["time"]!["processing"]!.GetValue<double>());
        Assert.Equal(T0.AddMinutes(10).ToUnixTimeSeconds(), answer.Json["time"]!["operating_reset_at"]!.GetValue<long>());
        Assert.Equal(480, Emulator.Options.OperatingLimitSeconds);
    }
}

public sealed class OperatingLimitErrorTimeTests : EmulatorFixture
{
    private const string Method = "calendar.section.get";
    private const string Body = """{"type":"user","ownerId":1}""";

    protected override PortalEmulatorOptions CreateOptions()
    {
        var options = new PortalEmulatorOptions { TimeInOperatingLimitErrors = true };
        options.OperatingCostPerMethod[Method] = TimeSpan.FromSeconds(100);
        return options;
    }

    [Fact]
    public async Task The_429_carries_the_operating_total_and_when_the_oldest_bucket_expires()
    {
        for (var i = 0; i < 3; i++)
        {
            await CallAsync(Method, Body);
        }

        Clock.Advance(TimeSpan.FromMinutes(1));
        await CallAsync(Method, Body);
        await CallAsync(Method, Body);
        Clock.Advance(TimeSpan.FromSeconds(5));

        var refused = await CallAsync(Method, Body);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("OPERATION_TIME_LIMIT", refused.Json["error"]!.GetValue<string>());
        var time = refused.Json["time"]!;
        Assert.Equal(500, time["operating"]!.GetValue<double>());
        Assert.Equal(T0.AddMinutes(10).ToUnixTimeSeconds(), time["operating_reset_at"]!.GetValue<long>());
        Assert.Equal(Emulator.Requests[^1].ReceivedAt, T0.AddMinutes(1).AddSeconds(5));
    }

    [Fact]
    public async Task Inside_a_batch_the_refusal_stays_the_bare_per_command_error()
    {
        for (var i = 0; i < 5; i++)
        {
            await CallAsync(Method, Body);
        }

        var batch = await CallAsync("batch", """{"cmd": {"a": "calendar.section.get?type=user&ownerId=1"}}""");

        JsonAssert.Same("""{"a":{"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."}}""",
            batch.Json["result"]!["result_error"]!.ToJsonString());
    }

    [Fact]
    public async Task Other_errors_carry_no_time_block()
    {
        var answer = await CallAsync(Method, "{}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Json.AsObject().ContainsKey("time"));
    }
}
