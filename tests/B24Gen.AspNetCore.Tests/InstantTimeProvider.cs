namespace B24Gen.AspNetCore.Tests;

/// <summary>A clock whose timers fire at once: a retry's back-off (Task.Delay on this provider) passes without waiting.</summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(callback, state, Timeout.Infinite, Timeout.Infinite);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }

        return timer;
    }
}
