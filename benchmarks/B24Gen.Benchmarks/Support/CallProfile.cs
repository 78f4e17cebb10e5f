using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Resilience;

namespace B24Gen.Benchmarks.Support;

/// <summary>
/// <c>--profile-calls [rounds]</c>: suite 5 measured A/B-interleaved, for a machine whose load changes during a run
/// (BenchmarkDotNet measures one method after the other, so load that comes and goes lands on one side). Each round
/// times a block of calls of every variant, in rotating order; the result is the median over rounds of each
/// variant's time per call and of its ratio to the raw call of the same round.
/// </summary>
internal static class CallProfile
{
    private const int CallsPerBlock = 200;
    private static readonly byte[] s_body = """{"type":"user","ownerId":1}"""u8.ToArray();
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    public static int Run(int rounds)
    {
        RunAsync(rounds).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task RunAsync(int rounds)
    {
        await using var portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { OperatingLimitSeconds = null });
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var uri = new Uri(portal.WebhookUrl + "calendar.section.get");
        var options = B24ClientOptions.FromWebhook(portal.WebhookUrl) with { RateLimit = null };
        using var client = new B24Client(options);
        using var noRetry = new B24Client(options with { Retry = B24RetryOptions.None });
        using var noTimeout = new B24Client(options with { Timeout = Timeout.InfiniteTimeSpan });
        using var neither = new B24Client(options with { Retry = B24RetryOptions.None, Timeout = Timeout.InfiniteTimeSpan });

        // The pieces of a client call, built up step by step on the handler settings B24Client uses for itself.
        using var likeClient = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var transport = new B24Gen.Http.HttpTransport(likeClient, options.UserAgent);
        var redactor = new B24Gen.SecretRedactor(options.WebhookCode);
        var request = new CalendarSectionGetRequest { Type = CalendarType.User, OwnerId = 1 };

        var variants = new (string Name, Func<Task<int>> Call)[]
        {
            ("raw HttpClient POST + JsonDocument", async () =>
            {
                using var content = new ByteArrayContent(s_body);
                content.Headers.ContentType = s_json;
                using var response = await http.PostAsync(uri, content);
                response.EnsureSuccessStatusCode();
                using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
                return document.RootElement.GetProperty("result").GetArrayLength();
            }),
            ("raw, on B24Client's handler settings", async () =>
            {
                using var content = new ByteArrayContent(s_body);
                content.Headers.ContentType = s_json;
                using var response = await likeClient.PostAsync(uri, content);
                response.EnsureSuccessStatusCode();
                using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
                return document.RootElement.GetProperty("result").GetArrayLength();
            }),
            ("HttpTransport.PostAsync + JsonDocument", async () =>
            {
                var response = await transport.PostAsync(uri, s_body, CancellationToken.None);
                using var document = JsonDocument.Parse(response.Body);
                return document.RootElement.GetProperty("result").GetArrayLength();
            }),
            ("RequestBodyWriter + HttpTransport + EnvelopeReader (typed)", async () =>
            {
                var body = B24Gen.Http.RequestBodyWriter.Write(CalendarSectionGetRequest.JsonType, request, null);
                var response = await transport.PostAsync(new Uri(uri.ToString()), body, CancellationToken.None);
                return B24Gen.Http.EnvelopeReader.Read("calendar.section.get", response, B24Methods.CalendarSectionGet.ReadResult, redactor).Value.Count;
            }),
            ("api.Calendar.Section.GetAsync (default options)", () => Call(client)),
            ("  ... with Retry = None (no Polly pipeline)", () => Call(noRetry)),
            ("  ... with Timeout = infinite (no CancelAfter timer)", () => Call(noTimeout)),
            ("  ... with both", () => Call(neither)),
        };

        foreach (var (_, call) in variants)
        {
            for (var i = 0; i < 1000; i++)
            {
                await call();
            }
        }

        var times = variants.Select(_ => new List<double>()).ToArray();
        var ratios = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var perCall = new double[variants.Length];
            for (var k = 0; k < variants.Length; k++)
            {
                var v = (round + k) % variants.Length;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < CallsPerBlock; i++)
                {
                    await variants[v].Call();
                }

                perCall[v] = watch.Elapsed.TotalMicroseconds / CallsPerBlock;
            }

            portal.ClearRequests();
            portal.ClearExecutedCommands();
            for (var v = 0; v < variants.Length; v++)
            {
                times[v].Add(perCall[v]);
                ratios[v].Add(perCall[v] / perCall[0]);
            }
        }

        Console.WriteLine($"{rounds} rounds x {CallsPerBlock} calls per variant, interleaved; load average now {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{"variant",-55} {"median us/call",15} {"median ratio",13} {"ratio p25-p75",15}");
        for (var v = 0; v < variants.Length; v++)
        {
            var r = ratios[v].Order().ToList();
            Console.WriteLine($"{variants[v].Name,-55} {Median(times[v]),15:F1} {Median(ratios[v]),13:F3} {r[r.Count / 4],7:F2}-{r[r.Count * 3 / 4]:F2}");
        }
    }

    private static async Task<int> Call(B24Client client)
    {
        var sections = await new B24Api(client).Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
        return sections.Count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
