using System.Diagnostics.Metrics;
using B24Gen.Api;
using B24Gen.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// OAuth tokens in a store shared by clients (and, through a shared store, processes): the store's pair wins over the
/// configured one, one refresh serves every client, each new pair is saved before it is used, and a failing store
/// never fails a call.
/// </summary>
public class TokenStoreTests : ResilienceTest
{
    private B24Client StoreClient(IB24TokenStore store, string? accessToken = null, string? refreshToken = null, CapturingLoggerProvider? logs = null, IMeterFactory? meters = null, TimeProvider? time = null) => new(
        OAuthOptions(o => o with { TokenStore = store }, accessToken, refreshToken) with
        {
            LoggerFactory = logs,
            MeterFactory = meters,
            TimeProvider = time ?? TimeProvider.System,
        });

    private string PortalKey => Emulator.BaseAddress.Authority.ToLowerInvariant();

    private B24Tokens EmulatorPair => new(Emulator.AccessToken, Emulator.RefreshToken, null, Emulator.ClientEndpoint.ToString());

    [Fact]
    public async Task The_stored_pair_replaces_the_configured_one_on_the_first_call()
    {
        // As after a restart: the configuration still has the first pair, whose refresh token the last run spent.
        var store = new InMemoryB24TokenStore();
        await store.SaveAsync(PortalKey, EmulatorPair);
        using var client = StoreClient(store, accessToken: "spent-access", refreshToken: "spent-refresh");

        await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal(0, Emulator.RefreshCount);
        Assert.Contains(Emulator.AccessToken, Emulator.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clients_sharing_a_store_refresh_once_and_every_call_succeeds()
    {
        var store = new InMemoryB24TokenStore();
        var clients = Enumerable.Range(0, 8).Select(_ => StoreClient(store)).ToList();
        await Task.WhenAll(clients.Select(c => new B24Api(c).Calendar.User.Settings.GetAsync()));
        Emulator.ExpireAccessToken();

        var settings = await Task.WhenAll(clients.Select(c => new B24Api(c).Calendar.User.Settings.GetAsync()));

        Assert.All(settings, s => Assert.Equal("Europe/Berlin", s.TimezoneName));
        Assert.Equal(1, Emulator.RefreshCount);
        Assert.Equal(Emulator.RefreshToken, (await store.GetAsync(PortalKey))!.RefreshToken);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Without_a_shared_store_each_client_spends_the_refresh_token_and_the_others_fail()
    {
        // What the store prevents: the same refresh token presented twice is refused.
        var clients = Enumerable.Range(0, 2).Select(_ => StoreClient(new InMemoryB24TokenStore())).ToList();
        Emulator.ExpireAccessToken();

        await new B24Api(clients[0]).Calendar.User.Settings.GetAsync();
        var error = await Assert.ThrowsAsync<B24OAuthException>(() => new B24Api(clients[1]).Calendar.User.Settings.GetAsync());

        Assert.Equal("invalid_grant", error.Code);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task The_new_pair_is_saved_before_any_request_uses_it()
    {
        var store = new RecordingStore(Emulator);
        using var client = StoreClient(store);
        Emulator.ExpireAccessToken();

        await new B24Api(client).Calendar.User.Settings.GetAsync();

        var saved = Assert.Single(store.Saves);
        Assert.Equal(Emulator.AccessToken, saved.Tokens.AccessToken);
        Assert.Equal(0, saved.RequestsWithItBefore);
        Assert.Contains(Emulator.AccessToken, Emulator.Requests[^1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_store_never_fails_a_call_and_is_logged_counted_and_saved_to_when_back()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var failures = new List<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name == B24Telemetry.SharedStateFailures)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == B24Telemetry.OperationTag)
                {
                    lock (failures)
                    {
                        failures.Add(tag.Value as string);
                    }
                }
            }
        });
        listener.Start();
        var store = new FailingStore();
        var logs = new CapturingLoggerProvider();
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var client = StoreClient(store, logs: logs, meters: factory, time: clock);
        Emulator.ExpireAccessToken();

        await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal(1, Emulator.RefreshCount);
        lock (failures)
        {
            Assert.Equal(["token.read", "token.lock", "token.read", "token.save"], failures);
        }

        Assert.Contains(logs.Entries, e => e.EventId == 9 && e.Message.Contains("token.save", StringComparison.Ordinal));
        Assert.DoesNotContain(Emulator.RefreshToken, logs.AllText, StringComparison.Ordinal);

        // The store is back: the pair it missed is saved on a call after the retry interval, not before.
        store.Failing = false;
        await new B24Api(client).Calendar.User.Settings.GetAsync();
        Assert.Null(await store.GetAsync(PortalKey));
        clock.Advance(TimeSpan.FromSeconds(5));
        await new B24Api(client).Calendar.User.Settings.GetAsync();
        Assert.Equal(Emulator.RefreshToken, (await store.GetAsync(PortalKey))!.RefreshToken);
    }

    /// <summary>Records each save and how many requests had already carried the saved access token.</summary>
    private sealed class RecordingStore(B24Gen.Testing.PortalEmulator emulator) : IB24TokenStore
    {
        private readonly InMemoryB24TokenStore _inner = new();

        public List<(B24Tokens Tokens, int RequestsWithItBefore)> Saves { get; } = [];

        public ValueTask<B24Tokens?> GetAsync(string portal, CancellationToken cancellationToken = default) => _inner.GetAsync(portal, cancellationToken);

        public ValueTask SaveAsync(string portal, B24Tokens tokens, CancellationToken cancellationToken = default)
        {
            Saves.Add((tokens, emulator.Requests.Count(r => r.Body.Contains(tokens.AccessToken, StringComparison.Ordinal))));
            return _inner.SaveAsync(portal, tokens, cancellationToken);
        }
    }

    /// <summary>A store whose every operation throws while <see cref="Failing"/>, as a store whose server is down.</summary>
    private sealed class FailingStore : IB24TokenStore
    {
        private readonly InMemoryB24TokenStore _inner = new();

        public bool Failing { get; set; } = true;

        public ValueTask<B24Tokens?> GetAsync(string portal, CancellationToken cancellationToken = default) =>
            Failing ? throw new IOException("store down") : _inner.GetAsync(portal, cancellationToken);

        public ValueTask SaveAsync(string portal, B24Tokens tokens, CancellationToken cancellationToken = default) =>
            Failing ? throw new IOException("store down") : _inner.SaveAsync(portal, tokens, cancellationToken);

        public ValueTask<IAsyncDisposable> LockAsync(string portal, CancellationToken cancellationToken = default) =>
            Failing ? throw new IOException("store down") : _inner.LockAsync(portal, cancellationToken);
    }
}
