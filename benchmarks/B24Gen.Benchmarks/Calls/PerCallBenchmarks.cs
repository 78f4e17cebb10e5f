using System.Net.Http.Headers;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Emulator;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Calls;

/// <summary>
/// Suite 5, per-call overhead: <c>calendar.section.get</c> against the portal emulator over loopback HTTP (Kestrel on
/// 127.0.0.1, in this process). Baseline: a raw <see cref="HttpClient"/> POST of the same JSON body and a
/// <see cref="JsonDocument"/> parse of the answer. Measured: the full client call,
/// <c>api.Calendar.Section.GetAsync</c> (envelope, typed result, telemetry, the retry pipeline with default
/// options), with the client-side rate limit off so that the bucket does not throttle the loop.
/// Target: at most 1.1x the baseline. Both sides pay the same server work; the emulator's request log is
/// cleared every 1,024 calls so it does not grow through the run.
/// </summary>
[WarmupCount(5)]
[IterationCount(30)]
[MemoryDiagnoser]
public class PerCallBenchmarks
{
    private static readonly byte[] s_body = """{"type":"user","ownerId":1}"""u8.ToArray();
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    private PortalEmulator _portal = null!;
    private HttpClient _http = null!;
    private Uri _methodUri = null!;
    private B24Client _client = null!;
    private B24Api _api = null!;
    private int _calls;

    [GlobalSetup]
    public async Task Setup()
    {
        _portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { OperatingLimitSeconds = null });
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _methodUri = new Uri(_portal.WebhookUrl + "calendar.section.get");
        _client = new B24Client(B24ClientOptions.FromWebhook(_portal.WebhookUrl) with { RateLimit = null });
        _api = new B24Api(_client);

        // Both ways see the same answer.
        var raw = await RawHttpClient();
        var typed = await Client();
        if (raw != typed || raw == 0)
        {
            throw new InvalidOperationException($"The raw call saw {raw} calendars, the client {typed}.");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        _http.Dispose();
        await _portal.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient POST + JsonDocument")]
    public async Task<int> RawHttpClient()
    {
        Trim();
        using var content = new ByteArrayContent(s_body);
        content.Headers.ContentType = s_json;
        using var response = await _http.PostAsync(_methodUri, content);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("result").GetArrayLength();
    }

    [Benchmark(Description = "api.Calendar.Section.GetAsync")]
    public async Task<int> Client()
    {
        Trim();
        var sections = await _api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        return sections.Count;
    }

    private void Trim()
    {
        if ((++_calls & 1023) == 0)
        {
            _portal.ClearRequests();
            _portal.ClearExecutedCommands();
        }
    }
}
