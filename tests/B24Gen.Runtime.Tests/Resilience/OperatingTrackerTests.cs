using B24Gen.Resilience;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// The rules of <see cref="OperatingTracker"/> at their edges, on a clock that moves only when told:
/// <see cref="OperatingLimitTests"/> checks them end to end against the emulator.
/// </summary>
public sealed class OperatingTrackerTests
{
    private const string Method = "crm.deal.list";

    private static readonly DateTimeOffset Start = new(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Start);

    // The defaults: limit 480 s, slowdown at 0.9 of it (432 s), wait at most 10 minutes.
    private OperatingTracker NewTracker() => new(new B24RetryOptions(), _clock);

    [Fact]
    public void Below_the_slowdown_share_there_is_no_wait()
    {
        var tracker = NewTracker();
        tracker.Record(Method, new() { Operating = 431.9, OperatingResetAt = Start.AddSeconds(30) });

        Assert.Equal(default, tracker.DelayBefore(Method));
    }

    [Fact]
    public void At_the_slowdown_share_the_method_waits_for_its_reset_and_a_second()
    {
        var tracker = NewTracker();
        tracker.Record(Method, new() { Operating = 432, OperatingResetAt = Start.AddSeconds(30) });

        var delay = tracker.DelayBefore(Method);

        Assert.Equal(new OperatingDelay(TimeSpan.FromSeconds(31), TooLong: false, 432, Start.AddSeconds(30), Blocked: false), delay);
    }

    [Fact]
    public void Once_the_reset_and_its_margin_have_passed_there_is_no_wait()
    {
        var tracker = NewTracker();
        tracker.Record(Method, new() { Operating = 470, OperatingResetAt = Start.AddSeconds(30) });

        _clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(default, tracker.DelayBefore(Method));
    }

    [Fact]
    public void A_reset_time_without_an_operating_time_is_remembered_for_a_block()
    {
        var tracker = NewTracker();
        tracker.Record(Method, new() { OperatingResetAt = Start.AddSeconds(40) });

        var (resetAt, wait) = tracker.Blocked(Method, answerResetAt: null);

        Assert.Equal(Start.AddSeconds(40), resetAt);
        Assert.Equal(TimeSpan.FromSeconds(41), wait);
    }

    [Fact]
    public void An_answer_without_times_forgets_what_was_known()
    {
        var tracker = NewTracker();
        tracker.Record(Method, new() { Operating = 470, OperatingResetAt = Start.AddSeconds(30) });
        tracker.Record(Method, new());

        Assert.Equal(default, tracker.DelayBefore(Method));
        Assert.Equal(Start + OperatingTracker.Window, tracker.Blocked(Method, answerResetAt: null).ResetAt);
    }

    [Fact]
    public void A_reset_reported_less_than_a_second_ago_still_counts()
    {
        // The portal reports whole seconds: a reset half a second ago may not have happened yet.
        var tracker = NewTracker();
        _clock.Advance(TimeSpan.FromSeconds(10.5));

        var (resetAt, wait) = tracker.Blocked(Method, answerResetAt: Start.AddSeconds(10));

        Assert.Equal(Start.AddSeconds(10), resetAt);
        Assert.Equal(TimeSpan.FromSeconds(0.5), wait);
    }

    [Fact]
    public void A_reset_reported_a_second_ago_or_more_is_past_and_the_whole_window_is_waited()
    {
        var tracker = NewTracker();
        _clock.Advance(TimeSpan.FromSeconds(11));

        var (resetAt, wait) = tracker.Blocked(Method, answerResetAt: Start.AddSeconds(10));

        Assert.Equal(_clock.GetUtcNow() + OperatingTracker.Window, resetAt);
        Assert.Equal(OperatingTracker.Window, wait);
    }

    [Fact]
    public void A_blocked_method_waits_until_its_reset_and_reports_the_block()
    {
        var tracker = NewTracker();
        tracker.Blocked(Method, answerResetAt: Start.AddSeconds(20));

        var delay = tracker.DelayBefore(Method);

        Assert.Equal(new OperatingDelay(TimeSpan.FromSeconds(21), TooLong: false, 0, Start.AddSeconds(20), Blocked: true), delay);
    }

    [Fact]
    public void A_reset_further_than_the_longest_wait_gives_no_wait()
    {
        var tracker = new OperatingTracker(new B24RetryOptions { MaxOperatingWait = TimeSpan.FromSeconds(20) }, _clock);

        var (resetAt, wait) = tracker.Blocked(Method, answerResetAt: Start.AddSeconds(21));

        Assert.Equal(Start.AddSeconds(21), resetAt);
        Assert.Null(wait);
        Assert.True(tracker.DelayBefore(Method).TooLong);
    }
}
