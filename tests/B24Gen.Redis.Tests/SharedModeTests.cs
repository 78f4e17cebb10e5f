using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Runtime.Tests.Resilience;
using StackExchange.Redis;

namespace B24Gen.Redis.Tests;

/// <summary>
/// Clients with their own Redis connections (as separate processes would have) against the emulator: one request
/// limit for all, one refresh for all, and Redis failing in the middle costs no call.
/// </summary>
public class SharedModeTests : RedisTest
{
    /// <summary>
    /// A small limit, so a test spends seconds where the standard one would take minutes; slow enough (200 ms a place)
    /// that a request delayed on a busy machine still arrives within the place the shared bucket keeps in reserve.
    /// </summary>
    private static readonly B24RateLimit Limit = new(10, 5);

    private PortalEmulator _portal = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions
        {
            RateLimit = new RateLimitOptions { BucketCapacity = Limit.Burst, DrainPerSecond = Limit.PerSecond },
        });
    }

    public override async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await base.DisposeAsync();
    }

    private CapturingLoggerProvider Logs { get; } = new();

    private B24Client Client(IB24SharedLimits? shared) => new(B24ClientOptions.FromWebhook(_portal.WebhookUrl) with
    {
        LoggerFactory = Logs,
        RateLimit = Limit,
        SharedLimits = shared,
        Retry = new B24RetryOptions { MaxRetries = 10, BaseDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(500) },
    });

    private static async Task CallAsync(B24Client client, int calls)
    {
        var api = new B24Api(client);
        for (var i = 0; i < calls; i++)
        {
            await api.Calendar.User.Settings.GetAsync();
        }
    }

    [Fact]
    public async Task Four_clients_sharing_the_bucket_never_go_over_the_portals_limit()
    {
        var clients = new List<B24Client>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(Client((await ConnectAsync()).Limits));
        }

        await Task.WhenAll(clients.Select(c => CallAsync(c, 15)));

        Assert.True(_portal.QueryLimitRejections == 0, Logs.AllText);
        Assert.Equal(60, _portal.Requests.Count);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Four_clients_with_their_own_buckets_go_over_it()
    {
        // The comparison: each client keeps the limit alone, together they send four times the rate (on a busy
        // machine some calls even run out of retries; only the portal's answers count here).
        var clients = Enumerable.Range(0, 4).Select(_ => Client(null)).ToList();

        await Task.WhenAll(clients.Select(async c =>
        {
            try
            {
                await CallAsync(c, 15);
            }
            catch (B24QueryLimitException)
            {
            }
        }));

        Assert.True(_portal.QueryLimitRejections > 0);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Clients_sharing_the_redis_token_store_refresh_once()
    {
        var clients = new List<B24Client>();
        for (var i = 0; i < 8; i++)
        {
            var store = (await ConnectAsync()).TokenStore;
            clients.Add(new B24Client(B24ClientOptions.FromAccessToken(_portal.ClientEndpoint, _portal.AccessToken) with
            {
                RateLimit = null,
                OAuth = new B24OAuthOptions
                {
                    ClientId = _portal.ClientId,
                    ClientSecret = _portal.ClientSecret,
                    RefreshToken = _portal.RefreshToken,
                    TokenEndpoint = _portal.OAuthEndpoint,
                    TokenStore = store,
                },
            }));
        }

        _portal.ExpireAccessToken();
        await Task.WhenAll(clients.Select(c => CallAsync(c, 1)));

        Assert.Equal(1, _portal.RefreshCount);
        Assert.Equal(_portal.RefreshToken, (await (await ConnectAsync()).TokenStore.GetAsync(_portal.BaseAddress.Authority))!.RefreshToken);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_redis_that_stops_answering_fails_no_call()
    {
        // DEBUG SLEEP holds the server for 3 s, longer than the 1 s command timeout B24Redis.ConnectAsync sets.
        var redis = await ConnectAsync();
        using var client = Client(redis.Limits);
        await CallAsync(client, 1);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Server.Configuration + ",allowAdmin=true,syncTimeout=10000,asyncTimeout=10000");
        var sleeping = admin.GetDatabase().ExecuteAsync("DEBUG", "SLEEP", "3");

        await CallAsync(client, 3);

        Assert.Contains(Logs.Entries, e => e.EventId == 9 && e.Message.Contains("Timeout", StringComparison.OrdinalIgnoreCase));
        await sleeping;
    }

    [Fact]
    public async Task Redis_killed_mid_run_fails_no_call_and_shared_mode_resumes_when_it_is_back()
    {
        var redis = await ConnectAsync();
        using var client = Client(redis.Limits);
        var bucket = (RedisKey)$"b24gen:tests:{_portal.BaseAddress.Authority}:bucket";
        await CallAsync(client, 3);

        await Server.KillAsync();
        await CallAsync(client, 5);
        Assert.Contains(Logs.Entries, e => e.EventId == 9 && e.Message.Contains("Redis", StringComparison.Ordinal));
        await Server.RestartAsync();

        // Shared again once the connection is back and the pause after the last failure is over: the bucket reappears.
        await using var probe = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
        for (var calls = 0; !await probe.GetDatabase().KeyExistsAsync(bucket); calls++)
        {
            Assert.True(calls < 500, "The client never used Redis again.");
            await CallAsync(client, 1);
        }
    }
}
