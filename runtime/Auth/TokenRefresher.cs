using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Serialization;

namespace B24Gen.Auth;

/// <summary>
/// Holds the current access token and refreshes it through the OAuth server on <c>expired_token</c>: one refresh
/// at a time, and calls that failed with an older token reuse the refresh another call already made.
/// </summary>
internal sealed class TokenRefresher : IDisposable
{
    private const string OAuthMethod = "oauth.token";
    private readonly HttpClient _httpClient;
    private readonly B24OAuthOptions? _options;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _refreshToken;

    public TokenRefresher(HttpClient httpClient, string? accessToken, B24OAuthOptions? options, SecretRedactor redactor, TimeProvider time)
    {
        _httpClient = httpClient;
        _options = options;
        _redactor = redactor;
        _time = time;
        AccessToken = accessToken;
        _refreshToken = options?.RefreshToken;
        redactor.Add(options?.ClientSecret);
        redactor.Add(options?.RefreshToken);
    }

    /// <summary>The token to send now; null for webhooks.</summary>
    public string? AccessToken { get; private set; }

    public bool CanRefresh => _options is not null;

    public void Dispose() => _gate.Dispose();

    /// <summary>Refreshes unless another call already replaced <paramref name="expiredToken"/>.</summary>
    public async Task RefreshAsync(string? expiredToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!string.Equals(AccessToken, expiredToken, StringComparison.Ordinal))
            {
                return;
            }

            var tokens = await RequestAsync(cancellationToken).ConfigureAwait(false);
            _redactor.Add(tokens.AccessToken);
            _redactor.Add(tokens.RefreshToken);
            // The new pair first: the old refresh token is spent now, so a store that fails must not leave the client
            // with it. The failure still reaches the caller.
            _refreshToken = tokens.RefreshToken;
            AccessToken = tokens.AccessToken;
            if (_options!.OnTokensRefreshed is { } persist)
            {
                await persist(tokens, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<B24Tokens> RequestAsync(CancellationToken cancellationToken)
    {
        var options = _options!;
        var query = "grant_type=refresh_token"
            + "&client_id=" + Uri.EscapeDataString(options.ClientId)
            + "&client_secret=" + Uri.EscapeDataString(options.ClientSecret)
            + "&refresh_token=" + Uri.EscapeDataString(_refreshToken ?? string.Empty);
        var uri = new UriBuilder(options.TokenEndpoint) { Query = query }.Uri;
        byte[] body;
        int status;
        try
        {
            using var response = await _httpClient.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new B24TransportException(OAuthMethod, _redactor.Redact("The OAuth server could not be reached: " + exception.Message)) { Redactor = _redactor };
        }

        return Parse(body, status);
    }

    private B24Tokens Parse(byte[] body, int status)
    {
        string? access = null, refresh = null, endpoint = null, error = null, description = null;
        long? expiresIn = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            B24JsonRead.Value(ref reader);
            if (B24JsonRead.StartObject(ref reader))
            {
                while (B24JsonRead.NextProperty(ref reader))
                {
                    var name = reader.GetString();
                    B24JsonRead.Value(ref reader);
                    switch (name)
                    {
                        case "access_token": access = B24JsonRead.NullableString(ref reader); break;
                        case "refresh_token": refresh = B24JsonRead.NullableString(ref reader); break;
                        case "client_endpoint": endpoint = B24JsonRead.NullableString(ref reader); break;
                        case "expires_in": expiresIn = B24JsonRead.NullableInt64(ref reader); break;
                        case "error": error = B24JsonRead.NullableString(ref reader); break;
                        case "error_description": description = B24JsonRead.NullableString(ref reader); break;
                        default: reader.Skip(); break;
                    }
                }
            }
        }
        catch (JsonException exception)
        {
            throw new B24ResponseFormatException(OAuthMethod, _redactor.Redact("The OAuth server's answer is not a JSON object: " + exception.Message), status, null) { Redactor = _redactor };
        }

        if (error is not null || access is null || refresh is null)
        {
            throw new B24OAuthException(OAuthMethod, error ?? string.Empty, _redactor.Redact(description ?? "The OAuth server returned no token pair."), status) { Redactor = _redactor };
        }

        DateTimeOffset? expiresAt = expiresIn is { } seconds ? _time.GetUtcNow().AddSeconds(seconds) : null;
        return new B24Tokens(access, refresh, expiresAt, endpoint);
    }
}
