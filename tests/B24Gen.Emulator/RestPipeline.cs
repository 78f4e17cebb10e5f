using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Emulator;

/// <summary>
/// The request pipeline: read and record the request, serve a queued fault, route, parse parameters,
/// authenticate, run the method handler and write the envelope.
/// </summary>
internal sealed class RestPipeline(
    PortalEmulatorOptions options,
    MethodRegistry methods,
    PortalState state,
    RequestLog log,
    FaultQueue faults)
{
    private readonly ConcurrentDictionary<string, double> _operating = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<Exception> _handlerExceptions = new();

    public IReadOnlyList<Exception> HandlerExceptions => _handlerExceptions.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var cancellationToken = context.RequestAborted;
        var clock = options.TimeProvider;
        var start = clock.GetUtcNow();

        var body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        var route = RestRouter.Parse(request.Path);
        var fault = faults.TryTake(route.Method);
        log.Add(Record(request, route, body, fault is not null));

        if (fault is not null)
        {
            await EnvelopeWriter.WriteFaultAsync(response, fault, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (route.Kind == RouteKind.NotRest)
        {
            await EnvelopeWriter.WriteTextAsync(response, StatusCodes.Status404NotFound, "text/html; charset=utf-8",
                "<html><body><h1>404 Not Found</h1></body></html>", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsPost(request.Method) && !HttpMethods.IsGet(request.Method))
        {
            await EnvelopeWriter.WriteErrorAsync(response, StatusCodes.Status405MethodNotAllowed, "INVALID_REQUEST",
                "Only GET and POST requests are supported", cancellationToken).ConfigureAwait(false);
            return;
        }

        var parsed = await RequestParameters.ParseAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (parsed.Parameters is not { } parameters)
        {
            await EnvelopeWriter.WriteErrorAsync(response, StatusCodes.Status400BadRequest, "INVALID_REQUEST",
                parsed.Error ?? "Invalid request", cancellationToken).ConfigureAwait(false);
            return;
        }

        var auth = RestRouter.Authenticate(route, parameters, options);
        if (route.Kind == RouteKind.UnknownRest || (auth.Succeeded && !methods.TryGet(route.Method!, out _)))
        {
            await EnvelopeWriter.WriteErrorAsync(response, StatusCodes.Status404NotFound, "ERROR_METHOD_NOT_FOUND",
                "Method not found!", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!auth.Succeeded)
        {
            await EnvelopeWriter.WriteErrorAsync(response, StatusCodes.Status401Unauthorized, "NO_AUTH_FOUND",
                "Wrong authorization data", cancellationToken).ConfigureAwait(false);
            return;
        }

        var callContext = new MethodCallContext(route.Method!, parameters, auth.UserId, auth.Kind, state, start);
        var began = clock.GetTimestamp();
        var result = Invoke(callContext);
        var processing = clock.GetElapsedTime(began).TotalSeconds;
        var operating = _operating.AddOrUpdate(callContext.Method, processing, (_, total) => total + processing);

        if (result.IsError)
        {
            await EnvelopeWriter.WriteErrorAsync(response, result.HttpStatus, result.ErrorCode!, result.ErrorDescription!,
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var time = new TimeBlock(start, clock.GetUtcNow(), processing, operating);
        await EnvelopeWriter.WriteSuccessAsync(response, result, time, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a method by name (also the entry point for a future <c>batch</c> handler).</summary>
    public MethodResult Invoke(MethodCallContext context)
    {
        if (!methods.TryGet(context.Method, out var handler))
        {
            return MethodResult.Error(StatusCodes.Status404NotFound, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }

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
}
