using System;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// What the client needs to refresh an expired OAuth access token: the application's credentials and the current
/// refresh token. On <c>expired_token</c> the client refreshes once (shared by concurrent calls), calls again, and
/// hands the new pair to <see cref="OnTokensRefreshed"/> so you can store it: each refresh token works once.
/// </summary>
public sealed record B24OAuthOptions
{
    /// <summary>The application's <c>client_id</c>.</summary>
    public required string ClientId { get; init; }

    /// <summary>The application's <c>client_secret</c>.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>The current refresh token (valid 180 days, single use).</summary>
    public required string RefreshToken { get; init; }

    /// <summary>The OAuth server. Default <c>https://oauth.bitrix.info/oauth/token/</c>.</summary>
    public Uri TokenEndpoint { get; init; } = new("https://oauth.bitrix.info/oauth/token/");

    /// <summary>
    /// Called with every new token pair, before the failed call is retried (after <see cref="TokenStore"/> saved it).
    /// Persist the refresh token here when you keep no token store.
    /// </summary>
    public Func<B24Tokens, CancellationToken, Task>? OnTokensRefreshed { get; init; }

    /// <summary>
    /// Where the portal's tokens live for every client and process (<see cref="IB24TokenStore"/>): the client reads
    /// the pair on its first call (a saved pair replaces <see cref="RefreshToken"/> and the access token it was given),
    /// reads it again under the store's refresh lock before refreshing, and saves each new pair before using it. When
    /// the store fails, the call goes on with the pair in memory (a warning, and
    /// <see cref="Diagnostics.B24Telemetry.SharedStateFailures"/>), and the unsaved pair is saved again later.
    /// </summary>
    public IB24TokenStore? TokenStore { get; init; }

    /// <summary>The portal's key in <see cref="TokenStore"/>. Default: the portal's host, <c>example.bitrix24.com</c>.</summary>
    public string? TokenStoreKey { get; init; }

    /// <summary>Never shows the secrets.</summary>
    public override string ToString() => $"OAuth client {ClientId} via {TokenEndpoint.GetLeftPart(UriPartial.Authority)}";
}

/// <summary>A token pair from the OAuth server.</summary>
/// <param name="AccessToken">The access token (valid one hour).</param>
/// <param name="RefreshToken">The new refresh token; the old one no longer works.</param>
/// <param name="ExpiresAt">When the access token expires, if the server said.</param>
/// <param name="ClientEndpoint">The portal's REST endpoint, if the server said.</param>
public sealed record B24Tokens(string AccessToken, string RefreshToken, DateTimeOffset? ExpiresAt, string? ClientEndpoint)
{
    /// <summary>Never shows the tokens.</summary>
    public override string ToString() => $"token pair (expires {ExpiresAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"})";
}
