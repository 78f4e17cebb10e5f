using System.Diagnostics;
using System.Diagnostics.Metrics;
using B24Gen.Api;
using B24Gen.Diagnostics;

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
            var method = all.FirstOrDefault(t => t.Key == "b24.method").Value as string;
            var reason = all.FirstOrDefault(t => t.Key == "b24.reason").Value as string;
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
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == B24Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var client = NewClient();
        using var parent = new Activity("test-" + Guid.NewGuid()).Start();

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        lock (spans)
        {
            var span = Assert.Single(spans, s => s.ParentId == parent.Id);
            Assert.Equal("B24 calendar.section.get", span.DisplayName);
            Assert.Equal(200, span.GetTagItem("http.response.status_code"));
            Assert.Equal(1, span.GetTagItem("b24.attempts"));
            Assert.DoesNotContain(span.Tags, t => t.Value?.Contains(Emulator.WebhookCode, StringComparison.Ordinal) == true);
        }
    }
}
