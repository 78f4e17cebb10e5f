using Microsoft.Extensions.Options;

namespace B24Gen.AspNetCore;

/// <summary>
/// The application token an event must carry, from the configured sources in order (see <see cref="B24EventOptions"/>):
/// the portal's own in <see cref="B24EventOptions.ApplicationTokens"/> (by domain, then <c>member_id</c>), the
/// resolver's, the single <see cref="B24EventOptions.ApplicationToken"/>. Null when no source knows the portal.
/// </summary>
internal sealed class ExpectedApplicationToken
{
    private readonly B24EventOptions _options;
    private readonly Dictionary<string, string> _byPortal = new(StringComparer.OrdinalIgnoreCase);

    public ExpectedApplicationToken(IOptions<B24EventOptions> options)
    {
        _options = options.Value;
        // Keys as the endpoint meets them: a domain reduced to its host as Hosting keys portals; a member_id as it is.
        foreach (var (portal, token) in _options.ApplicationTokens)
        {
            _byPortal[PortalHost.Of(portal) ?? portal] = token;
        }
    }

    public async ValueTask<string?> ForAsync(B24EventAuth auth, CancellationToken cancellationToken)
    {
        if (PortalHost.Of(auth.Domain) is { } host && _byPortal.TryGetValue(host, out var byDomain))
        {
            return byDomain;
        }

        if (auth.MemberId is { } member && _byPortal.TryGetValue(member, out var byMember))
        {
            return byMember;
        }

        if (_options.ApplicationTokenResolver is { } resolver && await resolver(auth, cancellationToken).ConfigureAwait(false) is { Length: > 0 } resolved)
        {
            return resolved;
        }

        return string.IsNullOrEmpty(_options.ApplicationToken) ? null : _options.ApplicationToken;
    }
}
