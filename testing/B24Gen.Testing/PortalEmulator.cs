using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace B24Gen.Testing;

/// <summary>
/// A local Bitrix24 portal: a Kestrel server on <c>127.0.0.1</c> (dynamic port) that answers the classic REST
/// API (<c>/rest/...</c>) from in-memory state, like a real portal does over HTTP. Several emulators can run in
/// one process; each has its own port, state, request log and fault queue.
/// </summary>
public sealed class PortalEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly FaultQueue _faults;
    private readonly RestPipeline _pipeline;
    private int _disposed;

    private PortalEmulator(
        WebApplication app, Uri baseAddress, PortalEmulatorOptions options, PortalState state, MethodRegistry methods,
        RequestLog log, FaultQueue faults, RestPipeline pipeline)
    {
        _app = app;
        _log = log;
        _faults = faults;
        _pipeline = pipeline;
        BaseAddress = baseAddress;
        Options = options;
        State = state;
        Methods = methods;
        WebhookCode = options.WebhookCode;
        OAuthEndpoint = new Uri(baseAddress, "oauth/token/");
        WebhookUrl = string.Create(CultureInfo.InvariantCulture, $"{baseAddress}rest/{options.WebhookUserId}/{options.WebhookCode}/");
        ClientEndpoint = $"{baseAddress}rest/";
    }

    /// <summary>The server root, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The incoming-webhook URL, <c>http://127.0.0.1:{port}/rest/{user}/{code}/</c>; append a method name.</summary>
    public string WebhookUrl { get; }

    /// <summary>The OAuth client endpoint, <c>http://127.0.0.1:{port}/rest/</c>; send <see cref="AccessToken"/> as <c>auth</c>.</summary>
    public string ClientEndpoint { get; }

    /// <summary>The webhook code the portal accepts.</summary>
    public string WebhookCode { get; }

    /// <summary>
    /// The current OAuth access token: <see cref="PortalEmulatorOptions.AccessToken"/> until the first refresh at
    /// <see cref="OAuthEndpoint"/>, then the last token issued. Earlier tokens keep working until they expire.
    /// </summary>
    public string AccessToken => _pipeline.OAuth.AccessToken;

    /// <summary>
    /// The OAuth token endpoint, <c>http://127.0.0.1:{port}/oauth/token/</c> (the emulator's stand-in for
    /// <c>https://oauth.bitrix.info/oauth/token/</c>): <c>GET ?grant_type=refresh_token&amp;client_id=..&amp;client_secret=..&amp;refresh_token=..</c>
    /// answers a new token pair and invalidates the refresh token used.
    /// </summary>
    public Uri OAuthEndpoint { get; }

    /// <summary>The OAuth application's <c>client_id</c>.</summary>
    public string ClientId => Options.ClientId;

    /// <summary>The OAuth application's <c>client_secret</c>.</summary>
    public string ClientSecret => Options.ClientSecret;

    /// <summary>The refresh token the token endpoint accepts now (each refresh replaces it).</summary>
    public string RefreshToken => _pipeline.OAuth.RefreshToken;

    /// <summary>How many refreshes the token endpoint has granted.</summary>
    public int RefreshCount => _pipeline.OAuth.RefreshCount;

    /// <summary>
    /// Every method handler run so far (plain calls and batch commands), in the order they ran. A refused call
    /// leaves no entry, so this proves how many times a write really happened.
    /// </summary>
    public IReadOnlyList<ExecutedCommand> ExecutedCommands => _pipeline.ExecutedCommands;

    /// <summary>How many requests the rate limit (<see cref="PortalEmulatorOptions.RateLimit"/>) refused with <c>QUERY_LIMIT_EXCEEDED</c>.</summary>
    public int QueryLimitRejections => _pipeline.QueryLimitRejections;

    /// <summary>The rate-limit counter now (after draining); 0 when <see cref="PortalEmulatorOptions.RateLimit"/> is off.</summary>
    public double RateLimitCounter => _pipeline.RateLimitCounter;

    /// <summary>How many method calls (plain or in a batch) the operating limit refused with <c>OPERATION_TIME_LIMIT</c>.</summary>
    public int OperationLimitRejections => _pipeline.OperationLimitRejections;

    /// <summary>The options the emulator was started with.</summary>
    public PortalEmulatorOptions Options { get; }

    /// <summary>The portal's data; tests may read and change it while the emulator runs.</summary>
    public PortalState State { get; }

    /// <summary>The methods the portal answers; tests may register extra handlers or replace built-in ones.</summary>
    public MethodRegistry Methods { get; }

    /// <summary>
    /// The portal's outgoing events: bindings made with <c>event.bind</c>, the POSTs to handlers
    /// (<see cref="PortalEvents.Deliveries"/>, <see cref="PortalEvents.WaitForDeliveryAsync"/>), the offline queue, and
    /// events raised by hand (<see cref="PortalEvents.RaiseAsync(string, System.Text.Json.Nodes.JsonObject)"/>).
    /// </summary>
    public PortalEvents Events => _pipeline.Events;

    /// <summary>A snapshot of every request received so far (including fault-served ones), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Exceptions thrown by method handlers (each answered with <c>INTERNAL_SERVER_ERROR</c>), oldest first.</summary>
    public IReadOnlyList<Exception> HandlerExceptions => _pipeline.HandlerExceptions;

    /// <summary>The number of queued faults not yet used up (a fault with uses left counts once, whatever its <c>Times</c>).</summary>
    public int PendingFaults => _faults.Count;

    /// <summary>Starts an emulator on a free loopback port.</summary>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running emulator; dispose it to stop the server.</returns>
    public static async Task<PortalEmulator> StartAsync(PortalEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PortalEmulatorOptions();
        ArgumentException.ThrowIfNullOrEmpty(options.WebhookCode);
        ArgumentException.ThrowIfNullOrEmpty(options.AccessToken);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentException.ThrowIfNullOrEmpty(options.ClientId);
        ArgumentException.ThrowIfNullOrEmpty(options.ClientSecret);
        ArgumentException.ThrowIfNullOrEmpty(options.RefreshToken);
        ArgumentOutOfRangeException.ThrowIfNegative(options.DealCount);
        ArgumentException.ThrowIfNullOrEmpty(options.ApplicationToken);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.EventHandlerTimeout, TimeSpan.Zero);
        options.RateLimit?.Validate();

        var state = !options.SeedState ? new PortalState() : options.RealPortal ? PortalState.CreateSeededRealPortal() : PortalState.CreateSeeded();
        Handlers.Crm.CrmDealSeed.Generate(state, options.DealCount);
        var methods = MethodRegistry.CreateDefault();
        var log = new RequestLog();
        var faults = new FaultQueue();
        var pipeline = new RestPipeline(options, methods, state, log, faults);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PortalEmulator).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, NoHostLifetime>();
        // Only the loopback endpoint below: ignore ASPNETCORE_URLS, *_PORTS, PREFERHOSTINGURLS and Kestrel:Endpoints
        // from the environment, which would make parallel emulators fight over one port.
        builder.WebHost.UseSetting(WebHostDefaults.SuppressStatusMessagesKey, "true");
        builder.WebHost.UseSetting(WebHostDefaults.PreferHostingUrlsKey, "false");
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "");
        builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, "");
        builder.WebHost.UseSetting(WebHostDefaults.HttpsPortsKey, "");
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Configure(new ConfigurationBuilder().Build(), reloadOnChange: false);
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });

        var app = builder.Build();
        app.Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel reported no listening address.");
            var port = new Uri(address).Port;
            var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
            pipeline.BaseAddress = baseAddress;
            return new PortalEmulator(app, baseAddress, options, state, methods, log, faults, pipeline);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await pipeline.Events.StopAsync().ConfigureAwait(false);
            pipeline.Dispose();
            throw;
        }
    }

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>Forgets <see cref="ExecutedCommands"/>.</summary>
    public void ClearExecutedCommands() => _pipeline.ClearExecutedCommands();

    /// <summary>Makes the current <see cref="AccessToken"/> answer 401 <c>expired_token</c> from now on.</summary>
    public void ExpireAccessToken() => _pipeline.OAuth.ExpireAccessToken();

    /// <summary>
    /// Queues a raw response. The next request that matches (any request, or only calls to
    /// <see cref="FaultResponse.ForMethod"/>) gets it instead of normal handling, <see cref="FaultResponse.Times"/>
    /// times. Faults are taken first-in first-out among those that match; the request is still recorded.
    /// Faults are served before authentication, routing and the rate limit (a fault-served request is not counted),
    /// except <see cref="FaultResponse.PassThrough"/> ones, whose requests are handled normally.
    /// </summary>
    /// <param name="fault">The response to serve.</param>
    public void EnqueueFault(FaultResponse fault) => _faults.Enqueue(fault);

    /// <summary>Drops every queued fault.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>
    /// Stops the server and releases its port, then stops event delivery (a POST in flight is abandoned, queued ones
    /// are not sent). Safe to call more than once.
    /// </summary>
    /// <returns>A task that completes when the server and the event lanes have stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            _pipeline.Stop();
            await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);

            // After the server: no request can raise an event any more.
            await _pipeline.Events.StopAsync().ConfigureAwait(false);
            _pipeline.Dispose();
        }
    }
}
