using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// OPERATION_TIME_LIMIT against the emulator's operating-time accounting, on a manual clock shared by the client and
/// the emulator: nothing really waits, and each request's <see cref="RecordedRequest.ReceivedAt"/> says when the client
/// sent it. calendar.section.get costs 100 s a call, so the sixth call within ten minutes (500 s > 480 s) is refused.
/// </summary>
public abstract class OperatingResetTest : ResilienceTest
{
    /// <summary>The clock's start. Not on a whole second: the portal reports resets in whole seconds, so the true reset is 0.6 s after the reported one.</summary>
    protected static readonly DateTimeOffset T0 = new(2026, 5, 14, 10, 26, 32, 600, TimeSpan.Zero);

    /// <summary>When the bucket of the calls made at <see cref="T0"/> expires.</summary>
    protected static readonly DateTimeOffset TrueReset = T0.AddMinutes(10);

    /// <summary>The <c>operating_reset_at</c> the emulator reports for them (whole seconds).</summary>
    protected static readonly DateTimeOffset ReportedReset = DateTimeOffset.FromUnixTimeSeconds(TrueReset.ToUnixTimeSeconds());

    /// <summary>How far after a reported reset the client calls again: the reset is reported in whole seconds.</summary>
    protected static readonly TimeSpan OperatingResetMargin = TimeSpan.FromSeconds(1);

    internal ManualClock Clock { get; } = new(T0);

    /// <summary>What the clocked clients log.</summary>
    internal CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Whether the emulator's 429 carries the method's time block.</summary>
    protected abstract bool TimeInErrors { get; }

    protected override PortalEmulatorOptions EmulatorOptions
    {
        get
        {
            var options = new PortalEmulatorOptions { TimeProvider = Clock, TimeInOperatingLimitErrors = TimeInErrors };
            options.OperatingCostPerMethod[SectionGet] = TimeSpan.FromSeconds(100);
            return options;
        }
    }

    protected IReadOnlyList<RecordedRequest> SectionRequests => [.. Emulator.Requests.Where(r => r.RestMethod == SectionGet)];

    /// <summary>A client on the manual clock with default retries (5, up to 10 min for an operating reset) unless given others.</summary>
    protected B24Client ClockedClient(B24RetryOptions? retry = null) =>
        NewClient(o => o with { TimeProvider = Clock, Retry = retry ?? new B24RetryOptions(), LoggerFactory = Logs });

    /// <summary>Another client of the same webhook (the portal counts them together) makes <paramref name="calls"/> calls now.</summary>
    protected async Task CallFromAnotherClientAsync(int calls)
    {
        using var other = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl) with { TimeProvider = Clock });
        for (var i = 0; i < calls; i++)
        {
            await new B24Api(other).Calendar.Section.GetAsync(UserOneSections);
        }
    }

    /// <summary>Starts a call and returns it once it has completed or waits on the clock.</summary>
    protected async Task<Task<IReadOnlyList<CalendarSection>>> StartAsync(B24Client client)
    {
        var call = new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        await Clock.SettledAsync(call);
        return call;
    }

    /// <summary>Starts a call that must complete without waiting on the clock, and returns it.</summary>
    protected async Task<Task<IReadOnlyList<CalendarSection>>> StartCompletingAsync(B24Client client)
    {
        var call = await StartAsync(client);
        Assert.True(call.IsCompleted, "The client waits or retries instead of completing the call.");
        return call;
    }

    /// <summary>Moves the clock to the client's pending wait, lets the client act, and returns when that wait ended.</summary>
    protected async Task<DateTimeOffset> RunToTheWaitsEndAsync(Task call)
    {
        var due = Assert.Single(Clock.PendingTimers);
        Clock.AdvanceTo(due);
        await Clock.SettledAsync(call);
        return due;
    }

    protected static string OperatingLimit(DateTimeOffset resetAt) => new JsonObject
    {
        ["error"] = "OPERATION_TIME_LIMIT",
        ["error_description"] = "Method is blocked due to operation time limit.",
        ["time"] = new JsonObject { ["operating"] = 500.5, ["operating_reset_at"] = resetAt.ToUnixTimeSeconds() },
    }.ToJsonString();
}

