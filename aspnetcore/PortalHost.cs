using B24Gen.Hosting;

namespace B24Gen.AspNetCore;

/// <summary>
/// A portal's domain as B24Gen.Hosting keys it (its <c>IB24TokenStore</c> entries of an <c>AddB24App</c> application,
/// and its clients by domain), by Hosting's own rule, so an installed portal's tokens are saved where
/// <c>ForPortalAsync</c> looks; null for a missing domain (an event's <c>auth</c> may lack one).
/// </summary>
internal static class PortalHost
{
    public static string? Of(string? domain) => string.IsNullOrWhiteSpace(domain) ? null : B24Portals.Host(domain);
}
