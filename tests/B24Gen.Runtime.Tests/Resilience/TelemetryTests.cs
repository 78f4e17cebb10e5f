using System.Diagnostics;
using System.Diagnostics.Metrics;
using B24Gen.Api;
using B24Gen.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>Each call is logged, counted and traced, and none of it carries the webhook code.</summary>
public class TelemetryTests : ResilienceTest
{
    [Fact]
    public async Task Calls_are_logged_with_method_status_and_retries_but_never_the_secret()
    {
        var logs = new CapturingLoggerProvider();
        using var client = NewClient(o => o with { LoggerFactory = logs });
        ServeTimes(1, 503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""", SectionGet);
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        Serve(400, $$"""{"error":"","error_description":"Access denied for {{Emulator.WebhookUrl}}"}""", method: SettingsGet);
        await Assert.ThrowsAsync<B24MethodException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        var entries = logs.Entries;
        Assert.Contains(entries, e => e.EventId == 3 && e.Message.Contains("calendar.section.get: retry 1", StringComparison.Ordinal) && e.Message.Contains("QUERY_LIMIT_EXCEEDED", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventId == 1 && e.Message.Contains("calendar.section.get answered HTTP 200", StringComparison.Ordinal) && e.Message.Contains("after 2 attempt(s)", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EventId == 2 && e.Message.Contains("calendar.user.settings.get failed with HTTP 400", StringComparison.Ordinal));
        Assert.DoesNotContain(Emulator.WebhookCode, logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_and_retries_are_counted_on_the_B24Gen_meter()
    {
        var measurements = new List<(string Instrument, long Value, string? Method, string? Reason)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == B24Telemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        var port = Emulator.BaseAddress.Port;
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var all = tags.ToArray();
            var method = all.FirstOrDefault(t => t.Key == B24Telemetry.MethodTag).Value as string;
            var reason = all.FirstOrDefault(t => t.Key == B24Telemetry.ReasonTag).Value as string;
            lock (measurements)
            {
                measurements.Add((instrument.Name, value, method, reason));
            }
        });
        listener.Start();
        using var client = NewClient();
        ServeTimes(2, 503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""", "calendar.settings.get");

        await new B24Api(client).Calendar.Settings.GetAsync();

        listener.Dispose();
        lock (measurements)
        {
            // Other tests run in parallel on the same meter; count only this method, which no other test here calls with faults.
            Assert.True(measurements.Count(m => m.Instrument == "b24gen.client.requests" && m.Method == "calendar.settings.get") >= 3);
            Assert.True(measurements.Count(m => m.Instrument == "b24gen.client.retries" && m.Method == "calendar.settings.get" && m.Reason == "QUERY_LIMIT_EXCEEDED" && m.Value == 1) >= 2);
        }
    }

    [Fact]
    public async Task Each_call_is_a_span_named_after_the_method()
    {
        var spans = new List<Activity>();
        using var listener = ListenToSpans(spans);
        using var client = NewClient();
        using var parent = new Activity("test-" + Guid.NewGuid()).Start();

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        lock (spans)
        {
            var span = Assert.Single(spans, s => s.ParentId == parent.Id);
            Assert.Equal("B24 calendar.section.get", span.DisplayName);
            Assert.Equal(200, span.GetTagItem("http.response.status_code"));
            Assert.Equal(1, span.GetTagItem(B24Telemetry.AttemptsTag));
            Assert.DoesNotContain(span.Tags, t => t.Value?.Contains(Emulator.WebhookCode, StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public async Task A_failed_call_is_an_error_span_naming_the_exception_type_and_the_attempts()
    {
        var spans = new List<Activity>();
        using var listener = ListenToSpans(spans);
        using var client = NewClient(o => o with { Retry = FastRetries with { MaxRetries = 1 } });
        using var parent = new Activity("test-" + Guid.NewGuid()).Start();
        ServeTimes(2, 500, """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""", SectionGet);

        await Assert.ThrowsAsync<B24ServerException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        lock (spans)
        {
            var span = Assert.Single(spans, s => s.ParentId == parent.Id);
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal(nameof(B24ServerException), span.StatusDescription);
            Assert.Equal(nameof(B24ServerException), span.GetTagItem("error.type"));
            Assert.Equal(2, span.GetTagItem(B24Telemetry.AttemptsTag));
            Assert.Equal(SectionGet, span.GetTagItem(B24Telemetry.MethodTag));
            Assert.Equal(ActivityKind.Client, span.Kind);
        }
    }

    [Fact]
    public async Task Durations_statuses_and_rate_limit_waits_are_measured_with_their_tags()
    {
        const string method = "calendar.resource.list";
        var measurements = new List<(string Instrument, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == B24Telemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var all = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                all[tag.Key] = tag.Value;
            }

            if (Equals(all.GetValueOrDefault(B24Telemetry.MethodTag), method))
            {
                lock (measurements)
                {
                    measurements.Add((instrument.Name, all));
                }
            }
        }

        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();
        // One place per thousand seconds: the second call can only wait, and is counted as throttled when it starts.
        using var client = NewClient(o => o with { RateLimit = new B24RateLimit(1, 0.001) });
        await new B24Api(client).Calendar.Resource.ListAsync();
        using var cancel = new CancellationTokenSource();
        var waiting = new B24Api(client).Calendar.Resource.ListAsync(cancel.Token);
        Assert.False(waiting.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        listener.Dispose();
        lock (measurements)
        {
            Assert.Contains(measurements, m => m.Instrument == B24Telemetry.CallDuration);
            Assert.Contains(measurements, m => m.Instrument == "b24gen.client.requests" && Equals(m.Tags["http.response.status_code"], 200));
            Assert.Single(measurements, m => m.Instrument == "b24gen.client.throttled" && Equals(m.Tags[B24Telemetry.ReasonTag], "rate-limit"));
        }
    }

    [Fact]
    public async Task A_meter_factory_makes_the_clients_instruments_and_durations_are_seconds_tagged_with_the_method()
    {
        // As dependency injection sets it: the host's IMeterFactory owns the meter, so only this client's calls are seen.
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var durations = new List<(string Unit, double Seconds, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == B24Telemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var all = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                all[tag.Key] = tag.Value;
            }

            lock (durations)
            {
                durations.Add((instrument.Unit ?? string.Empty, value, all));
            }
        });
        listener.Start();

        using var client = NewClient(o => o with { MeterFactory = factory });
        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        Serve(400, """{"error":"ACCESS_DENIED","error_description":"Access denied"}""", method: SettingsGet);
        await Assert.ThrowsAsync<B24AccessDeniedException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        listener.Dispose();
        lock (durations)
        {
            Assert.Equal(2, durations.Count);
            Assert.All(durations, d => Assert.Equal("s", d.Unit));
            // Seconds, not milliseconds: a loopback call takes well under a second.
            Assert.All(durations, d => Assert.InRange(d.Seconds, 0, 1));
            Assert.All(durations, d => Assert.False(d.Tags.ContainsKey("server.address")));
            Assert.Equal([SectionGet, SettingsGet], durations.Select(d => d.Tags[B24Telemetry.MethodTag]));
            Assert.False(durations[0].Tags.ContainsKey("error.type"));
            Assert.Equal(nameof(B24AccessDeniedException), durations[1].Tags["error.type"]);
        }
    }

    /// <summary>Collects every B24Gen span that ends (under a lock: calls of parallel tests end on other threads).</summary>
    private static ActivityListener ListenToSpans(List<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == B24Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
