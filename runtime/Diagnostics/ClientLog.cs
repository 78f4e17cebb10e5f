using System;
using Microsoft.Extensions.Logging;

namespace B24Gen.Diagnostics;

/// <summary>The client's log events. Method names, statuses and timings only: never URLs, codes or tokens.</summary>
internal static partial class ClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Method} answered HTTP {Status} in {DurationMs:0.#} ms after {Attempts} attempt(s); rate-limit places free: {Available}")]
    public static partial void CallSucceeded(ILogger logger, string method, int status, double durationMs, int attempts, long available);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Method} failed with HTTP {Status} {Code} after {Attempts} attempt(s) in {DurationMs:0.#} ms: {ExceptionType}")]
    public static partial void CallFailed(ILogger logger, string method, int status, string code, int attempts, double durationMs, string exceptionType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Method}: retry {Attempt} in {DelayMs:0} ms after {Reason}")]
    public static partial void Retrying(ILogger logger, string method, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Method}: waiting {DelayMs:0} ms for the operating-time limit to reset (operating {Operating:0.#} s)")]
    public static partial void OperatingWait(ILogger logger, string method, double delayMs, double operating);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "The access token expired; refreshed it through the OAuth server")]
    public static partial void TokenRefreshed(ILogger logger);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "The portal moved from {From} to {To}; calls now go to the new address")]
    public static partial void PortalMoved(ILogger logger, string from, string to);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "{Method}: waited {DelayMs:0} ms for the client-side rate limit")]
    public static partial void RateLimitWait(ILogger logger, string method, double delayMs);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "{Method}: {JsonPath} ({Type}.{Field}, declared in {SchemaLocation}) is not {Expected} as the schema declares; the member kept its default and the raw value is in AdditionalFields. {Fix} Logged once per method and field.")]
    public static partial void ReadProblem(ILogger logger, string method, string jsonPath, string type, string field, string schemaLocation, string expected, string fix);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The shared state failed at {Operation} ({ExceptionType}: {Reason}); going on with this process's own")]
    public static partial void SharedStateFailed(ILogger logger, string operation, string exceptionType, string reason);

    public static string Describe(Exception exception) => exception.GetType().Name;
}
