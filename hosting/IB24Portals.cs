namespace B24Gen.Hosting;

/// <summary>
/// The portals an app talks to: the ones configured by name (<c>AddB24("shop", ...)</c>; also injectable as
/// <c>[FromKeyedServices("shop")] B24Api</c>), and, for an OAuth application that serves many portals
/// (<c>AddB24App</c>), any portal by its domain, with its tokens from <see cref="IB24TokenStore"/>. Clients are made
/// once per portal and shared: the rate limit and the operating-time accounting are per portal.
/// </summary>
public interface IB24Portals
{
    /// <summary>The API of a configured portal.</summary>
    /// <param name="name">The name it was added with; <see cref="string.Empty"/> for <c>AddB24</c> without one.</param>
    /// <exception cref="InvalidOperationException">No portal of this name was added.</exception>
    B24Api GetApi(string name);

    /// <summary>The client of a configured portal.</summary>
    /// <param name="name">The name it was added with; <see cref="string.Empty"/> for <c>AddB24</c> without one.</param>
    /// <exception cref="InvalidOperationException">No portal of this name was added.</exception>
    B24Client GetClient(string name);

    /// <summary>For an OAuth application (<c>AddB24App</c>): the API of the portal at this domain.</summary>
    /// <param name="domain">The portal's domain (<c>example.bitrix24.com</c>; a URL is reduced to its host).</param>
    /// <param name="cancellationToken">Cancels reading the tokens.</param>
    /// <exception cref="InvalidOperationException"><c>AddB24App</c> was not called, or no tokens are saved for the portal.</exception>
    ValueTask<B24Api> ForPortalAsync(string domain, CancellationToken cancellationToken = default);
}
