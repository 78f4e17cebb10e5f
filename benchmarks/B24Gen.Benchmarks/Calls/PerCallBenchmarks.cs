using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Http;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Calls;

/// <summary>
/// A portal emulator on 127.0.0.1 (Kestrel, in this process) and the clients that call it. Both sides of every
/// comparison pay the same server work; the emulator's request log is cleared every 1,024 calls so it does not
/// grow through the run.
/// </summary>
public abstract class EmulatorCallBase
{
    protected static readonly byte[] Body = """{"type":"user","ownerId":1}"""u8.ToArray();
    protected static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    protected static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private PortalEmulator _portal = null!;
    private int _calls;

    protected Uri MethodUri { get; private set; } = null!;

    protected string WebhookUrl => _portal.WebhookUrl;

    /// <remarks>Synchronous on purpose: the in-process toolchain does not wait for an async [GlobalSetup].</remarks>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { OperatingLimitSeconds = null });
        MethodUri = new Uri(_portal.WebhookUrl + "calendar.section.get");
        await OnSetupAsync();
    }

    private async Task CleanupAsync()
    {
        OnCleanup();
        await _portal.DisposeAsync();
    }

    protected abstract Task OnSetupAsync();

    protected abstract void OnCleanup();

    protected static HttpClient PlainHttpClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    /// <summary>The baseline: POST the body, read it, parse it with JsonDocument.</summary>
    protected async Task<int> RawCallAsync(HttpClient http)
    {
        Trim();
        using var content = new ByteArrayContent(Body);
        content.Headers.ContentType = JsonContentType;
        using var response = await http.PostAsync(MethodUri, content);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Count(bytes);
    }

    /// <summary>The same call through the generated API.</summary>
    protected async Task<int> SectionsAsync(B24Api api)
    {
        Trim();
        var sections = await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        return sections.Count;
    }

    protected static int Count(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("result").GetArrayLength();
    }

    protected void Trim()
    {
        if ((++_calls & 1023) == 0)
        {
            _portal.ClearRequests();
            _portal.ClearExecutedCommands();
        }
    }
}

/// <summary>
/// Suite 5, per-call overhead: <c>calendar.section.get</c> against the portal emulator over loopback HTTP. Baseline:
/// a raw <see cref="HttpClient"/> POST of the same JSON body and a <see cref="JsonDocument"/> parse of the answer.
/// Measured: the full client call, <c>api.Calendar.Section.GetAsync</c> (envelope, typed result, telemetry, the
/// retry pipeline with default options), with the client-side rate limit off so that the bucket does not throttle
/// the loop; and the same pipeline with an untyped result. Target: at most 1.1x the baseline.
/// </summary>
[WarmupCount(5)]
[IterationCount(30)]
[MemoryDiagnoser]
public class PerCallBenchmarks : EmulatorCallBase
{
    private static readonly JsonElement s_parameters = JsonDocument.Parse(Body).RootElement.Clone();

    private HttpClient _http = null!;
    private B24Client _client = null!;
    private B24Api _api = null!;

    protected override async Task OnSetupAsync()
    {
        _http = PlainHttpClient();
        _client = new B24Client(B24ClientOptions.FromWebhook(WebhookUrl) with { RateLimit = null });
        _api = new B24Api(_client);

        // Both ways see the same answer.
        var raw = await RawHttpClient();
        var typed = await Client();
        if (raw != typed || raw == 0)
        {
            throw new InvalidOperationException($"The raw call saw {raw} calendars, the client {typed}.");
        }
    }

    protected override void OnCleanup()
    {
        _client.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient POST + JsonDocument")]
    public Task<int> RawHttpClient() => RawCallAsync(_http);

    [Benchmark(Description = "api.Calendar.Section.GetAsync")]
    public async Task<int> Client()
    {
        Trim();
        var sections = await _api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        return sections.Count;
    }

    /// <summary>Diagnostic: the same pipeline with an untyped result (<c>CallRawAsync</c>: a JsonElement, treated as a write).</summary>
    [Benchmark(Description = "client.CallRawAsync (untyped result)")]
    public async Task<int> ClientRaw()
    {
        Trim();
        var response = await _client.CallRawAsync("calendar.section.get", s_parameters);
        return response.Value.GetArrayLength();
    }
}

/// <summary>
/// Diagnostic for suite 5 (not a target): which of the client transport's choices cost time on a loopback call.
/// Each variant changes one thing against the raw baseline; the last is the runtime's own <c>HttpTransport</c>
/// (the client's handler settings, headers and headers-read completion), without the rest of the client.
/// </summary>
[WarmupCount(5)]
[IterationCount(30)]
[MemoryDiagnoser]
public class TransportBreakdownBenchmarks : EmulatorCallBase
{
    private HttpClient _plain = null!;
    private HttpClient _decompressing = null!;
    private HttpClient _likeClient = null!;
    private HttpTransport _transport = null!;

    protected override Task OnSetupAsync()
    {
        _plain = PlainHttpClient();
        _decompressing = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        });

        // What B24Client creates for itself.
        _likeClient = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _transport = new HttpTransport(_likeClient, "B24Gen/0.1.0");
        return Task.CompletedTask;
    }

    protected override void OnCleanup()
    {
        _plain.Dispose();
        _decompressing.Dispose();
        _likeClient.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Raw: PostAsync, default handler")]
    public Task<int> Raw() => RawCallAsync(_plain);

    [Benchmark(Description = "+ AutomaticDecompression = All")]
    public Task<int> Decompression() => RawCallAsync(_decompressing);

    [Benchmark(Description = "+ ResponseHeadersRead, then ReadAsByteArrayAsync")]
    public async Task<int> HeadersRead()
    {
        Trim();
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUri) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = JsonContentType;
        using var response = await _plain.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return Count(await response.Content.ReadAsByteArrayAsync());
    }

    [Benchmark(Description = "+ Accept and User-Agent headers")]
    public async Task<int> Headers()
    {
        Trim();
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUri) { Content = new ByteArrayContent(Body) };
        request.Headers.Accept.Add(AcceptJson);
        request.Headers.TryAddWithoutValidation("User-Agent", "B24Gen/0.1.0");
        request.Content.Headers.ContentType = JsonContentType;
        using var response = await _plain.SendAsync(request);
        return Count(await response.Content.ReadAsByteArrayAsync());
    }

    [Benchmark(Description = "The runtime's HttpTransport.PostAsync")]
    public async Task<int> RuntimeTransport()
    {
        Trim();
        var response = await _transport.PostAsync(MethodUri, Body, CancellationToken.None);
        return Count(response.Body);
    }
}
