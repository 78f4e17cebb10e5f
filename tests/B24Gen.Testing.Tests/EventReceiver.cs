using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace B24Gen.Testing.Tests;

/// <summary>One POST an event handler received.</summary>
public sealed record ReceivedPost(string Path, string ContentType, string Body);

/// <summary>
/// An event handler for the emulator to POST to: Kestrel on 127.0.0.1 (a free port) that records every request
/// before it answers, so a finished delivery is already in <see cref="Posts"/>. <c>/fail</c> answers 500, any
/// other path 200.
/// </summary>
public sealed class EventReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedPost> _posts;

    private EventReceiver(WebApplication app, ConcurrentQueue<ReceivedPost> posts, int port)
    {
        _app = app;
        _posts = posts;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Everything received, in arrival order.</summary>
    public IReadOnlyList<ReceivedPost> Posts => _posts.ToArray();

    /// <summary>The URL of a path on the receiver, e.g. <c>http://127.0.0.1:5123/hook</c>.</summary>
    public string Url(string path = "hook") => $"http://127.0.0.1:{Port}/{path}";

    public static async Task<EventReceiver> StartAsync()
    {
        var posts = new ConcurrentQueue<ReceivedPost>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/{**path}", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            posts.Enqueue(new ReceivedPost(context.Request.Path.Value ?? "", context.Request.ContentType ?? "", body));
            context.Response.StatusCode = context.Request.Path == "/fail" ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EventReceiver(app, posts, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
