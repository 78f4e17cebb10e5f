using System;
using System.Threading.Tasks;
using B24Gen.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace B24Gen.Resilience;

/// <summary>
/// Which failures are retried, and after how long (Polly.Core retry with exponential backoff and jitter):
/// <c>QUERY_LIMIT_EXCEEDED</c> always, since the call did not run; <c>OPERATION_TIME_LIMIT</c> after the method's
/// operating time resets, if that is within the cap; 5xx, unreadable 5xx pages, timeouts and dropped connections
/// only for read methods, since a write may have run. Never <c>OVERLOAD_LIMIT</c> (503) or <c>PORTAL_DELETED</c> (500):
/// neither goes away by itself.
/// </summary>
internal static class RetryPolicy
{
    public static readonly ResiliencePropertyKey<B24MethodKind> Kind = new("B24Gen.Kind");
    public static readonly ResiliencePropertyKey<string> Method = new("B24Gen.Method");

    public static ResiliencePipeline Create(B24RetryOptions options, TimeProvider time, ILogger logger, B24Metrics metrics)
    {
        if (options.MaxRetries <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is B24Exception error && ShouldRetry(error, args.Context)),
                // OPERATION_TIME_LIMIT: no backoff here; the next attempt waits for the method's reset in the client,
                // where later calls to the blocked method wait too.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is B24OperationTimeLimitException ? (TimeSpan?)TimeSpan.Zero : null),
                OnRetry = args =>
                {
                    var method = args.Context.Properties.GetValue(Method, "?");
                    var reason = args.Outcome.Exception is B24Exception { Code.Length: > 0 } error ? error.Code : args.Outcome.Exception?.GetType().Name ?? "?";
                    ClientLog.Retrying(logger, method, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, reason);
                    metrics.Retries.Add(1, new(B24Telemetry.MethodTag, method), new(B24Telemetry.ReasonTag, reason));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static bool ShouldRetry(B24Exception error, ResilienceContext context)
    {
        var isRead = context.Properties.GetValue(Kind, B24MethodKind.Write) == B24MethodKind.Read;
        switch (error)
        {
            case B24QueryLimitException:
                return true;
            case B24OperationTimeLimitException limit:
                // The portal's 429 (the call did not run): retried once the method resets, if that is within
                // MaxOperatingWait (the tracker decides; no RetryWait past it). The client's own refusal to call a
                // held-back method has no RetryWait either: it is past the cap already.
                return limit.RetryWait is not null;
            case B24OverloadException:
                // OVERLOAD_LIMIT is a 503, but not a transient one: Bitrix24 blocks the portal's REST API by hand and
                // only its support lifts the block. Retrying cannot help and adds load to an overloaded portal.
                return false;
            case B24ServerException { HttpStatus: >= 500 } when !error.HasCode("PORTAL_DELETED"):
                return isRead;
            case B24ResponseFormatException { HttpStatus: >= 500 }:
                return isRead;
            case B24TransportException:
                return isRead;
            default:
                return false;
        }
    }
}
