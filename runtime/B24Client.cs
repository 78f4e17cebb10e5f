using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using B24Gen.Auth;
using B24Gen.Diagnostics;
using B24Gen.Http;
using B24Gen.Resilience;
using B24Gen.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace B24Gen;

/// <summary>
/// Sends calls to one portal. Thread-safe; create one per portal and share it. The generated <c>B24Api</c>
/// wraps it with typed methods: <c>new B24Api(client).Calendar.Section.GetAsync(...)</c>. Every call goes through
/// the client-side rate limit, the operating-time guard, retries (per <see cref="B24ClientOptions.Retry"/>) and,
/// for OAuth applications, token refresh.
/// </summary>
public sealed class B24Client : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly HttpTransport _transport;
    private readonly SecretRedactor _redactor;
    private readonly RateLimiter? _limiter;
    private readonly bool _ownsLimiter;
    private readonly OperatingTracker _operating;
    private readonly TokenRefresher _tokens;
    private readonly SharedLimiter? _shared;
    private readonly ResiliencePipeline _retry;
    private readonly ILogger _logger;
    private readonly B24Metrics _metrics;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _loggedReadProblems = new(StringComparer.Ordinal);
    private Uri _endpoint;
    private bool _disposed;

    /// <summary>Creates a client with its own connection pool.</summary>
    /// <param name="options">The portal and credentials.</param>
    public B24Client(B24ClientOptions options)
        : this(CreateHttpClient(), options, ownsHttpClient: true)
    {
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> you manage (e.g. from <c>IHttpClientFactory</c>). Turn off
    /// automatic redirects on its handler so that a moved portal is re-posted to, not followed with a GET.
    /// </summary>
    /// <param name="httpClient">The HTTP client; not disposed by this client.</param>
    /// <param name="options">The portal and credentials.</param>
    public B24Client(HttpClient httpClient, B24ClientOptions options)
        : this(httpClient, options, ownsHttpClient: false)
    {
    }

    private B24Client(HttpClient httpClient, B24ClientOptions options, bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        Options = options;
        _endpoint = options.Endpoint;
        _redactor = new SecretRedactor(options.WebhookCode, options.AccessToken);
        _transport = new HttpTransport(httpClient, options.UserAgent);
        _logger = options.LoggerFactory?.CreateLogger<B24Client>() ?? (ILogger)NullLogger.Instance;
        _limiter = RateLimiterRegistry.For(options, out _ownsLimiter);
        _operating = new OperatingTracker(options.Retry, options.TimeProvider);
        _metrics = B24Metrics.For(options.MeterFactory);
        var faults = new SharedStateFaults(_logger, _metrics);
        var portalKey = PortalKey(options.Endpoint);
        _tokens = new TokenRefresher(httpClient, options.AccessToken, options.OAuth, portalKey, _redactor, options.TimeProvider, faults);
        _shared = options.SharedLimits is { } shared ? new SharedLimiter(shared, portalKey, options.Retry, faults, options.TimeProvider) : null;
        _retry = RetryPolicy.Create(options.Retry, options.TimeProvider, _logger, _metrics);
    }

    /// <summary>The portal and credentials this client was created with.</summary>
    public B24ClientOptions Options { get; }

    /// <summary>The portal's address now: differs from <see cref="B24ClientOptions.PortalAddress"/> after the portal moved (HTTP 302).</summary>
    public string PortalAddress => _endpoint.GetLeftPart(UriPartial.Authority);

    /// <summary>Calls a method and returns its result.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="method">The method, e.g. <c>B24Methods.CalendarSectionGet</c>.</param>
    /// <param name="request">The parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="B24Exception">The call failed; the subclass says how.</exception>
    public async Task<TResult> CallAsync<TRequest, TResult>(B24Method<TRequest, TResult> method, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : class
    {
        var response = await CallWithResponseAsync(method, request, cancellationToken).ConfigureAwait(false);
        return response.Value;
    }

    /// <summary>Calls a method and returns its result with the response envelope.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="method">The method, e.g. <c>B24Methods.CalendarSectionGet</c>.</param>
    /// <param name="request">The parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result and the envelope.</returns>
    /// <exception cref="B24Exception">The call failed; the subclass says how.</exception>
    public Task<B24Response<TResult>> CallWithResponseAsync<TRequest, TResult>(B24Method<TRequest, TResult> method, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        byte[]? written = null;
        if (method.Request.OneOf.Count > 0)
        {
            // Checked before anything is sent: the request as written, without auth, which a webhook call then sends as it is.
            written = RequestBodyWriter.Write(method.Request, request, null);
            using var parameters = JsonDocument.Parse(written);
            B24OneOf.ThrowIfUnmet(method.Name, method.Request.OneOf, parameters.RootElement);
        }

        return ExecuteAsync(method.Name, method.Kind, token => token is null && written is not null ? written : RequestBodyWriter.Write(method.Request, request, token), method.ReadResult, cancellationToken);
    }

    /// <summary>Calls any method with raw JSON parameters, for methods no schema describes yet. Treated as a write: not retried blindly.</summary>
    /// <param name="method">The REST method name.</param>
    /// <param name="parameters">A JSON object of parameters, or null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The raw result and the envelope.</returns>
    /// <exception cref="B24Exception">The call failed; the subclass says how.</exception>
    public Task<B24Response<JsonElement>> CallRawAsync(string method, JsonElement? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return ExecuteAsync(method, B24MethodKind.Write, token => RawRequest.Write(parameters, token), B24JsonRead.Any, cancellationToken);
    }

    /// <summary>Starts a typed batch: add commands, execute it (50 commands per <c>batch</c> call), read each command's result.</summary>
    /// <param name="halt">Stop at the first failing command: later commands do not run.</param>
    /// <returns>An empty batch.</returns>
    public B24Batch CreateBatch(bool halt = false) => new(this, halt);

    /// <summary>Masks this client's secrets (webhook code, tokens) in texts that reach exceptions and logs.</summary>
    internal SecretRedactor Redactor => _redactor;

    /// <summary>Releases the connection pool and the rate limiter, if this client created them. Later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, true))
        {
            return;
        }

        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }

        if (_ownsLimiter)
        {
            _limiter?.Dispose();
        }

        _tokens.Dispose();
    }

    /// <summary>One call with everything around it: rate limit, operating guard, retries, token refresh, telemetry.</summary>
    internal async Task<B24Response<T>> ExecuteAsync<T>(string method, B24MethodKind kind, Func<string?, byte[]> writeBody, B24ReadFunc<T> readResult, CancellationToken cancellationToken)
    {
        // Checked here, not left to the HttpClient: its ObjectDisposedException would pass for a transport failure
        // (and a read would be retried).
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        using var activity = B24Telemetry.Source.StartActivity("B24 " + method, ActivityKind.Client);
        activity?.SetTag(B24Telemetry.MethodTag, method);
        activity?.SetTag("server.address", _endpoint.Host);
        var started = Options.TimeProvider.GetTimestamp();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryPolicy.Kind, kind);
        context.Properties.Set(RetryPolicy.Method, method);
        var attempts = 0;
        try
        {
            var response = await _retry.ExecuteAsync(
                async (ctx, _) =>
                {
                    attempts++;
                    return await AttemptAsync(method, writeBody, readResult, ctx.CancellationToken).ConfigureAwait(false);
                },
                context,
                0).ConfigureAwait(false);
            var elapsed = Options.TimeProvider.GetElapsedTime(started);
            ClientLog.CallSucceeded(_logger, method, response.HttpStatus, elapsed.TotalMilliseconds, attempts, _limiter?.GetStatistics()?.CurrentAvailablePermits ?? -1);
            _metrics.CallDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(B24Telemetry.MethodTag, method));
            activity?.SetTag("http.response.status_code", response.HttpStatus);
            activity?.SetTag(B24Telemetry.AttemptsTag, attempts);
            return response;
        }
        catch (B24Exception exception)
        {
            var elapsed = Options.TimeProvider.GetElapsedTime(started);
            ClientLog.CallFailed(_logger, method, exception.HttpStatus, exception.Code, attempts, elapsed.TotalMilliseconds, ClientLog.Describe(exception));
            // error.type, low-cardinality as the conventions ask: the exception's type (B24QueryLimitException), not the message.
            var errorType = exception.GetType().Name;
            _metrics.CallDuration.Record(elapsed.TotalSeconds, new(B24Telemetry.MethodTag, method), new("error.type", errorType));
            activity?.SetStatus(ActivityStatusCode.Error, errorType);
            activity?.SetTag("error.type", errorType);
            activity?.SetTag(B24Telemetry.AttemptsTag, attempts);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<B24Response<T>> AttemptAsync<T>(string method, Func<string?, byte[]> writeBody, B24ReadFunc<T> readResult, CancellationToken cancellationToken)
    {
        for (var refreshed = false; ; refreshed = true)
        {
            await WaitForOperatingAsync(method, cancellationToken).ConfigureAwait(false);
            await WaitForRateLimitAsync(method, cancellationToken).ConfigureAwait(false);
            var token = await _tokens.CurrentAsync(cancellationToken).ConfigureAwait(false);
            var raw = await SendAsync(method, writeBody(token), cancellationToken).ConfigureAwait(false);
            _metrics.Requests.Add(1, new(B24Telemetry.MethodTag, method), new("http.response.status_code", raw.Status));
            try
            {
                var response = EnvelopeReader.Read(method, raw, readResult, _redactor, Options.StrictReading);
                _operating.Record(method, response.Time);
                if (_shared is not null && response.Time?.Operating is not null && _operating.Snapshot(method) is { } state)
                {
                    await _shared.SetOperatingAsync(method, state, cancellationToken).ConfigureAwait(false);
                }

                ReportReadProblems(method, response.ReadProblems);
                return response;
            }
            catch (B24TokenExpiredException) when (_tokens.CanRefresh && !refreshed)
            {
                await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
                ClientLog.TokenRefreshed(_logger);
            }
            catch (B24OperationTimeLimitException exception)
            {
                (exception.ResetAt, exception.RetryWait) = _operating.Blocked(method, exception.ResetAt);
                if (_shared is not null && _operating.Snapshot(method) is { } state)
                {
                    await _shared.SetOperatingAsync(method, state, cancellationToken).ConfigureAwait(false);
                }

                throw;
            }
            catch (B24QueryLimitException) when (_shared is not null && Options.RateLimit is { } limit)
            {
                // Someone else spends the portal's limit too: every process sharing the bucket slows down.
                await _shared.ReportOverLimitAsync(limit, cancellationToken).ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Counts each value that did not fit its type, and logs it once per method and field (not per row).</summary>
    internal void ReportReadProblems(string method, IReadOnlyList<B24ReadProblem> problems)
    {
        foreach (var problem in problems)
        {
            var field = problem.TypeName + "." + problem.WireName;
            _metrics.ReadProblems.Add(1, new(B24Telemetry.MethodTag, method), new(B24Telemetry.FieldTag, field));
            if (_loggedReadProblems.TryAdd(method + " " + field, 0))
            {
                ClientLog.ReadProblem(_logger, method, problem.JsonPath, problem.TypeName, problem.WireName, problem.SchemaLocation ?? "the schema", problem.Expected, SchemaFix.For(problem.Found));
            }
        }
    }

    private async Task WaitForOperatingAsync(string method, CancellationToken cancellationToken)
    {
        if (_shared is not null && await _shared.GetOperatingAsync(method, cancellationToken).ConfigureAwait(false) is { } seen)
        {
            _operating.Merge(method, seen);
        }

        var delay = _operating.DelayBefore(method);
        if (delay.Wait <= TimeSpan.Zero)
        {
            return;
        }

        if (delay.TooLong)
        {
            var why = delay.Blocked
                ? "The portal blocked the method for its operating time (OPERATION_TIME_LIMIT)"
                : $"The method used {delay.Operating:0.#} s of its operating time";
            throw new B24OperationTimeLimitException(method, "OPERATION_TIME_LIMIT", $"{why}; it resets in {(delay.ResetAt - Options.TimeProvider.GetUtcNow())?.TotalSeconds:0} s, longer than the {Options.Retry.MaxOperatingWait.TotalSeconds:0} s the client may wait.", 0)
            {
                Redactor = _redactor,
                ResetAt = delay.ResetAt,
            };
        }

        ClientLog.OperatingWait(_logger, method, delay.Wait.TotalMilliseconds, delay.Operating);
        _metrics.Throttled.Add(1, new(B24Telemetry.MethodTag, method), new(B24Telemetry.ReasonTag, "operating"));
        await _operating.WaitAsync(delay.Wait, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitForRateLimitAsync(string method, CancellationToken cancellationToken)
    {
        if (_limiter is null)
        {
            return;
        }

        if (_shared is not null && await _shared.AcquireAsync(Options.RateLimit!, cancellationToken).ConfigureAwait(false) is { } waitedShared)
        {
            if (waitedShared)
            {
                _metrics.Throttled.Add(1, new(B24Telemetry.MethodTag, method), new(B24Telemetry.ReasonTag, "rate-limit"));
            }

            return;
        }

        using var immediate = _limiter.AttemptAcquire();
        if (immediate.IsAcquired)
        {
            return;
        }

        var started = Options.TimeProvider.GetTimestamp();
        _metrics.Throttled.Add(1, new(B24Telemetry.MethodTag, method), new(B24Telemetry.ReasonTag, "rate-limit"));
        using var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        var waited = Options.TimeProvider.GetElapsedTime(started).TotalMilliseconds;
        ClientLog.RateLimitWait(_logger, method, waited);
    }

    private async Task<RawResponse> SendAsync(string method, byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            var raw = await _transport.PostAsync(new Uri(_endpoint, method), body, timeout.Token).ConfigureAwait(false);
            if (raw.FinalUri is { } final && !string.Equals(final.GetLeftPart(UriPartial.Authority), PortalAddress, StringComparison.OrdinalIgnoreCase))
            {
                // The portal moved: later calls go straight to the new address.
                var from = PortalAddress;
                var to = final.GetLeftPart(UriPartial.Authority);
                _endpoint = new Uri(to + _endpoint.AbsolutePath);
                ClientLog.PortalMoved(_logger, from, to);
            }

            return raw;
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            // Surface the caller's token, not the internal linked one.
            throw new OperationCanceledException(exception.Message, exception, cancellationToken);
        }
        catch (OperationCanceledException exception)
        {
            throw EnvelopeReader.Redacted(_redactor, new B24TransportException(method, $"No response within {Options.Timeout.TotalSeconds:0.#} s.", exception));
        }
        catch (RedirectRefusedException exception)
        {
            throw EnvelopeReader.Redacted(_redactor, new B24TransportException(method, _redactor.Redact(exception.Message)));
        }
        catch (Exception exception) when (exception is HttpRequestException or NotSupportedException or InvalidOperationException or System.IO.IOException)
        {
            throw EnvelopeReader.Redacted(_redactor, new B24TransportException(method, _redactor.Redact("The request failed: " + exception.Message), exception));
        }
    }

    /// <summary>The portal's key in a token store: its host in lower case, with the port when not the scheme's default.</summary>
    private static string PortalKey(Uri endpoint) => (endpoint.IsDefaultPort ? endpoint.Host : endpoint.Authority).ToLowerInvariant();

    private static HttpClient CreateHttpClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };
}
