namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// The system clock, except that a timer of <paramref name="pollInterval"/> (the reading's wait after an empty get) fires
/// only when the test says so: polling is tested without waiting for anything. Other timers (the client's own) run.
/// </summary>
internal sealed class PollTimeProvider(TimeSpan pollInterval) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<PollTimer> _waiting = [];
    private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the reading starts waiting; then call <see cref="Elapse"/>.</summary>
    public Task Waiting
    {
        get
        {
            lock (_gate)
            {
                return _started.Task;
            }
        }
    }

    /// <summary>How many times the reading waited.</summary>
    public int Waits { get; private set; }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != pollInterval)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        var timer = new PollTimer(callback, state);
        lock (_gate)
        {
            _waiting.Add(timer);
            Waits++;
            _started.TrySetResult();
        }

        return timer;
    }

    /// <summary>Ends the waits so far: their timers fire.</summary>
    public void Elapse()
    {
        PollTimer[] due;
        lock (_gate)
        {
            due = [.. _waiting];
            _waiting.Clear();
            _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private sealed class PollTimer(TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public void Fire()
        {
            if (!_disposed)
            {
                callback(state);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => !_disposed;

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
