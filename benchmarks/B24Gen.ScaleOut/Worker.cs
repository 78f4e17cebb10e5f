using System.Globalization;
using System.Text.Json;
using B24Gen.Redis;

namespace B24Gen.ScaleOut;

/// <summary>
/// One worker process: a client of the portal (webhook, or OAuth with the Redis token store), with the shared limits in
/// Redis or its own, that waits for "go" on its input and then makes its calls one after another. It prints one line:
/// calls that succeeded, calls that failed (with the first error), and when each call ended (Unix ms).
/// </summary>
internal static class Worker
{
    public static async Task<int> RunAsync(Dictionary<string, string> args)
    {
        var limit = new B24RateLimit(int.Parse(args["burst"], CultureInfo.InvariantCulture), double.Parse(args["rate"], CultureInfo.InvariantCulture));
        await using var redis = args.TryGetValue("redis", out var configuration)
            ? await B24Redis.ConnectAsync(configuration, new B24RedisOptions { AppName = "scale-out", TokenEncryptionKey = Convert.FromHexString(args["token-key"]) })
            : null;
        var options = args.TryGetValue("webhook", out var webhook)
            ? B24ClientOptions.FromWebhook(webhook)
            : B24ClientOptions.FromAccessToken(args["endpoint"], args["access"]) with
            {
                OAuth = new B24OAuthOptions
                {
                    ClientId = args["client-id"],
                    ClientSecret = args["client-secret"],
                    RefreshToken = args["refresh"],
                    TokenEndpoint = new Uri(args["token-endpoint"]),
                    TokenStore = redis?.TokenStore,
                },
            };
        using var client = new B24Client(options with
        {
            RateLimit = limit,
            SharedLimits = args.ContainsKey("shared") ? redis?.Limits : null,
            Retry = new B24RetryOptions { MaxRetries = 20 },
        });

        await Console.In.ReadLineAsync();
        var calls = int.Parse(args["calls"], CultureInfo.InvariantCulture);
        var ended = new List<long>(calls);
        var failed = 0;
        string? firstError = null;
        for (var i = 0; i < calls; i++)
        {
            try
            {
                await client.CallRawAsync("calendar.user.settings.get");
                ended.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            }
            catch (Exception exception)
            {
                failed++;
                firstError ??= exception.GetType().Name + ": " + exception.Message;
            }
        }

        Console.WriteLine(JsonSerializer.Serialize(new WorkerResult(ended.Count, failed, firstError, [.. ended]), WorkerJson.Default.WorkerResult));
        return 0;
    }
}

/// <summary>What a worker reports.</summary>
internal sealed record WorkerResult(int Succeeded, int Failed, string? FirstError, long[] EndedAt);

[System.Text.Json.Serialization.JsonSerializable(typeof(WorkerResult))]
internal sealed partial class WorkerJson : System.Text.Json.Serialization.JsonSerializerContext;
