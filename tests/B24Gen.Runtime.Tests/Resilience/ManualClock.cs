namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// A clock shared by the client and the emulator that moves only when a test says so. Its timers (the client's
/// <c>Task.Delay</c> on the operating limit, Polly's backoff) fire when <see cref="AdvanceTo"/> passes their due time,
/// and <see cref="WaitingAsync"/> tells a test, without sleeping, that the code under test is waiting on the clock.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly DateTimeOffset _start = start;
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private TaskCompletionSource _scheduled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan _elapsed;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>When the pending timers are due, soonest first.</summary>
    public IReadOnlyList<DateTimeOffset> PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return [.. _timers.Select(t => t.DueAt).Order()];
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _start + _elapsed;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _elapsed.Ticks;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes once a timer is pending: at once if one is, else when the next one is scheduled.</summary>
    public Task WaitingAsync()
    {
        lock (_gate)
        {
            if (_timers.Count > 0)
            {
                return Task.CompletedTask;
            }

            if (_scheduled.Task.IsCompleted)
            {
                _scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _scheduled.Task;
        }
    }

    /// <summary>
    /// Until <paramref name="call"/> has completed or waits on this clock (a hang guard of 30 s of real time turns a
    /// call stuck elsewhere into a failure instead of a hung run; nothing relies on it to pass).
    /// </summary>
    public async Task SettledAsync(Task call) =>
        await Task.WhenAny(call, WaitingAsync()).WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Moves the clock to <paramref name="instant"/> and fires every timer due by then, in order.</summary>
    public void AdvanceTo(DateTimeOffset instant)
    {
        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                var now = _start + _elapsed;
                ArgumentOutOfRangeException.ThrowIfLessThan(instant, now);
                due = _timers.Where(t => t.DueAt <= instant).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _elapsed = instant - _start;
                    return;
                }

                if (due.DueAt > now)
                {
                    _elapsed = due.DueAt - _start;
                }

                _timers.Remove(due);
            }

            due.Fire();
        }
    }

    public void Advance(TimeSpan by) => AdvanceTo(GetUtcNow() + by);

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                DueAt = clock._start + clock._elapsed + dueTime;
                clock._timers.Add(this);
                clock._scheduled.TrySetResult();
                return true;
            }
        }

        public void Fire()
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                lock (clock._gate)
                {
                    DueAt += _period;
                    clock._timers.Add(this);
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
