using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen.Testing;

/// <summary>
/// The finished deliveries, in the order they finished, and the tests waiting for one: a waiter is a
/// <see cref="TaskCompletionSource{TResult}"/> completed by <see cref="Add"/> (no polling). Thread-safe.
/// </summary>
internal sealed class DeliveryLog
{
    private readonly Lock _gate = new();
    private readonly List<EventDelivery> _deliveries = [];
    private readonly List<Waiter> _waiters = [];
    private bool _stopped;

    public IReadOnlyList<EventDelivery> Snapshot()
    {
        lock (_gate)
        {
            return _deliveries.ToArray();
        }
    }

    public EventDelivery? Last()
    {
        lock (_gate)
        {
            return _deliveries.Count == 0 ? null : _deliveries[^1];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _deliveries.Clear();
        }
    }

    /// <summary>Records a finished delivery and completes the waiters it matches.</summary>
    public void Add(EventDelivery delivery)
    {
        var matched = new List<(Waiter Waiter, Exception? Error)>();
        lock (_gate)
        {
            _deliveries.Add(delivery);
            foreach (var waiter in _waiters.ToArray())
            {
                var (matches, error) = waiter.Test(delivery);
                if (matches || error is not null)
                {
                    _waiters.Remove(waiter);
                    matched.Add((waiter, error));
                }
            }
        }

        // Completed outside the lock: continuations run asynchronously anyway, and cancellation callbacks take the lock.
        foreach (var (waiter, error) in matched)
        {
            waiter.Complete(delivery, error);
        }
    }

    /// <summary>The first recorded delivery that matches, or the next one to finish.</summary>
    public Task<EventDelivery> WaitAsync(Func<EventDelivery, bool>? match, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(match ?? (_ => true));
        lock (_gate)
        {
            foreach (var delivery in _deliveries)
            {
                var (matches, error) = waiter.Test(delivery);
                if (error is not null)
                {
                    return Task.FromException<EventDelivery>(error);
                }

                if (matches)
                {
                    return Task.FromResult(delivery);
                }
            }

            if (_stopped)
            {
                return Task.FromException<EventDelivery>(Stopped());
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<EventDelivery>(cancellationToken);
            }

            _waiters.Add(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() =>
            {
                lock (_gate)
                {
                    _waiters.Remove(waiter);
                }

                waiter.Source.TrySetCanceled(cancellationToken);
            });
        }

        return waiter.Source.Task;
    }

    /// <summary>The emulator is stopping: no delivery will finish any more, so every waiter fails.</summary>
    public void Stop()
    {
        Waiter[] waiting;
        lock (_gate)
        {
            _stopped = true;
            waiting = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in waiting)
        {
            waiter.Complete(null, Stopped());
        }
    }

    private static InvalidOperationException Stopped() => new("The emulator stopped before a matching event delivery finished.");

    private sealed class Waiter(Func<EventDelivery, bool> match)
    {
        public TaskCompletionSource<EventDelivery> Source { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }

        /// <summary>Runs the test's predicate; an exception it throws fails the wait instead of the delivery loop.</summary>
        public (bool Matches, Exception? Error) Test(EventDelivery delivery)
        {
            try
            {
                return (match(delivery), null);
            }
#pragma warning disable CA1031 // Whatever the test's predicate throws belongs to the test's await.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return (false, exception);
            }
        }

        public void Complete(EventDelivery? delivery, Exception? error)
        {
            Registration.Unregister();
            if (error is not null)
            {
                Source.TrySetException(error);
            }
            else
            {
                Source.TrySetResult(delivery!);
            }
        }
    }
}
