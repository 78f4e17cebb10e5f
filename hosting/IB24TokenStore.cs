namespace B24Gen.Hosting;

/// <summary>
/// Where an OAuth application keeps each portal's tokens: saved when the app is installed on a portal (its
/// <c>ONAPPINSTALL</c> event or install page gives them) and again each time the client refreshes them. Register your
/// own (a database, a key vault, Redis) before or after <c>AddB24App</c>; the default keeps them in memory, which
/// loses them on restart.
/// </summary>
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
}
