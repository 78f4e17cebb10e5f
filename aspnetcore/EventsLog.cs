using Microsoft.Extensions.Logging;

namespace B24Gen.AspNetCore;

/// <summary>
/// The events endpoint's and the bindings' log events (category <c>B24Gen.Events</c>). Codes, domains, outcomes and
/// exceptions only: never a body, an application token or an OAuth token, received or expected.
/// </summary>
internal static partial class EventsLog
{
    public const string Category = "B24Gen.Events";

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "{Code} from {Domain} handled in {DurationMs:0.#} ms")]
    public static partial void Handled(ILogger logger, string code, string domain, double durationMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "No handler for {Code} from {Domain}: answered 200 and dropped (the portal does not send it again). Handle it with On<TEvent>(...) or OnUnknown(...), or unbind it.")]
    public static partial void NoHandler(ILogger logger, string code, string domain);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Refused {Code} from {Domain}: {Reason}; answered 401")]
    public static partial void Unauthorized(ILogger logger, string code, string domain, string reason);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Refused a request that is not an event: {Problem}; answered 400")]
    public static partial void Malformed(ILogger logger, string problem);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Refused a request body over {MaxBodyBytes} bytes (B24EventOptions.MaxBodyBytes); answered 413")]
    public static partial void TooLarge(ILogger logger, long maxBodyBytes);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Refused a request of content type {ContentType}: events come as application/x-www-form-urlencoded; answered 415")]
    public static partial void WrongContentType(ILogger logger, string contentType);

    [LoggerMessage(EventId = 107, Level = LogLevel.Error, Message = "A handler of {Code} from {Domain} failed; answered 500 (the portal does not send it again)")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string code, string domain);

    [LoggerMessage(EventId = 108, Level = LogLevel.Error, Message = "{Code} from {Domain}: the portal's API could not be had ({Reason}); answered 500 without running the handlers")]
    public static partial void NoPortal(ILogger logger, Exception exception, string code, string domain, string reason);

    [LoggerMessage(EventId = 109, Level = LogLevel.Information, Message = "Saved the OAuth tokens {Code} brought for {Domain} to the token store")]
    public static partial void TokensSaved(ILogger logger, string code, string domain);

    [LoggerMessage(EventId = 110, Level = LogLevel.Error, Message = "The application token resolver failed for {Code} from {Domain}; answered 500")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string code, string domain);

    /// <summary>Logs a sync's changes; the handler URL without its query, which some apps use for a secret of their own.</summary>
    public static void BindingsSynced(ILogger logger, string portal, Uri handlerUrl, B24EventBindingChanges changes)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var shown = handlerUrl.GetLeftPart(UriPartial.Path);
            BindingsSyncedCore(logger, portal, shown, changes);
        }
    }

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Event bindings of {Portal} for {HandlerUrl}: {Changes}")]
    private static partial void BindingsSyncedCore(ILogger logger, string portal, string handlerUrl, B24EventBindingChanges changes);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Syncing the event bindings of {Portal} failed (attempt {Attempt}, {ExceptionType}); trying again in {Delay}")]
    public static partial void BindingsRetrying(ILogger logger, Exception exception, string portal, int attempt, string exceptionType, TimeSpan delay);

    [LoggerMessage(EventId = 113, Level = LogLevel.Error, Message = "Syncing the event bindings of {Portal} failed (attempt {Attempt}, {ExceptionType}) and will not be tried again: the portal refused it (an event.bind needs an application's OAuth authorization, not a webhook), or it was configured wrong. Fix it and restart; until then the portal sends no event it was not bound to.")]
    public static partial void BindingsFailed(ILogger logger, Exception exception, string portal, int attempt, string exceptionType);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "BindOnStartup: an AddB24App application has no portals to bind at start; each portal is bound when its ONAPPINSTALL arrives if BindOnInstall is set")]
    public static partial void NoPortalsAtStart(ILogger logger);

    [LoggerMessage(EventId = 115, Level = LogLevel.Error, Message = "{Code} from {Domain}: syncing the portal's event bindings at install failed; answered 500 without running the handlers")]
    public static partial void InstallBindingsFailed(ILogger logger, Exception exception, string code, string domain);
}
