using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Testing;

/// <summary>
/// The request pipeline: read and record the request, take a queued fault, then either serve the fault or
/// handle the request (OAuth token endpoint; or rate limit, route, parameters, authentication, operating limit,
/// method handler or batch), complete the log entry, apply a fault's delay or connection drop, and answer.
/// </summary>
internal sealed class RestPipeline : IDisposable
{
    private static readonly JsonSerializerOptions ParameterSnapshotOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly PortalEmulatorOptions _options;
    private readonly MethodRegistry _methods;
    private readonly PortalState _state;
    private readonly RequestLog _log;
    private readonly FaultQueue _faults;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<Exception> _handlerExceptions = new();
    private readonly ExecutionLog _executions = new();
    private readonly OperatingLedger _ledger = new();
    private readonly Dictionary<string, TimeSpan> _costPerMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly LeakyBucket? _bucket;
    private readonly CancellationTokenSource _stopping = new();
    private int _operationLimitRejections;

    public RestPipeline(PortalEmulatorOptions options, MethodRegistry methods, PortalState state, RequestLog log, FaultQueue faults)
    {
        _options = options;
        _methods = methods;
        _state = state;
        _log = log;
        _faults = faults;
        _clock = options.TimeProvider;
        OAuth = new OAuthServer(options);
        Events = new PortalEvents(options, OAuth);
        if (options.RateLimit is { } rateLimit)
        {
            _bucket = new LeakyBucket(rateLimit, _clock);
        }

        foreach (var (method, cost) in options.OperatingCostPerMethod)
        {
            _costPerMethod[RestRouter.NormalizeMethodName(method)] = cost;
        }
    }

    /// <summary>The emulator's root; set once Kestrel has its port.</summary>
    public Uri? BaseAddress
    {
        get => Events.BaseAddress;
        set => Events.BaseAddress = value;
    }

    public OAuthServer OAuth { get; }

    /// <summary>The portal's events; stopped by <see cref="PortalEmulator.DisposeAsync"/> after the server.</summary>
    public PortalEvents Events { get; }

    public IReadOnlyList<Exception> HandlerExceptions => _handlerExceptions.ToArray();

    public IReadOnlyList<ExecutedCommand> ExecutedCommands => _executions.Snapshot();

    public int QueryLimitRejections => _bucket?.Rejections ?? 0;

    public double RateLimitCounter => _bucket?.Level ?? 0;

    public int OperationLimitRejections => Volatile.Read(ref _operationLimitRejections);

    public void ClearExecutedCommands() => _executions.Clear();

    /// <summary>Ends every pending fault delay (the emulator is stopping); their connections are aborted.</summary>
    public void Stop() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var start = _clock.GetUtcNow();

        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var route = RestRouter.Parse(request.Path);
        var isTokenEndpoint = route.Kind == RouteKind.NotRest && OAuthServer.IsTokenPath(request.Path);
        var fault = _faults.TryTake(route.Kind != RouteKind.NotRest ? route.Method : isTokenEndpoint ? FaultResponse.OAuthTokenEndpoint : null);
        var servedByFault = fault is { PassThrough: false };
        var entry = _log.Add(Record(request, route, body, servedByFault) with { ReceivedAt = start });

        var run = new RequestRun();
        Reply? reply = null;
        if (!servedByFault)
        {
            reply = await ProcessAsync(request, route, body, isTokenEndpoint, start, run, cancellationToken).ConfigureAwait(false);
        }
        else if (!fault!.DropsConnection)
        {
            reply = EnvelopeWriter.Fault(fault);
        }

        if (fault is { DropsConnection: true })
        {
            entry.Complete(null, null, run.HandlersRun);
            await DelayAsync(fault.Delay, cancellationToken).ConfigureAwait(false);
            context.Abort();
            return;
        }

        entry.Complete(reply!.Status, reply.ErrorCode, run.HandlersRun);
        if (fault is not null && !await DelayAsync(fault.Delay, cancellationToken).ConfigureAwait(false))
        {
            context.Abort();
            return;
        }

