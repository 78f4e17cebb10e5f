using System.Diagnostics.Metrics;
using B24Gen.Api;
using B24Gen.Diagnostics;
using B24Gen.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.Hosting.Tests;

/// <summary>Several portals in one app: named ones, and an OAuth application's portals by domain.</summary>
public sealed class NamedPortalsTests : IAsyncLifetime
{
    private PortalEmulator _shop = null!;
    private PortalEmulator _office = null!;

    public async Task InitializeAsync()
    {
        _shop = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 2 });
        _office = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 5, WebhookCode = "officewebhookcode456" });
    }

    public async Task DisposeAsync()
    {
        await _shop.DisposeAsync();
        await _office.DisposeAsync();
    }

    [Fact]
    public async Task Named_portals_are_keyed_services_and_each_calls_its_own_portal()
    {
        var services = new ServiceCollection();
        services.AddB24("shop", o => o.WebhookUrl = _shop.WebhookUrl);
        services.AddB24("office", o => o.WebhookUrl = _office.WebhookUrl);
        await using var provider = services.BuildServiceProvider();

        var shop = provider.GetRequiredKeyedService<B24Api>("shop");
        var office = provider.GetRequiredService<IB24Portals>().GetApi("office");

        Assert.Equal(2, (await shop.Crm.Deal.ListAsync()).Count);
        Assert.Equal(5, (await office.Crm.Deal.ListAsync()).Count);
        Assert.Same(provider.GetRequiredKeyedService<B24Client>("office"), provider.GetRequiredService<IB24Portals>().GetClient("office"));
        var missing = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IB24Portals>().GetApi("warehouse"));
        Assert.Equal("No B24 portal named 'warehouse' was added: call services.AddB24(\"warehouse\", ...). Added: shop, office.", missing.Message);
        Assert.Null(provider.GetService<B24Api>());
    }

    [Fact]
    public async Task An_oauth_app_calls_each_portal_by_domain_with_its_stored_tokens_and_stores_refreshed_ones()
    {
        var services = new ServiceCollection();
        services.AddB24App(o =>
        {
            o.ClientId = _shop.ClientId;
            o.ClientSecret = _shop.ClientSecret;
            o.TokenEndpoint = _shop.OAuthEndpoint.ToString();
        });
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IB24TokenStore>();
        var portals = provider.GetRequiredService<IB24Portals>();
        var domain = _shop.BaseAddress.Authority; // 127.0.0.1:port: a portal is its host and, when not the default, its port

        var notInstalled = await Assert.ThrowsAsync<InvalidOperationException>(() => portals.ForPortalAsync(domain).AsTask());
        Assert.StartsWith($"No tokens are saved for the portal {domain}", notInstalled.Message, StringComparison.Ordinal);

        // Saved when the app was installed on the portal.
        await store.SaveAsync(domain, new B24Tokens(_shop.AccessToken, _shop.RefreshToken, null, _shop.ClientEndpoint));
        var api = await portals.ForPortalAsync("http://" + domain + "/some/page");
        Assert.Equal(2, (await api.Crm.Deal.ListAsync()).Count);

        _shop.ExpireAccessToken();
        Assert.Equal(2, (await api.Crm.Deal.ListAsync()).Count);
        Assert.Equal(1, _shop.RefreshCount);
        Assert.Equal(_shop.AccessToken, (await store.GetAsync(domain))!.AccessToken);
        Assert.Same(api.Client, (await portals.ForPortalAsync(domain.ToUpperInvariant())).Client);
    }

    [Fact]
    public async Task Registered_shared_limits_are_used_by_every_portals_client()
    {
        var shared = new CountingSharedLimits();
        var services = new ServiceCollection();
        services.AddSingleton<IB24SharedLimits>(shared);
        services.AddB24("shop", o => o.WebhookUrl = _shop.WebhookUrl);
        services.AddB24("office", o => o.WebhookUrl = _office.WebhookUrl);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<B24Api>("shop").Crm.Deal.ListAsync();
        await provider.GetRequiredKeyedService<B24Api>("office").Crm.Deal.ListAsync();

        Assert.Equal([_shop.BaseAddress.Authority, _office.BaseAddress.Authority], shared.Portals);
    }

    /// <summary>Takes every place at once and records for which portal.</summary>
    private sealed class CountingSharedLimits : IB24SharedLimits
    {
        public List<string> Portals { get; } = [];

        public ValueTask<TimeSpan> TryAcquireAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default)
        {
            lock (Portals)
            {
                Portals.Add(portal);
            }

            return ValueTask.FromResult(TimeSpan.Zero);
        }

        public ValueTask ReportOverLimitAsync(string portal, B24RateLimit limit, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask<B24OperatingState?> GetOperatingAsync(string portal, string method, CancellationToken cancellationToken = default) => ValueTask.FromResult<B24OperatingState?>(null);

        public ValueTask SetOperatingAsync(string portal, string method, B24OperatingState state, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task With_metrics_registered_the_clients_meter_is_the_hosts()
    {
        var services = new ServiceCollection().AddMetrics();
        services.AddB24(o => o.WebhookUrl = _shop.WebhookUrl);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        var seen = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == B24Telemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, _, _) => { lock (seen) { seen.Add(instrument.Name); } });
        listener.Start();

        await provider.GetRequiredService<B24Api>().Crm.Deal.ListAsync();

        lock (seen)
        {
            Assert.Contains(B24Telemetry.Requests, seen);
        }
    }
}
