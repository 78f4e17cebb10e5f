using System.Net;
using System.Net.Http.Headers;
using B24Gen.Api;
using B24Gen.Testing;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Calls;

/// <summary>
/// Diagnostic for suite 5 (not a target): the client's own cost per call, without the network. Both sides get the
/// emulator's real answer to <c>calendar.section.get</c> from an in-memory <see cref="HttpMessageHandler"/>, so the
/// difference is only what the client does around the call (body writing, retry pipeline, timeout, envelope and
/// typed reading, telemetry), measured without the loopback round trip's noise. Add it to the baseline of suite 5
/// to predict its ratio.
/// </summary>
[IterationCount(15)]
[MemoryDiagnoser]
public class InMemoryCallBenchmarks
{
    private static readonly byte[] s_body = """{"type":"user","ownerId":1}"""u8.ToArray();
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };
    private const string WebhookUrl = "http://127.0.0.1:5000/rest/1/emulatorwebhookcode123/";

    private HttpClient _raw = null!;
    private HttpClient _forClient = null!;
    private B24Client _client = null!;
    private B24Api _api = null!;
    private Uri _methodUri = null!;

    /// <remarks>Synchronous on purpose: the in-process toolchain does not wait for an async [GlobalSetup].</remarks>
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        // The answer, exactly as the emulator sends it.
        byte[] answer;
        await using (var portal = await PortalEmulator.StartAsync())
        {
            using var http = new HttpClient();
            using var content = new ByteArrayContent(s_body);
            content.Headers.ContentType = s_json;
            using var response = await http.PostAsync(portal.WebhookUrl + "calendar.section.get", content);
            answer = await response.Content.ReadAsByteArrayAsync();
        }

        _raw = new HttpClient(new CannedHandler(answer));
        _forClient = new HttpClient(new CannedHandler(answer)) { Timeout = Timeout.InfiniteTimeSpan };
        _client = new B24Client(_forClient, B24ClientOptions.FromWebhook(WebhookUrl) with { RateLimit = null });
        _api = new B24Api(_client);
        _methodUri = new Uri(WebhookUrl + "calendar.section.get");
        if (await Raw() != await Client())
        {
            throw new InvalidOperationException("The raw call and the client disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _forClient.Dispose();
        _raw.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Raw HttpClient POST + JsonDocument (in-memory handler)")]
    public async Task<int> Raw()
    {
        using var content = new ByteArrayContent(s_body);
        content.Headers.ContentType = s_json;
        using var response = await _raw.PostAsync(_methodUri, content);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = System.Text.Json.JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("result").GetArrayLength();
    }

    [Benchmark(Description = "api.Calendar.Section.GetAsync (in-memory handler)")]
    public async Task<int> Client()
    {
        var sections = await _api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        return sections.Count;
    }

    /// <summary>Answers every request with the same JSON, after reading the request body as a server would.</summary>
    private sealed class CannedHandler(byte[] answer) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content)
            {
                await content.ReadAsByteArrayAsync(cancellationToken);
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(answer) };
            response.Content.Headers.ContentType = s_json;
            return response;
        }
    }
}
