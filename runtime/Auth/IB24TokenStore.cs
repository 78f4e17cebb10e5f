using System;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// Where each portal's OAuth tokens live, for every client and process that calls the portal: saved when the app is
/// installed (its <c>ONAPPINSTALL</c> event or install page gives them) and again by the client each time it refreshes
/// them, before it uses the new pair. A client whose <see cref="B24OAuthOptions.TokenStore"/> is set reads the pair
/// from here on its first call, and again before it refreshes, so a pair another process refreshed is picked up
/// instead of spending the same refresh token twice (Bitrix24 refresh tokens work once).
/// </summary>
/// <remarks>
/// Implement it over your database or key vault; B24Gen.Redis has one for many processes. The default keeps tokens
/// in memory (<see cref="InMemoryB24TokenStore"/>). A store that several processes share should also implement
/// <see cref="LockAsync"/>, so that one refresh happens at a time across all of them.
/// </remarks>
public interface IB24TokenStore
{
    /// <summary>The portal's tokens, or null when none were saved.</summary>
    /// <param name="portal">The portal's domain, <c>example.bitrix24.com</c>, or a configured portal's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<B24Tokens?> GetAsync(string portal, CancellationToken cancellationToken = default);

    /// <summary>Saves the portal's tokens, replacing any saved before.</summary>
    /// <param name="portal">The portal's domain, or a configured portal's name.</param>
    /// <param name="tokens">The tokens; their <see cref="B24Tokens.ClientEndpoint"/> is the portal's REST endpoint.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask SaveAsync(string portal, B24Tokens tokens, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds the portal's refresh lock until the result is disposed: while one process refreshes, the others wait here
    /// and then read the new pair. The default holds nothing, which is right for a store used by one process (the
    /// client already refreshes once at a time inside it).
    /// </summary>
    /// <param name="portal">The portal's domain, or a configured portal's name.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    ValueTask<IAsyncDisposable> LockAsync(string portal, CancellationToken cancellationToken = default) => ValueTask.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
