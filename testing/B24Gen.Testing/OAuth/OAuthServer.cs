using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Testing;

/// <summary>What <see cref="OAuthServer.Check"/> found out about an <c>auth</c> token.</summary>
internal enum TokenState
{
    Valid,
    Missing,
    Unknown,
    Expired,
}

/// <summary>
/// The OAuth side of the emulator: the access tokens the portal has issued (with their expiry) and the
/// authorization server's token endpoint (<c>/oauth/token/</c>), which rotates the token pair on
/// <c>grant_type=refresh_token</c>. Thread-safe.
/// </summary>
internal sealed class OAuthServer
{
    /// <summary>The token endpoint's path, as <see cref="PortalEmulator.OAuthEndpoint"/> gives it.</summary>
    public const string TokenPath = "/oauth/token/";

    /// <summary>What the token endpoint reports as <c>expires_in</c> when tokens never expire.</summary>
    private const int DefaultExpiresIn = 3600;

    private readonly Lock _gate = new();
    private readonly PortalEmulatorOptions _options;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, Issued> _accessTokens = new(StringComparer.Ordinal);
    private string _accessToken;
    private string _refreshToken;
    private int _refreshCount;

    public OAuthServer(PortalEmulatorOptions options)
    {
        _options = options;
        _clock = options.TimeProvider;
        _accessToken = options.AccessToken;
        _refreshToken = options.RefreshToken;
        _accessTokens[_accessToken] = new Issued(ExpiresAt(_clock.GetUtcNow()));
    }

    public string AccessToken
    {
        get
        {
            lock (_gate)
            {
                return _accessToken;
            }
        }
    }

    public string RefreshToken
    {
        get
        {
            lock (_gate)
            {
                return _refreshToken;
            }
        }
    }

    public int RefreshCount => Volatile.Read(ref _refreshCount);

    /// <summary>Whether a path is the token endpoint (<c>/oauth/token</c>, with or without the trailing slash).</summary>
    public static bool IsTokenPath(PathString path) =>
        string.Equals(path.Value?.TrimEnd('/'), TokenPath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>Makes the current access token answer <c>expired_token</c> from now on.</summary>
    public void ExpireAccessToken()
    {
        lock (_gate)
        {
            _accessTokens[_accessToken].ForcedExpired = true;
        }
    }

    public TokenState Check(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return TokenState.Missing;
        }

        lock (_gate)
        {
            if (!_accessTokens.TryGetValue(token, out var issued))
            {
                return TokenState.Unknown;
            }

            return issued.ForcedExpired || (issued.ExpiresAt is { } expiresAt && _clock.GetUtcNow() >= expiresAt)
                ? TokenState.Expired
                : TokenState.Valid;
        }
    }

    /// <summary>Answers a token-endpoint request.</summary>
    /// <param name="parameters">The query and body parameters.</param>
    /// <param name="baseAddress">The emulator's root, for <c>server_endpoint</c> and <c>domain</c>.</param>
    /// <param name="clientEndpoint">The portal's REST root, for <c>client_endpoint</c>.</param>
    public Reply HandleTokenRequest(JsonObject parameters, Uri baseAddress, string clientEndpoint)
    {
        var grantType = parameters.GetString("grant_type");
        if (!string.Equals(grantType, "refresh_token", StringComparison.Ordinal))
        {
            return EnvelopeWriter.Error(StatusCodes.Status400BadRequest, "invalid_request", "Unsupported grant_type; the emulator supports refresh_token");
        }

        if (!string.Equals(parameters.GetString("client_id"), _options.ClientId, StringComparison.Ordinal)
            || !string.Equals(parameters.GetString("client_secret"), _options.ClientSecret, StringComparison.Ordinal))
        {
            return EnvelopeWriter.Json(StatusCodes.Status401Unauthorized, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("error", "invalid_client");
                writer.WriteEndObject();
            }) with { ErrorCode = "invalid_client" };
        }

        string access;
        string refresh;
        DateTimeOffset? expiresAt;
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            var presented = parameters.GetString("refresh_token");
            if (string.IsNullOrEmpty(presented) || !string.Equals(presented, _refreshToken, StringComparison.Ordinal))
            {
                return EnvelopeWriter.Error(StatusCodes.Status400BadRequest, "invalid_grant", "Invalid refresh token");
            }

            access = NewToken();
            refresh = NewToken();
            expiresAt = ExpiresAt(now);
            _accessTokens[access] = new Issued(expiresAt);
            _accessToken = access;
            _refreshToken = refresh;
            _refreshCount++;
        }

        var expiresIn = _options.AccessTokenLifetime is { } lifetime ? (long)lifetime.TotalSeconds : DefaultExpiresIn;
        return EnvelopeWriter.Json(StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("access_token", access);
            writer.WriteNumber("expires", (expiresAt ?? now.AddSeconds(expiresIn)).ToUnixTimeSeconds());
            writer.WriteNumber("expires_in", expiresIn);
            writer.WriteString("scope", "calendar");
            writer.WriteString("domain", baseAddress.Authority);
            writer.WriteString("server_endpoint", $"{baseAddress}oauth/");
            writer.WriteString("status", "L");
            writer.WriteString("client_endpoint", clientEndpoint);
            writer.WriteString("member_id", _options.MemberId);
            writer.WriteNumber("user_id", _options.AccessTokenUserId);
            writer.WriteString("refresh_token", refresh);
            writer.WriteEndObject();
        });
    }

    private DateTimeOffset? ExpiresAt(DateTimeOffset issuedAt) =>
        _options.AccessTokenLifetime is { } lifetime ? issuedAt + lifetime : null;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private sealed class Issued(DateTimeOffset? expiresAt)
    {
        public DateTimeOffset? ExpiresAt { get; } = expiresAt;

        public bool ForcedExpired { get; set; }
    }
}