        await EnvelopeWriter.SendAsync(context.Response, reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reply> ProcessAsync(
        HttpRequest request, RestRoute route, byte[] body, bool isTokenEndpoint, DateTimeOffset start, RequestRun run, CancellationToken cancellationToken)
    {
        if (route.Kind == RouteKind.NotRest)
        {
            return isTokenEndpoint
                ? await TokenEndpointAsync(request, body, cancellationToken).ConfigureAwait(false)
                : EnvelopeWriter.Text(StatusCodes.Status404NotFound, "text/html; charset=utf-8", "<html><body><h1>404 Not Found</h1></body></html>");
        }

        if (_bucket is not null && !_bucket.TryAdd())
        {
            return EnvelopeWriter.Error(StatusCodes.Status503ServiceUnavailable, "QUERY_LIMIT_EXCEEDED", "Too many requests");
        }

        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsGet(request.Method))
        {
            return EnvelopeWriter.Error(StatusCodes.Status405MethodNotAllowed, "INVALID_REQUEST", "Only GET and POST requests are supported");
        }

        var parsed = await RequestParameters.ParseAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (parsed.Parameters is not { } parameters)
        {
            return EnvelopeWriter.Error(StatusCodes.Status400BadRequest, "INVALID_REQUEST", parsed.Error ?? "Invalid request");
        }

        var auth = RestRouter.Authenticate(route, parameters, _options, OAuth);
        var isBatch = string.Equals(route.Method, BatchRunner.MethodName, StringComparison.Ordinal);
        if (route.Kind == RouteKind.UnknownRest || (auth.Succeeded && !isBatch && !_methods.TryGet(route.Method!, out _)))
        {
            return EnvelopeWriter.Error(StatusCodes.Status404NotFound, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }

        if (!auth.Succeeded)
        {
            return EnvelopeWriter.Error(StatusCodes.Status401Unauthorized, auth.ErrorCode!, auth.ErrorDescription!);
        }

        if (isBatch)
        {
            var began = _clock.GetTimestamp();
            var (outcome, error) = BatchRunner.Run(parameters, (method, commandParameters, key) =>
                RunMethod(method, commandParameters, auth, _clock.GetUtcNow(), key, run));
            if (error is not null)
            {
                return EnvelopeWriter.Error(error.HttpStatus, error.ErrorCode!, error.ErrorDescription!);
            }

            // The outer batch is not charged operating time, so its time block has no operating fields.
            var time = new TimeBlock(start, _clock.GetUtcNow(), _clock.GetElapsedTime(began).TotalSeconds, null, null);
            return EnvelopeWriter.Batch(outcome!, time);
        }

        var (result, callTime) = RunMethod(route.Method!, parameters, auth, start, null, run);
        if (!result.IsError)
        {
            return EnvelopeWriter.Success(result, callTime);
        }

        // Only an operating-limit refusal carries a time block, and only when the options ask for it.
        return EnvelopeWriter.Error(result.HttpStatus, result.ErrorCode!, result.ErrorDescription!,
            result.ErrorCode == "OPERATION_TIME_LIMIT" && callTime.OperatingResetAt is not null ? callTime : null);
    }

    /// <summary>
    /// Runs one method call (a plain request or a batch command): the operating-limit check, the handler, the
    /// execution log and the operating charge.
    /// </summary>
    private (MethodResult Result, TimeBlock Time) RunMethod(
        string method, JsonObject parameters, AuthOutcome auth, DateTimeOffset start, string? batchCommand, RequestRun run)
    {
        if (!_methods.TryGet(method, out var handler))
        {
            return (MethodResult.Error(StatusCodes.Status404NotFound, "ERROR_METHOD_NOT_FOUND", "Method not found!"), default);
        }

        var now = _clock.GetUtcNow();
        if (_options.OperatingLimitSeconds is { } limit && _ledger.Current(auth.Identity, method, now) > limit)
        {
            Interlocked.Increment(ref _operationLimitRejections);
            var refused = MethodResult.Error(StatusCodes.Status429TooManyRequests, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.");
            if (!_options.TimeInOperatingLimitErrors || batchCommand is not null)
            {
                return (refused, default);
            }

            var (blockedOperating, blockedUntil) = _ledger.Peek(auth.Identity, method, now);
            return (refused, new TimeBlock(start, now, 0, blockedOperating, blockedUntil));
        }

        var snapshot = parameters.ToJsonString(ParameterSnapshotOptions);
        var callContext = new MethodCallContext(method, parameters, auth.UserId, auth.Kind, _state, start, _options.RealPortal, Events, run);
        var began = _clock.GetTimestamp();
        var result = Invoke(handler, callContext);
        var measured = _clock.GetElapsedTime(began).TotalSeconds;
        run.HandlersRun++;
        _executions.Add(new ExecutedCommand(method, snapshot, auth.Kind, auth.UserId)
        {
            BatchCommand = batchCommand,
            Succeeded = !result.IsError,
            ErrorCode = result.ErrorCode,
        });

        var cost = CostOf(method) ?? measured;
        var (operating, resetAt) = _ledger.Charge(auth.Identity, method, now, cost);
        if (_options.RealPortal && RealPortalShapes.AnswersTimeWithoutOperating(method))
        {
            // Still charged (and limited), only not reported: real portals' time block sometimes lacks both fields.
            return (result, new TimeBlock(start, _clock.GetUtcNow(), cost, null, null));
        }

        return (result, new TimeBlock(start, _clock.GetUtcNow(), cost, operating, resetAt));
    }

    private double? CostOf(string method) =>
        _costPerMethod.TryGetValue(method, out var cost) ? cost.TotalSeconds : _options.OperatingCostPerCall?.TotalSeconds;

    private MethodResult Invoke(MethodHandler handler, MethodCallContext context)
    {
        try
        {
            return handler(context) ?? MethodResult.Success(null);
        }
        catch (MethodErrorException error)
        {
            return error.Result;
        }
#pragma warning disable CA1031 // A portal answers any handler failure with INTERNAL_SERVER_ERROR; the exception is kept for tests.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _handlerExceptions.Enqueue(exception);
            return MethodResult.Error(StatusCodes.Status500InternalServerError, "INTERNAL_SERVER_ERROR", "Internal server error");
        }
    }

    private async Task<Reply> TokenEndpointAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsGet(request.Method))
        {
            return EnvelopeWriter.Error(StatusCodes.Status405MethodNotAllowed, "invalid_request", "Only GET and POST requests are supported");
        }

