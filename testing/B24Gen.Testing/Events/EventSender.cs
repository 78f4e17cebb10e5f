using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace B24Gen.Testing;

/// <summary>
/// The portal's queue server: POSTs event bodies to handlers in the background, so the REST call that raised an
/// event never waits for its handler. Each handler URL has its own lane (a channel and one loop), so a handler gets
/// its events one at a time in the order they were raised, and a slow one does not hold up the others. A failure,
/// a timeout or an unreachable handler is recorded and never retried (docs: events/index.md, "No retries").
/// </summary>
internal sealed class EventSender : IAsyncDisposable
{
    private static readonly MediaTypeHeaderValue FormContentType = new("application/x-www-form-urlencoded");

    private readonly HttpClient _http;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _clock;
    private readonly DeliveryLog _log;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Channel<DeliveryJob>> _lanes = new(StringComparer.Ordinal);
    private readonly List<Task> _loops = [];
    private bool _stopped;

    public EventSender(TimeSpan timeout, TimeProvider clock, DeliveryLog log)
    {
        _timeout = timeout;
        _clock = clock;
        _log = log;

        // No proxy: handlers in tests listen on loopback, and the portal's queue server does not use the test's proxy.
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Queues a POST; the task ends with its delivery (canceled when the emulator stops before sending it).</summary>
    public Task<EventDelivery> Enqueue(DeliveryJob job)
    {
        lock (_gate)
        {
            if (_stopped)
            {
                job.Completion.TrySetCanceled();
                return job.Completion.Task;
            }

            if (!_lanes.TryGetValue(job.HandlerUrl, out var lane))
            {
                lane = Channel.CreateUnbounded<DeliveryJob>(new UnboundedChannelOptions { SingleReader = true });
                _lanes[job.HandlerUrl] = lane;
                var reader = lane.Reader;
                _loops.Add(Task.Run(() => RunLaneAsync(reader)));
            }

            lane.Writer.TryWrite(job);
        }

        return job.Completion.Task;
    }

    /// <summary>Stops the lanes: the POST in flight is abandoned (and recorded), queued ones are never sent.</summary>
    public async ValueTask DisposeAsync()
    {
        Task[] loops;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            foreach (var lane in _lanes.Values)
            {
                lane.Writer.TryComplete();
            }

            loops = [.. _loops];
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(loops).ConfigureAwait(false);
        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task RunLaneAsync(ChannelReader<DeliveryJob> reader)
    {
        try
        {
            await foreach (var job in reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                var delivery = await SendAsync(job).ConfigureAwait(false);

                // Logged before the raiser's task completes, so a test that awaited the raise sees it in the log.
                _log.Add(delivery);
                job.Completion.TrySetResult(delivery);
            }
        }
        catch (OperationCanceledException)
        {
            // The emulator is stopping.
        }

        while (reader.TryRead(out var unsent))
        {
            unsent.Completion.TrySetCanceled();
        }
    }

    private async Task<EventDelivery> SendAsync(DeliveryJob job)
    {
        var delivery = new EventDelivery(job.Code, job.HandlerId, job.HandlerUrl, job.Body)
        {
            IsRedelivery = job.IsRedelivery,
            SentAt = _clock.GetUtcNow(),
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(_timeout);
        try
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(job.Body));
            content.Headers.ContentType = FormContentType;
            using var response = await _http.PostAsync(new Uri(job.HandlerUrl), content, timeout.Token).ConfigureAwait(false);
            return delivery with { StatusCode = (int)response.StatusCode };
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return delivery with { Error = "The emulator stopped before the handler answered." };
        }
        catch (OperationCanceledException)
        {
            return delivery with { Error = string.Create(CultureInfo.InvariantCulture, $"The handler did not answer within {_timeout.TotalSeconds:0.###} s.") };
        }
#pragma warning disable CA1031 // Whatever goes wrong with a handler is recorded; it must never stop the lane.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return delivery with { Error = exception.Message };
        }
    }
}