/// <summary>The portal's 429 carries <c>time.operating_reset_at</c>: the client waits for exactly that reset.</summary>
public sealed class OperatingResetFromTheAnswerTests : OperatingResetTest
{
    protected override bool TimeInErrors => true;

    [Fact]
    public async Task A_429_is_retried_once_after_the_reset_it_carries_and_not_before()
    {
        await CallFromAnotherClientAsync(5);
        using var client = ClockedClient();

        var call = await StartAsync(client);

        Assert.False(call.IsCompleted, call.Exception?.ToString());
        Assert.Equal(6, SectionRequests.Count);
        var retriedAt = await RunToTheWaitsEndAsync(call);
        Assert.True(call.IsCompletedSuccessfully);
        Assert.NotEmpty(await call);
        var requests = SectionRequests;
        Assert.Equal(7, requests.Count);
        Assert.Equal(retriedAt, requests[^1].ReceivedAt);
        Assert.InRange(requests[^1].ReceivedAt, TrueReset, ReportedReset + OperatingResetMargin);
        Assert.Equal(1, Emulator.OperationLimitRejections);
    }

    [Fact]
    public async Task A_429_whose_reset_is_beyond_MaxOperatingWait_throws_at_once_with_that_reset()
    {
        await CallFromAnotherClientAsync(5);
        using var client = ClockedClient(new() { MaxOperatingWait = TimeSpan.FromMinutes(1) });

        var call = await StartCompletingAsync(client);

        var error = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => call);
        Assert.Equal(429, error.HttpStatus);
        Assert.Equal(ReportedReset, error.ResetAt);
        Assert.Equal(6, SectionRequests.Count);
    }

    [Fact]
    public async Task A_blocked_method_is_held_back_in_later_calls_until_its_reset_and_other_methods_are_not()
    {
        await CallFromAnotherClientAsync(5);
        using var client = ClockedClient(new() { MaxOperatingWait = TimeSpan.FromMinutes(1) });
        var refused = await StartCompletingAsync(client);
        await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => refused);

        // Nine minutes before the reset: refused by the client itself, without a request.
        var later = await StartCompletingAsync(client);
        var error = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => later);
        Assert.Equal(0, error.HttpStatus);
        Assert.Equal(ReportedReset, error.ResetAt);
        Assert.Matches(@"^The portal blocked the method for its operating time \(OPERATION_TIME_LIMIT\); it resets in \d+ s, longer than the 60 s the client may wait\.$", error.Description);
        Assert.Equal(6, SectionRequests.Count);
        await new B24Api(client).Calendar.User.Settings.GetAsync();
        Assert.DoesNotContain(Logs.Entries, e => e.EventId == 4);

        // Within MaxOperatingWait of the reset: the call waits for it, then goes.
        Clock.AdvanceTo(ReportedReset.AddSeconds(-30));
        var waiting = await StartAsync(client);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(6, SectionRequests.Count);
        await RunToTheWaitsEndAsync(waiting);
        Assert.NotEmpty(await waiting);
        Assert.InRange(SectionRequests[^1].ReceivedAt, TrueReset, ReportedReset + OperatingResetMargin);
        Assert.Equal(1, Emulator.OperationLimitRejections);
        var wait = Assert.Single(Logs.Entries, e => e.EventId == 4);
        Assert.StartsWith("calendar.section.get: waiting ", wait.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_retries_off_the_429_throws_with_its_reset_and_the_next_call_is_refused_without_a_request()
    {
        await CallFromAnotherClientAsync(5);
        using var client = ClockedClient(B24RetryOptions.None);

        var firstCall = await StartCompletingAsync(client);
        var first = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => firstCall);
        var secondCall = await StartCompletingAsync(client);
        var second = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => secondCall);

        Assert.Equal(429, first.HttpStatus);
        Assert.Equal(ReportedReset, first.ResetAt);
        Assert.Equal(0, second.HttpStatus);
        Assert.Equal(ReportedReset, second.ResetAt);
        Assert.Equal(6, SectionRequests.Count);
    }

    [Fact]
    public async Task The_reset_in_the_429_wins_over_the_reset_of_the_last_success()
    {
        using var client = ClockedClient();
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        var sooner = DateTimeOffset.FromUnixTimeSeconds(T0.AddSeconds(90).ToUnixTimeSeconds());
        ServeTimes(1, 429, OperatingLimit(sooner), SectionGet);

        var call = await StartAsync(client);

        Assert.Equal(sooner + OperatingResetMargin, await RunToTheWaitsEndAsync(call));
        Assert.NotEmpty(await call);
        Assert.Equal(3, SectionRequests.Count);
    }

    [Fact]
    public async Task A_block_that_persists_after_the_reset_waits_for_the_next_reset_the_portal_gives()
    {
        using var client = ClockedClient();
        var first = DateTimeOffset.FromUnixTimeSeconds(T0.AddSeconds(30).ToUnixTimeSeconds());
        var second = first.AddMinutes(1);
        ServeTimes(1, 429, OperatingLimit(first), SectionGet);
        ServeTimes(1, 429, OperatingLimit(second), SectionGet);

        var call = await StartAsync(client);
        var firstRetry = await RunToTheWaitsEndAsync(call);
        var secondRetry = await RunToTheWaitsEndAsync(call);

        Assert.NotEmpty(await call);
        Assert.Equal([T0, firstRetry, secondRetry], SectionRequests.Select(r => r.ReceivedAt));
        Assert.InRange(firstRetry, first, first + OperatingResetMargin);
        Assert.InRange(secondRetry, second, second + OperatingResetMargin);
    }
}

