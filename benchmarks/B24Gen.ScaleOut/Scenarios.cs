using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using B24Gen.Testing;
using StackExchange.Redis;

namespace B24Gen.ScaleOut;

/// <summary>What the README's "Running many workers" figures measure, each with real processes against the emulator.</summary>
public static class Scenarios
{
    /// <summary>Workers × calls against a portal with <paramref name="limit"/>, the limit shared in Redis or kept per process.</summary>
    public static async Task<LimitResult> RequestLimitAsync(int workers, int calls, B24RateLimit limit, bool shared, string redis, B24RateLimit? portalLimit = null)
    {
        await using var portal = await StartPortalAsync(portalLimit ?? limit);
        var started = Stopwatch.StartNew();
        var results = await RunWorkersAsync(workers, [.. Common(limit, calls, redis), ("webhook", portal.WebhookUrl), .. shared ? [("shared", "true")] : Array.Empty<(string, string)>()]);
        var ended = results.SelectMany(r => r.EndedAt).Order().ToArray();

        // After the burst: the calls beyond the bucket's size, over the time from the burst's last call to the last one.
        var afterBurst = ended.Length > limit.Burst + 1 ? (ended.Length - limit.Burst) / ((ended[^1] - ended[limit.Burst - 1]) / 1000.0) : double.NaN;
        return new LimitResult(workers, calls, shared, results.Sum(r => r.Succeeded), results.Sum(r => r.Failed), portal.QueryLimitRejections, afterBurst, started.Elapsed, results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Workers that all find the access token expired and share the Redis token store: how many refreshes reach the OAuth server.</summary>
    public static async Task<RefreshResult> RefreshAsync(int workers, string redis)
    {
        await using var portal = await PortalEmulator.StartAsync();
        var (access, refresh) = (portal.AccessToken, portal.RefreshToken);
        portal.ExpireAccessToken();
        var results = await RunWorkersAsync(workers,
        [
            .. Common(new B24RateLimit(50, 2), 1, redis),
            ("endpoint", portal.ClientEndpoint), ("access", access), ("refresh", refresh),
            ("client-id", portal.ClientId), ("client-secret", portal.ClientSecret), ("token-endpoint", portal.OAuthEndpoint.ToString()),
        ]);
        var tokenRequests = portal.Requests.Count(r => r.Path.StartsWith("/oauth/token", StringComparison.Ordinal));
        return new RefreshResult(workers, results.Sum(r => r.Succeeded), results.Sum(r => r.Failed), tokenRequests, portal.RefreshCount, results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>
    /// Workers in shared mode while Redis is killed once the portal has seen <paramref name="killAfter"/> requests and
    /// started again <paramref name="downFor"/> later: failed calls, and how soon after the restart a worker used the
    /// shared bucket again.
    /// </summary>
    public static async Task<OutageResult> RedisOutageAsync(int workers, int calls, B24RateLimit limit, RedisServer redis, int killAfter, TimeSpan downFor)
    {
        await using var portal = await StartPortalAsync(limit);
        var run = RunWorkersAsync(workers, [.. Common(limit, calls, redis.Configuration), ("webhook", portal.WebhookUrl), ("shared", "true")]);
        while (portal.Requests.Count < killAfter && !run.IsCompleted)
        {
            await Task.Delay(20);
        }

        await redis.KillAsync();
        await Task.Delay(downFor);
        var restarted = Stopwatch.StartNew();
        await redis.RestartAsync();
        TimeSpan? back = null;
        await using (var probe = await ConnectionMultiplexer.ConnectAsync(redis.Configuration))
        {
            var bucket = (RedisKey)$"b24gen:scale-out:{portal.BaseAddress.Authority.ToLowerInvariant()}:bucket";
            while (!run.IsCompleted && back is null)
            {
                if (await probe.GetDatabase().KeyExistsAsync(bucket))
                {
                    back = restarted.Elapsed;
                }
                else
                {
                    await Task.Delay(10);
                }
            }
        }

        var results = await run;
        return new OutageResult(workers, calls, results.Sum(r => r.Succeeded), results.Sum(r => r.Failed), portal.QueryLimitRejections, back, results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    private static readonly string s_tokenKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    private static (string, string)[] Common(B24RateLimit limit, int calls, string redis) =>
    [
        ("burst", limit.Burst.ToString(CultureInfo.InvariantCulture)), ("rate", limit.PerSecond.ToString(CultureInfo.InvariantCulture)),
        ("calls", calls.ToString(CultureInfo.InvariantCulture)), ("redis", redis), ("token-key", s_tokenKey),
    ];

    /// <summary>The emulator with the portal's limit the workers keep to.</summary>
    private static Task<PortalEmulator> StartPortalAsync(B24RateLimit limit) =>
        PortalEmulator.StartAsync(new PortalEmulatorOptions { RateLimit = new RateLimitOptions { BucketCapacity = limit.Burst, DrainPerSecond = limit.PerSecond } });

    /// <summary>Starts the workers with the same arguments, lets them all go at once, and collects their results.</summary>
    private static async Task<WorkerResult[]> RunWorkersAsync(int workers, (string, string)[] args)
    {
        var processes = Enumerable.Range(0, workers).Select(_ => WorkerProcess.Start(args)).ToList();
        try
        {
            foreach (var process in processes)
            {
                await process.Go();
            }

            return await Task.WhenAll(processes.Select(p => p.ResultAsync()));
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
        }
    }
}

/// <summary>The request-limit run: what the workers did and what the portal refused.</summary>
public sealed record LimitResult(int Workers, int Calls, bool Shared, int Succeeded, int Failed, int OverLimitAnswers, double PerSecondAfterBurst, TimeSpan Elapsed, string? FirstError);

/// <summary>The refresh run: requests to the OAuth server, refreshes it granted, and the workers' calls.</summary>
public sealed record RefreshResult(int Workers, int Succeeded, int Failed, int TokenRequests, int Refreshes, string? FirstError);

/// <summary>The outage run: failed calls, and how long after Redis came back the shared bucket was used again.</summary>
public sealed record OutageResult(int Workers, int Calls, int Succeeded, int Failed, int OverLimitAnswers, TimeSpan? SharedBackAfter, string? FirstError);
