using System.Net;
using System.Net.Http.Headers;
using B24Gen.Runtime.Tests.Resilience;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace B24Gen.AspNetCore.Tests;

/// <summary>
/// An ASP.NET Core app with the events endpoint at <c>/b24/events</c>, on 127.0.0.1 and a free port, every log line
/// captured. The test adds the portals and handlers; <see cref="PostAsync"/> sends a body as the portal would.
/// </summary>
internal sealed class EventApp : IAsyncDisposable
{
    public const string Path = "/b24/events";

    private EventApp(WebApplication app, CapturingLoggerProvider logs, Uri address)
    {
        App = app;
        Logs = logs;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The server's root, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The endpoint's URL, as the portal reaches it.</summary>
    public Uri EventsUrl => new(Address, Path);

    public HttpClient Http { get; }

    public static async Task<EventApp> StartAsync(Action<IServiceCollection> configure)
    {
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        // Only the loopback endpoint below, whatever ASPNETCORE_URLS or *_PORTS the environment sets.
        builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "");
        builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, "");
        builder.WebHost.UseSetting(WebHostDefaults.HttpsPortsKey, "");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        configure(builder.Services);
        var app = builder.Build();
        app.MapB24Events(Path);
        await app.StartAsync();
        return new EventApp(app, logs, ServerAddress(app.Services));
    }

    /// <summary>The address Kestrel listens on, once started (its port is free only then).</summary>
    public static Uri ServerAddress(IServiceProvider services) =>
        new(services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    /// <summary>The endpoint's URL once the server listens: for BindOnStartup and BindOnInstall in tests.</summary>
    public static Uri EventsUrlOf(IServiceProvider services) => new(ServerAddress(services), Path);

    public async Task<HttpResponseMessage> PostAsync(string body, string? contentType = "application/x-www-form-urlencoded")
    {
        var content = new StringContent(body);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return await Http.PostAsync(Path, content);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