/// <summary>The portal's 429 is the bare error object of the docs: the client waits for what it knows, or conservatively.</summary>
public sealed class OperatingResetUnknownTests : OperatingResetTest
{
    protected override bool TimeInErrors => false;

    [Fact]
    public async Task A_bare_429_waits_for_the_reset_of_the_last_successful_answer_not_the_second_it_reports()
    {
        using var client = ClockedClient();
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        await CallFromAnotherClientAsync(4);

        var call = await StartAsync(client);

        Assert.False(call.IsCompleted);
        // At the reported second the bucket has not expired yet (0.6 s to go): nothing may be sent then.
        Clock.AdvanceTo(ReportedReset);
        await Clock.SettledAsync(call);
        Assert.Equal(6, SectionRequests.Count);
        await RunToTheWaitsEndAsync(call);
        Assert.NotEmpty(await call);
        Assert.Equal(7, SectionRequests.Count);
        Assert.True(SectionRequests[^1].ReceivedAt >= TrueReset);
        Assert.Equal(1, Emulator.OperationLimitRejections);
    }

    [Fact]
    public async Task A_bare_429_with_nothing_known_waits_the_whole_ten_minute_window_from_the_refusal()
    {
        await CallFromAnotherClientAsync(5);
        Clock.AdvanceTo(T0.AddMinutes(2));
        using var client = ClockedClient();

        var call = await StartAsync(client);

        Assert.False(call.IsCompleted);
        Assert.Equal(6, SectionRequests.Count);
        Assert.Equal(T0.AddMinutes(12), await RunToTheWaitsEndAsync(call));
        Assert.NotEmpty(await call);
        Assert.Equal(T0.AddMinutes(12), SectionRequests[^1].ReceivedAt);
        Assert.Equal(1, Emulator.OperationLimitRejections);
    }

    [Fact]
    public async Task A_bare_429_with_nothing_known_and_a_shorter_cap_throws_with_the_estimated_reset()
    {
        await CallFromAnotherClientAsync(5);
        using var client = ClockedClient(new() { MaxOperatingWait = TimeSpan.FromMinutes(5) });

        var call = await StartCompletingAsync(client);

        var error = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => call);
        Assert.Equal(429, error.HttpStatus);
        Assert.Equal(T0.AddMinutes(10), error.ResetAt);
        Assert.Equal(6, SectionRequests.Count);
    }

    [Fact]
    public async Task A_429_whose_reset_has_passed_counts_as_no_reset_known()
    {
        using var client = ClockedClient();
        ServeTimes(1, 429, OperatingLimit(T0.AddSeconds(-5)), SectionGet);

        var call = await StartAsync(client);

        Assert.Equal(T0.AddMinutes(10), await RunToTheWaitsEndAsync(call));
        Assert.NotEmpty(await call);
        Assert.Equal(2, SectionRequests.Count);
    }
}
