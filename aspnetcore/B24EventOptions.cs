namespace B24Gen.AspNetCore;

/// <summary>
/// How the events endpoint (<c>MapB24Events</c>) knows a request comes from the portal: the application token the
/// portal sends with every event (<c>auth[application_token]</c>), from one of three sources, and how much it reads.
/// At least one token source is required; the host does not start without one. <see cref="ToString"/> never shows a
/// token.
/// </summary>
/// <remarks>
/// The token an event must carry is the first of: <see cref="ApplicationTokens"/> by the portal's domain, then by its
/// <c>member_id</c>; <see cref="ApplicationTokenResolver"/>; <see cref="ApplicationToken"/>. An event of a portal none
/// of them knows is refused (401), as is one whose token differs.
/// </remarks>
public sealed class B24EventOptions
{
    /// <summary>The default of <see cref="MaxBodyBytes"/>: 1 MiB, far above any event (a few KiB).</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>
    /// The one token of a local application or an outgoing webhook (the webhook's "Application token" field in the
    /// portal). Secret: keep it in user secrets or an environment variable.
    /// </summary>
    public string? ApplicationToken { get; set; }

    /// <summary>
    /// Tokens by portal, for an application installed on several: the key is the portal's domain
    /// (<c>example.bitrix24.com</c>; a URL is reduced to its host) or its <c>member_id</c>. Secret values.
    /// </summary>
    public IDictionary<string, string> ApplicationTokens { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Finds a portal's token at run time, e.g. in the database your install handler filled: given the event's
    /// <c>auth</c> block (<see cref="B24EventAuth.Domain"/>, <see cref="B24EventAuth.MemberId"/>), returns the token, or
    /// null when the portal is not known. Runs before the token is checked, for every request: keep it fast, and key
    /// it by <see cref="B24EventAuth.MemberId"/> or the domain, never by what the request claims its token is.
    /// </summary>
    public Func<B24EventAuth, CancellationToken, ValueTask<string?>>? ApplicationTokenResolver { get; set; }

    /// <summary>The largest body read, in bytes (default <see cref="DefaultMaxBodyBytes"/>); a bigger one is answered 413 unread.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// With portals added by <c>AddB24</c>: the portal whose API handlers get when no configured portal's address is
    /// the event's domain. Unset: the default (unnamed) portal. Not used with <c>AddB24App</c>, which finds every portal
    /// by its domain.
    /// </summary>
    public string? PortalName { get; set; }

    /// <summary>Which token sources are set, never a token.</summary>
    /// <returns>The sources and the body limit.</returns>
    public override string ToString()
    {
        var sources = new List<string>();
        if (!string.IsNullOrEmpty(ApplicationToken))
        {
            sources.Add("one application token");
        }

        if (ApplicationTokens.Count > 0)
        {
            sources.Add($"{ApplicationTokens.Count} portal token(s)");
        }

        if (ApplicationTokenResolver is not null)
        {
            sources.Add("a token resolver");
        }

        return $"B24 events: {(sources.Count == 0 ? "no token source" : string.Join(", ", sources))}; bodies up to {MaxBodyBytes} bytes";
    }
}
