using System;
using Microsoft.Extensions.Logging;

namespace B24Gen.Events.Offline;

/// <summary>
/// The offline queue's log events: what was done with an event that was not simply handled, so that nothing leaves the
/// queue unnoticed. Codes, record ids and exception types only: never the events' data.
/// </summary>
internal static partial class OfflineLog
{
    [LoggerMessage(EventId = 1701, Level = LogLevel.Warning, Message = "{Code} (offline record {RecordId}, message {MessageId}): a handler threw {ExceptionType}; reported with event.offline.error, kept in the portal's failed queue")]
    public static partial void HandlerFailed(ILogger logger, string code, long recordId, string messageId, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "{Code} (offline record {RecordId}, message {MessageId}): no handler takes it; reported with event.offline.error, kept in the portal's failed queue rather than dropped")]
    public static partial void Unhandled(ILogger logger, string code, long recordId, string messageId);

    [LoggerMessage(EventId = 1703, Level = LogLevel.Warning, Message = "{Code} (offline record {RecordId}, message {MessageId}): its data could not be read ({ExceptionType}); reported with event.offline.error, kept in the portal's failed queue")]
    public static partial void Unreadable(ILogger logger, string code, long recordId, string messageId, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 1704, Level = LogLevel.Warning, Message = "{Count} handled offline event(s) could not be cleared ({ExceptionType}); they stay reserved under process {ProcessId} and come back when it is resumed")]
    public static partial void ClearFailed(ILogger logger, int count, string processId, string exceptionType);

    [LoggerMessage(EventId = 1705, Level = LogLevel.Debug, Message = "event.offline.get gave {Count} record(s) under process {ProcessId} (resumed: {Resumed})")]
    public static partial void BatchRead(ILogger logger, int count, string processId, bool resumed);

    /// <summary>The client's logger factory's logger for the offline queue; none without a factory.</summary>
    public static ILogger For(B24Client client) =>
        client.Options.LoggerFactory?.CreateLogger("B24Gen.B24OfflineEvents") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
