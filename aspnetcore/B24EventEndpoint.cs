using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace B24Gen.AspNetCore;

/// <summary>
/// One request to <c>MapB24Events</c>: the form read within its limit, the event read from it, its application token
/// checked before anything else uses it, the calling portal's API found, the handlers run. Each outcome is one
/// status, one log event and one count (<see cref="EventsMetrics"/>). Nothing from the body is logged but the event's
/// code and domain, and those only as <see cref="LogText"/> makes them safe.
/// </summary>
internal sealed class B24EventEndpoint(
    B24EventHandlers handlers,
    ExpectedApplicationToken tokens,
    EventPortals portals,
    EventBindingTargets targets,
    EventsMetrics metrics,
    IOptions<B24EventOptions> options,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger(EventsLog.Category);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var aborted = http.RequestAborted;
        if (!EventRequestBody.IsForm(request.ContentType))
        {
            EventsLog.WrongContentType(_logger, LogText.Of(request.ContentType));
            Answer(http, StatusCodes.Status415UnsupportedMediaType, EventsMetrics.Malformed, null, trusted: false);
            return;
        }

        var maxBytes = options.Value.MaxBodyBytes;
        if (await EventRequestBody.ReadAsync(request, maxBytes, aborted).ConfigureAwait(false) is not { } body)
        {
            EventsLog.TooLarge(_logger, maxBytes);
            Answer(http, StatusCodes.Status413PayloadTooLarge, EventsMetrics.Malformed, null, trusted: false);
            return;
        }

        B24EventEnvelope envelope;
        try
        {
            envelope = B24EventEnvelope.FromForm(body);
        }
        catch (B24EventFormatException e)
        {
            EventsLog.Malformed(_logger, LogText.Of(e.Message));
            Answer(http, StatusCodes.Status400BadRequest, EventsMetrics.Malformed, null, trusted: false);
            return;
        }

        var code = LogText.Of(envelope.Code);
        var domain = LogText.Of(envelope.Auth.Domain);
        if (!await IsFromPortalAsync(http, envelope, code, domain).ConfigureAwait(false))
        {
            return;
        }

        B24Event typed;
        try
        {
            typed = handlers.Read(envelope);
        }
        catch (B24EventFormatException e)
        {
            EventsLog.Malformed(_logger, LogText.Of(e.Message));
            Answer(http, StatusCodes.Status400BadRequest, EventsMetrics.Malformed, envelope.Code, trusted: true);
            return;
        }

        (B24Api Api, bool ByApp) portal;
        try
        {
            portal = await portals.ForAsync(envelope, _logger, aborted).ConfigureAwait(false);
        }
        catch (Exception e) when (!aborted.IsCancellationRequested)
        {
            EventsLog.NoPortal(_logger, e, code, domain, e.GetType().Name);
            Answer(http, StatusCodes.Status500InternalServerError, EventsMetrics.Failed, envelope.Code, trusted: true);
            return;
        }

        // An application's portal is bound when it installs the app (BindOnInstall), before its install handlers run.
        if (portal.ByApp && targets.OnInstall is { } target && envelope.Code == EventBindingTargets.InstallEvent
            && !await TryBindAtInstallAsync(portal.Api, target, http.RequestServices, code, domain, aborted).ConfigureAwait(false))
        {
            Answer(http, StatusCodes.Status500InternalServerError, EventsMetrics.Failed, envelope.Code, trusted: true);
            return;
        }

        await DispatchAsync(http, typed, new B24EventContext(portal.Api, http.RequestServices), code, domain).ConfigureAwait(false);
    }

    /// <summary>Whether the event carries the application token its portal's is; answers 401 (or 500 when the resolver fails) if not.</summary>
    private async Task<bool> IsFromPortalAsync(HttpContext http, B24EventEnvelope envelope, string code, string domain)
    {
        string? expected;
        try
        {
            expected = await tokens.ForAsync(envelope.Auth, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            EventsLog.ResolverFailed(_logger, e, code, domain);
            Answer(http, StatusCodes.Status500InternalServerError, EventsMetrics.Failed, envelope.Code, trusted: false);
            return false;
        }

        var reason = expected is null ? "no application token is configured for this portal"
            : envelope.Auth.ApplicationToken is null ? "it carries no application token"
            : !envelope.Auth.HasApplicationToken(expected) ? "its application token is not the portal's"
            : null;
        if (reason is null)
        {
            return true;
        }

        EventsLog.Unauthorized(_logger, code, domain, reason);
        Answer(http, StatusCodes.Status401Unauthorized, EventsMetrics.Unauthorized, envelope.Code, trusted: false);
        return false;
    }

    private async Task<bool> TryBindAtInstallAsync(B24Api api, Func<IServiceProvider, Uri> target, IServiceProvider services, string code, string domain, CancellationToken cancellationToken)
    {
        try
        {
            var handlerUrl = EventBindingTargets.Check(target(services));
            var changes = await B24EventBindings.SyncAsync(api.Client, handlerUrl.AbsoluteUri, handlers.EventTypes.Select(t => t.Code), cancellationToken).ConfigureAwait(false);
            EventsLog.BindingsSynced(_logger, domain, handlerUrl, changes);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            EventsLog.InstallBindingsFailed(_logger, e, code, domain);
            return false;
        }
    }

    private async Task DispatchAsync(HttpContext http, B24Event typed, B24EventContext context, string code, string domain)
    {
        var started = Stopwatch.GetTimestamp();
        bool dispatched;
        try
        {
            dispatched = await handlers.DispatchAsync(typed, context, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            EventsLog.HandlerFailed(_logger, e, code, domain);
            Answer(http, StatusCodes.Status500InternalServerError, EventsMetrics.Failed, typed.Code, trusted: true);
            return;
        }

        if (dispatched)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            EventsLog.Handled(_logger, code, domain, elapsed);
            Answer(http, StatusCodes.Status200OK, EventsMetrics.Handled, typed.Code, trusted: true);
        }
        else
        {
            EventsLog.NoHandler(_logger, code, domain);
            Answer(http, StatusCodes.Status200OK, EventsMetrics.Unhandled, typed.Code, trusted: true);
        }
    }

    private void Answer(HttpContext http, int status, string outcome, string? code, bool trusted)
    {
        metrics.Count(outcome, code, trusted);
        http.Response.StatusCode = status;
    }
}
