using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// The client with <see cref="B24ClientOptions.SharedLimits"/>: places come from the shared bucket, over-limit answers
/// and operating times go back to it, what another process saw holds a method back here, and a failing store costs
/// no call and is left alone for a second.
/// </summary>
public class SharedLimitsTests : ResilienceTest
{
    private static readonly B24RateLimit Limit = new(50, 2);

    private B24Client SharedClient(IB24SharedLimits shared, TimeProvider? time = null, CapturingLoggerProvider? logs = null) =>
        NewClient(o => o with { RateLimit = Limit, SharedLimits = shared, TimeProvider = time ?? TimeProvider.System, LoggerFactory = logs });

    [Fact]
    public async Task Places_come_from_the_shared_bucket_and_an_over_limit_answer_fills_it()
    {
        var shared = new RecordingLimits();
        using var client = SharedClient(shared);
        ServeTimes(1, 503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""", SettingsGet);

        await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal(2, shared.Acquired);
        Assert.Equal([Emulator.BaseAddress.Authority], shared.OverLimit);
    }

    [Fact]
    public async Task A_block_is_shared_with_the_other_processes_and_a_low_operating_time_is_not()
    {
        var shared = new RecordingLimits();
        using var client = SharedClient(shared);
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        Assert.Empty(shared.Set);

        ServeTimes(1, 429, """{"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit."}""", SectionGet);
        using var once = NewClient(o => o with { RateLimit = Limit, SharedLimits = shared, Retry = B24RetryOptions.None });
        await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => new B24Api(once).Calendar.Section.GetAsync(UserOneSections));

        var (portal, method, state) = Assert.Single(shared.Set);
        Assert.Equal((Emulator.BaseAddress.Authority, SectionGet), (portal, method));
        Assert.NotNull(state.BlockedUntil);
    }

    [Fact]
    public async Task An_operating_time_near_the_limit_is_shared()
    {
        var shared = new RecordingLimits();
        using var client = NewClient(o => o with { RateLimit = Limit, SharedLimits = shared, Retry = FastRetries with { OperatingLimitSeconds = 0.000001 } });

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.NotNull(Assert.Single(shared.Set).State.Operating);
    }

    [Fact]
    public async Task Another_processs_state_is_read_once_a_second_per_method()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var shared = new RecordingLimits();
        using var client = SharedClient(shared, clock);
        var api = new B24Api(client);

        await api.Calendar.User.Settings.GetAsync();
        await api.Calendar.User.Settings.GetAsync();
        await api.Calendar.Section.GetAsync(UserOneSections);
        Assert.Equal(2, shared.Reads);

        clock.Advance(TimeSpan.FromSeconds(1));
        await api.Calendar.User.Settings.GetAsync();
        Assert.Equal(3, shared.Reads);
    }

    [Fact]
    public async Task A_method_another_process_saw_near_its_limit_is_held_back_without_a_request()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var shared = new RecordingLimits { Operating = new B24OperatingState(470, clock.GetUtcNow().AddMinutes(20), null) };
        using var client = SharedClient(shared, clock);

        var error = await Assert.ThrowsAsync<B24OperationTimeLimitException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Contains("used 470 s of its operating time", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task A_failing_store_costs_no_call_and_is_asked_again_a_second_later()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var logs = new CapturingLoggerProvider();
        var shared = new RecordingLimits { Failing = true };
        using var client = SharedClient(shared, clock, logs);
        var api = new B24Api(client);

        await api.Calendar.User.Settings.GetAsync();
        await api.Calendar.User.Settings.GetAsync();
        Assert.Equal(1, shared.Attempts);
        Assert.Single(logs.Entries, e => e.EventId == 9);

        shared.Failing = false;
        clock.Advance(TimeSpan.FromSeconds(1));
        await api.Calendar.User.Settings.GetAsync();
        Assert.Equal(1, shared.Acquired);
        Assert.Equal(3, RequestsTo(SettingsGet));
    }

    /// <summary>Takes every place at once, records what the client tells it, and fails while <see cref="Failing"/>.</summary>
    private sealed class RecordingLimits : IB24SharedLimits
    {
        public bool Failing { get; set; }

        public int Attempts { get; private set; }

        public int Acquired { get; private set; }

        public List<string> OverLimit { get; } = [];

        public List<(string Portal, string Method, B24OperatingState State)> Set { get; } = [];

        public B24OperatingState? Operating { get; init; }

        public ValueTask<TimeSpan> TryAcquireAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default)
        {
            Fail();
            Acquired++;
            return ValueTask.FromResult(TimeSpan.Zero);
        }

        public ValueTask ReportOverLimitAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default)
        {
            Fail();
            OverLimit.Add(portal);
            return ValueTask.CompletedTask;
        }

        public int Reads { get; private set; }

        public ValueTask<B24OperatingState?> GetOperatingAsync(string portal, string method, CancellationToken cancellationToken = default)
        {
            Fail();
            Reads++;
            return ValueTask.FromResult(Operating);
        }

        public ValueTask SetOperatingAsync(string portal, string method, B24OperatingState state, CancellationToken cancellationToken = default)
        {
            Fail();
            Set.Add((portal, method, state));
            return ValueTask.CompletedTask;
        }

        private void Fail()
        {
            Attempts++;
            if (Failing)
            {
                throw new IOException("store down");
            }
        }
    }
}