        var parsed = await RequestParameters.ParseAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (parsed.Parameters is not { } parameters)
        {
            return EnvelopeWriter.Error(StatusCodes.Status400BadRequest, "invalid_request", parsed.Error ?? "Invalid request");
        }

        var baseAddress = BaseAddress ?? new Uri($"{request.Scheme}://{request.Host}/");
        return OAuth.HandleTokenRequest(parameters, baseAddress, $"{baseAddress}rest/");
    }

    /// <summary>Waits a fault's delay; <see langword="false"/> when the client went away or the emulator is stopping.</summary>
    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        if (delay <= TimeSpan.Zero)
        {
            return !requestAborted.IsCancellationRequested;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stopping.Token);
        try
        {
            await Task.Delay(delay, linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static RecordedRequest Record(HttpRequest request, RestRoute route, byte[] body, bool servedByFault)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        return new RecordedRequest(
            request.Method,
            request.PathBase.Add(request.Path).Value ?? "",
            route.Kind == RouteKind.NotRest ? null : route.Method,
            headers,
            request.ContentType ?? "",
            Encoding.UTF8.GetString(body))
        {
            QueryString = request.QueryString.Value ?? "",
            ServedByFault = servedByFault,
        };
    }

    /// <summary>What happened while one request was handled.</summary>
    private sealed class RequestRun
    {
        public int HandlersRun { get; set; }
    }
}
