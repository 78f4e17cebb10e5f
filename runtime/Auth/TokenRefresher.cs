using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Diagnostics;
using B24Gen.Serialization;

namespace B24Gen.Auth;

/// <summary>
/// Holds the current access token and refreshes it through the OAuth server on <c>expired_token</c>: one refresh
/// at a time, and calls that failed with an older token reuse the refresh another call already made. With a token
/// store, the pair is read from it on the first call and again under its refresh lock before refreshing (another
/// process may have refreshed already: refresh tokens work once), and each new pair is saved before it is used.
/// </summary>
internal sealed class TokenRefresher : IDisposable
{
    private const string OAuthMethod = "oauth.token";

    /// <summary>How often a pair the store could not take is offered to it again.</summary>
    private static readonly TimeSpan s_saveRetry = TimeSpan.FromSeconds(5);

    private readonly HttpClient _httpClient;
    private readonly B24OAuthOptions? _options;
    private readonly IB24TokenStore? _store;
    private readonly string _storeKey;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly SharedStateFaults _faults;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _refreshToken;
    private volatile bool _settled;
    private bool _loaded;
    private B24Tokens? _unsaved;
    private DateTimeOffset _nextSave;

    public TokenRefresher(HttpClient httpClient, string? accessToken, B24OAuthOptions? options, string portal, SecretRedactor redactor, TimeProvider time, SharedStateFaults faults)
    {
        _httpClient = httpClient;
        _options = options;
        _store = options?.TokenStore;
        _storeKey = options?.TokenStoreKey ?? portal;
        _redactor = redactor;
        _time = time;
        _faults = faults;
        _settled = _store is null;
        AccessToken = accessToken;
        _refreshToken = options?.RefreshToken;
        redactor.Add(options?.ClientSecret);
        redactor.Add(options?.RefreshToken);
    }

    /// <summary>The token to send now; null for webhooks.</summary>
    public string? AccessToken { get; private set; }

    public bool CanRefresh => _options is not null;

    public void Dispose() => _gate.Dispose();

    /// <summary>The token to send: on the first call, the store's pair if it has one; a pair it could not take is offered again.</summary>
    public async ValueTask<string?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_settled)
        {
            return AccessToken;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_loaded)
            {
                if (await ReadAsync(cancellationToken).ConfigureAwait(false) is { } saved)
                {
                    Adopt(saved);
                }

                _loaded = true;
            }

            if (_unsaved is { } pending && _time.GetUtcNow() >= _nextSave)
            {
                await SaveAsync(pending, cancellationToken).ConfigureAwait(false);
            }

            _settled = _unsaved is null;
            return AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Refreshes unless another call, or another process sharing the store, already replaced <paramref name="expiredToken"/>.</summary>
    public async Task RefreshAsync(string? expiredToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!string.Equals(AccessToken, expiredToken, StringComparison.Ordinal))
            {
                return;
            }

            if (_store is null)
            {
                await RefreshNowAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            var held = await _faults.TryAsync<IAsyncDisposable?>("token.lock", async ct => await _store.LockAsync(_storeKey, ct).ConfigureAwait(false), null, cancellationToken).ConfigureAwait(false);
            try
            {
                // With a pair the store has not taken yet, the store's own is older: nothing to read.
                if (_unsaved is null && await ReadAsync(cancellationToken).ConfigureAwait(false) is { } saved)
                {
                    Adopt(saved);
                    if (!string.Equals(saved.AccessToken, expiredToken, StringComparison.Ordinal))
                    {
                        return;
                    }
                }

                await RefreshNowAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (held is not null)
                {
                    await _faults.TryAsync("token.lock", _ => held.DisposeAsync(), CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RefreshNowAsync(CancellationToken cancellationToken)
    {
        var tokens = await RequestAsync(cancellationToken).ConfigureAwait(false);
        _redactor.Add(tokens.AccessToken);
        _redactor.Add(tokens.RefreshToken);

        // The old refresh token is spent now. The new pair goes to the store before anything uses it, so that a crash
        // from here on loses nothing; a store that fails gets it again later, and the client keeps it meanwhile.
        if (_store is not null)
        {
            await SaveAsync(tokens, cancellationToken).ConfigureAwait(false);
        }

        _refreshToken = tokens.RefreshToken;
        AccessToken = tokens.AccessToken;
        if (_options!.OnTokensRefreshed is { } persist)
        {
            await persist(tokens, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask SaveAsync(B24Tokens tokens, CancellationToken cancellationToken)
    {
        var saved = await _faults.TryAsync("token.save", ct => _store!.SaveAsync(_storeKey, tokens, ct), cancellationToken).ConfigureAwait(false);
        _unsaved = saved ? null : tokens;
        _nextSave = _time.GetUtcNow() + s_saveRetry;
        _settled = _loaded && _unsaved is null;
    }

    private ValueTask<B24Tokens?> ReadAsync(CancellationToken cancellationToken) =>
        _faults.TryAsync("token.read", ct => _store!.GetAsync(_storeKey, ct), null, cancellationToken);

    private void Adopt(B24Tokens saved)
    {
        _redactor.Add(saved.AccessToken);
        _redactor.Add(saved.RefreshToken);
        AccessToken = saved.AccessToken;
        _refreshToken = saved.RefreshToken;
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
