using B24Gen.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace B24Gen.AspNetCore;

/// <summary>
/// <see cref="B24EventsBuilder.BindOnStartup(Uri)"/>: at start, makes each configured portal's bindings for the handler URL
/// the handlers' event types (<see cref="B24EventBindings.SyncAsync"/>). The first try runs once every hosted service has
/// started (the server listens, so a URL taken from its address is known) and before the host's start returns: when it
/// succeeds, the bindings are in place once the app is up. A failure does not stop the app: a
/// portal that is down or busy is tried again in the background (5 s, doubling, at most 5 minutes apart) until it
/// answers or the app stops, each failure a warning; a refusal that would only repeat (no application authorization,
/// access denied) is an error, logged once. An app that must not run without its bindings can call
/// <see cref="B24EventBindings.SyncAsync"/> itself before <c>app.Run()</c> and let the exception stop it.
/// </summary>
internal sealed class BindingsOnStartup(
    EventBindingTargets targets,
    B24EventHandlers handlers,
    PortalCatalog catalog,
    IB24Portals portals,
    ILoggerFactory loggers,
    TimeProvider clock,
    IServiceProvider services) : IHostedLifecycleService, IDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger(EventsLog.Category);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Completes when every portal is bound or given up on, or the app stops (tests wait on it).</summary>
    internal Task Settled { get; private set; } = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (targets.OnStartup is not { } target)
        {
            return;
        }

        if (catalog.PortalNames.Count == 0 && catalog.HasApp)
        {
            EventsLog.NoPortalsAtStart(_logger);
            return;
        }

        var handlerUrl = EventBindingTargets.Check(target(services));
        var codes = handlers.EventTypes.Select(t => t.Code).ToList();
        var pending = new List<string>();
        foreach (var name in catalog.PortalNames)
        {
            if (!await TrySyncAsync(name, handlerUrl, codes, attempt: 1, cancellationToken).ConfigureAwait(false))
            {
                pending.Add(name);
            }
        }

        if (pending.Count > 0)
        {
            Settled = Task.Run(() => RetryAsync(pending, handlerUrl, codes), CancellationToken.None);
        }
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => _stopping.CancelAsync();

    public async Task StopAsync(CancellationToken cancellationToken) => await Settled.WaitAsync(cancellationToken).ConfigureAwait(false);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(List<string> pending, Uri handlerUrl, List<string> codes)
    {
        try
        {
            for (var failures = 1; pending.Count > 0; failures++)
            {
                await Task.Delay(BindingRetry.Delay(failures), clock, _stopping.Token).ConfigureAwait(false);
                var still = new List<string>();
                foreach (var name in pending)
                {
                    if (!await TrySyncAsync(name, handlerUrl, codes, failures + 1, _stopping.Token).ConfigureAwait(false))
                    {
                        still.Add(name);
                    }
                }

                pending = still;
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The app stops: the bindings stay as the last try left them.
        }
    }

    /// <summary>Whether the portal is done with: bound, or refused for good. False: try again later.</summary>
    private async Task<bool> TrySyncAsync(string name, Uri handlerUrl, List<string> codes, int attempt, CancellationToken cancellationToken)
    {
        B24Client client;
        try
        {
            client = portals.GetClient(name);
        }
        catch (InvalidOperationException)
        {
            // A B24Api registered by the app itself, not a portal AddB24 added: nothing to bind.
            return true;
        }

        var shown = $"{(name.Length == 0 ? "the default portal" : $"portal '{name}'")} ({client.PortalAddress})";
        try
        {
            var changes = await B24EventBindings.SyncAsync(client, handlerUrl.AbsoluteUri, codes, cancellationToken).ConfigureAwait(false);
            EventsLog.BindingsSynced(_logger, shown, handlerUrl, changes);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (BindingRetry.IsTransient(exception))
            {
                EventsLog.BindingsRetrying(_logger, exception, shown, attempt, exception.GetType().Name, BindingRetry.Delay(attempt));
                return false;
            }

            EventsLog.BindingsFailed(_logger, exception, shown, attempt, exception.GetType().Name);
            return true;
        }
    }
}
