using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// The backoff between retries runs on the client's <see cref="B24ClientOptions.TimeProvider"/>, never beyond
/// <see cref="B24RetryOptions.MaxDelay"/>, and is jittered so that clients failing together do not retry together.
/// </summary>
public sealed class BackoffTests : ResilienceTest
{
    private const string ServerError = """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""";
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(25);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 14, 10, 0, 0, TimeSpan.Zero));

    /// <summary>Runs a read that fails <paramref name="failures"/> times and returns how long each backoff was.</summary>
    private async Task<List<TimeSpan>> BackoffsAsync(int failures)
    {
        using var client = NewClient(o => o with
        {
            TimeProvider = _clock,
            Retry = new B24RetryOptions { MaxRetries = failures, BaseDelay = BaseDelay, MaxDelay = MaxDelay },
        });
        ServeTimes(failures, 500, ServerError, SectionGet);
        var call = new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        var backoffs = new List<TimeSpan>();
        for (var retry = 0; retry < failures; retry++)
        {
            await _clock.SettledAsync(call);
            Assert.False(call.IsCompleted, "The client retried without waiting on its clock.");
            var due = Assert.Single(_clock.PendingTimers);
            backoffs.Add(due - _clock.GetUtcNow());
            _clock.AdvanceTo(due);
        }

        Assert.NotEmpty(await call);
        Assert.Equal(failures + 1, RequestsTo(SectionGet));
        return backoffs;
    }

    [Fact]
    public async Task Each_retry_waits_on_the_clients_clock_within_the_cap()
    {
        var backoffs = await BackoffsAsync(failures: 4);

        Assert.All(backoffs, backoff => Assert.InRange(backoff, TimeSpan.FromTicks(1), MaxDelay));
    }

    [Fact]
    public async Task Backoffs_are_jittered_rather_than_exact_powers_of_two()
    {
        // Without jitter they would be exactly 10 s, 20 s, 25 s (capped), 25 s. With jitter, the chance that all four
        // land exactly on those values is nil.
        var exact = new[] { 10, 20, 25, 25 }.Select(s => TimeSpan.FromSeconds(s));

        var backoffs = await BackoffsAsync(failures: 4);

        Assert.NotEqual(exact, backoffs);
    }
}
