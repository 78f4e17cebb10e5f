using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Http;
using B24Gen.Serialization;

namespace B24Gen;

/// <summary>
/// Sends calls to one portal. Thread-safe; create one per portal and share it. The generated <c>B24Api</c>
/// wraps it with typed methods: <c>new B24Api(client).Calendar.Section.GetAsync(...)</c>.
/// </summary>
public sealed class B24Client : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly HttpTransport _transport;
    private readonly SecretRedactor _redactor;

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
        _redactor = new SecretRedactor(options.WebhookCode, options.AccessToken);
        _transport = new HttpTransport(httpClient, options.UserAgent);
    }

    /// <summary>The portal and credentials this client uses.</summary>
    public B24ClientOptions Options { get; }

    /// <summary>Calls a method and returns its result.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="method">The method, e.g. <c>B24Methods.CalendarSectionGet</c>.</param>
    /// <param name="request">The parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="B24Exception">The call failed; the subclass says how.</exception>
    public async Task<TResult> CallAsync<TRequest, TResult>(B24Method<TRequest, TResult> method, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : IB24JsonObject<TRequest>
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
    public async Task<B24Response<TResult>> CallWithResponseAsync<TRequest, TResult>(B24Method<TRequest, TResult> method, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : IB24JsonObject<TRequest>
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        var body = RequestBodyWriter.Write(request, Options.AccessToken);
        var raw = await SendAsync(method.Name, body, cancellationToken).ConfigureAwait(false);
        return EnvelopeReader.Read(method.Name, raw, method.ReadResult, _redactor);
    }

    /// <summary>Calls any method with raw JSON parameters, for methods no schema describes yet.</summary>
    /// <param name="method">The REST method name.</param>
    /// <param name="parameters">A JSON object of parameters, or null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The raw result and the envelope.</returns>
    /// <exception cref="B24Exception">The call failed; the subclass says how.</exception>
    public async Task<B24Response<JsonElement>> CallRawAsync(string method, JsonElement? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        var body = RawRequest.Write(parameters, Options.AccessToken);
        var raw = await SendAsync(method, body, cancellationToken).ConfigureAwait(false);
        return EnvelopeReader.Read(method, raw, B24JsonRead.Any, _redactor);
    }

    /// <summary>Releases the connection pool, if this client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    private async Task<RawResponse> SendAsync(string method, byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        try
        {
            return await _transport.PostAsync(new Uri(Options.Endpoint, method), body, timeout.Token).ConfigureAwait(false);
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
