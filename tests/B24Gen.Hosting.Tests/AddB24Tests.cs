using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace B24Gen.Hosting.Tests;

/// <summary>A portal from configuration, its HTTP client from IHttpClientFactory, checked when the host starts.</summary>
public sealed class AddB24Tests : IAsyncLifetime
{
    private PortalEmulator _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 3 });

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task A_webhook_from_configuration_gives_an_injectable_api_whose_http_client_takes_your_handlers()
    {
        var counter = new CountingHandler();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["B24:WebhookUrl"] = _portal.WebhookUrl,
            ["B24:RateLimit"] = "Enterprise",
            ["B24:MaxRetries"] = "2",
            ["B24:Timeout"] = "90",
            ["B24:UserAgent"] = "contoso-sync/1.0",
        });
        builder.Services.AddB24(builder.Configuration.GetSection("B24")).AddHttpMessageHandler(() => counter);
        using var host = builder.Build();
        await host.StartAsync();

        var api = host.Services.GetRequiredService<B24Api>();
        var deals = await api.Crm.Deal.ListAsync();

        Assert.Equal(3, deals.Count);
        Assert.Equal(1, counter.Requests);
        Assert.Equal("contoso-sync/1.0", _portal.Requests.Single(r => r.RestMethod == "crm.deal.list").Headers["User-Agent"]);
        var client = host.Services.GetRequiredService<B24Client>();
        Assert.Same(client, host.Services.GetRequiredService<IB24Portals>().GetClient(string.Empty));
        Assert.Equal(B24RateLimit.Enterprise, client.Options.RateLimit);
        Assert.Equal(2, client.Options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(90), client.Options.Timeout);
        await host.StopAsync();
    }

    [Fact]
    public async Task Wrong_options_stop_the_host_at_start_naming_each_problem_but_no_secret()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["B24:WebhookUrl"] = "https://example.bitrix24.com/rest/secretcode123/",
            ["B24:RateLimit"] = "Gold",
            ["B24:Timeout"] = "soon",
        });
        builder.Services.AddB24(builder.Configuration.GetSection("B24"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("B24: B24:Timeout: 'soon' is not a time span", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("webhook URL must look like https://your-portal.bitrix24.com/rest/{user}/{code}/", StringComparison.Ordinal));
        Assert.Contains("B24: RateLimit must be Standard, Enterprise or None; it is 'Gold'.", error.Failures);
        Assert.DoesNotContain("secretcode123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_that_is_not_known_is_named_with_the_plans_that_are()
    {
        var services = new ServiceCollection();
        services.AddB24(options =>
        {
            options.WebhookUrl = _portal.WebhookUrl;
            options.RateLimit = "Gold";
        });
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<B24Client>());

        Assert.Equal("B24: RateLimit must be Standard, Enterprise or None; it is 'Gold'.", Assert.Single(error.Failures));
    }

    [Fact]
    public async Task A_portal_that_moved_is_re_posted_to_not_followed_by_the_handler()
    {
        // The factory's handler must not follow the 302 itself: it would turn the POST into a GET and lose the body.
        await using var moved = await PortalEmulator.StartAsync(new PortalEmulatorOptions { WebhookCode = _portal.WebhookCode, DealCount = 2 });
        _portal.EnqueueFault(new FaultResponse(302, string.Empty, "text/html")
        {
            ForMethod = "crm.deal.list",
            Headers = new Dictionary<string, string> { ["Location"] = moved.WebhookUrl + "crm.deal.list" },
        });
        var services = new ServiceCollection();
        services.AddB24(options => options.WebhookUrl = _portal.WebhookUrl);
        await using var provider = services.BuildServiceProvider();

        var deals = await provider.GetRequiredService<B24Api>().Crm.Deal.ListAsync();

        Assert.Equal(2, deals.Count);
        Assert.Equal("POST", Assert.Single(moved.Requests, r => r.RestMethod == "crm.deal.list").HttpMethod);
    }

    [Fact]
    public void The_options_never_show_a_secret()
    {
        var options = new B24PortalOptions { WebhookUrl = "https://example.bitrix24.com/rest/1/secretcode123/", ClientSecret = "shh", AccessToken = "token" };

        Assert.Equal("https://example.bitrix24.com (webhook, rate limit Standard)", options.ToString());
        Assert.DoesNotContain("shh", new B24AppOptions { ClientId = "app.1", ClientSecret = "shh" }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_log_line_carries_the_webhook_code()
    {
        // IHttpClientFactory logs each request's URL at Information; the path holds the code, so its loggers are off.
        var logs = new CapturingLoggerProvider();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddB24(o => o.WebhookUrl = _portal.WebhookUrl);
        using var host = builder.Build();
        await host.StartAsync();

        await host.Services.GetRequiredService<B24Api>().Crm.Deal.ListAsync();

        Assert.Contains(logs.Lines, l => l.Contains("crm.deal.list", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(_portal.WebhookCode, StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_configured_oauth_portal_keeps_its_refreshed_tokens_in_the_store_and_uses_them_after_a_restart()
    {
        // The app's own store, which outlives the process (here: both "runs" share one).
        var store = new InMemoryB24TokenStore();
        var configured = (_portal.AccessToken, _portal.RefreshToken);
        ServiceProvider Run()
        {
            var services = new ServiceCollection();
            services.AddSingleton<IB24TokenStore>(store);
            services.AddB24(o =>
            {
                o.ClientEndpoint = _portal.ClientEndpoint;
                (o.AccessToken, o.RefreshToken) = configured;
                o.ClientId = _portal.ClientId;
                o.ClientSecret = _portal.ClientSecret;
                o.TokenEndpoint = _portal.OAuthEndpoint.ToString();
            });
            return services.BuildServiceProvider();
        }

        await using (var first = Run())
        {
            _portal.ExpireAccessToken();
            Assert.Equal(3, (await first.GetRequiredService<B24Api>().Crm.Deal.ListAsync()).Count);
            Assert.Equal(1, _portal.RefreshCount);
            Assert.Equal(_portal.AccessToken, (await store.GetAsync("default"))!.AccessToken);
        }

        // Restarted with the same configuration, whose refresh token the first run spent: the store's pair is used,
        // and the next expiry refreshes with the store's refresh token, not the spent one.
        await using var second = Run();
        var api = second.GetRequiredService<B24Api>();
        Assert.Equal(3, (await api.Crm.Deal.ListAsync()).Count);
        _portal.ExpireAccessToken();
        Assert.Equal(3, (await api.Crm.Deal.ListAsync()).Count);
        Assert.Equal(2, _portal.RefreshCount);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _requests;

        public int Requests => _requests;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
