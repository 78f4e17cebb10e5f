namespace B24Gen.AspNetCore;

/// <summary>
/// A portal's domain as B24Gen.Hosting keys it (its <c>IB24TokenStore</c> entries of an <c>AddB24App</c> application,
/// and its clients by domain): the host in lower case, with the port when not the scheme's default
/// (<c>https://Example.bitrix24.com/rest/</c> → <c>example.bitrix24.com</c>). The same rule as Hosting's own, which is
/// internal there; both must agree or an installed portal's tokens would be saved where <c>ForPortalAsync</c> does not look.
/// </summary>
internal static class PortalHost
{
    public static string? Of(string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
        {
            return null;
        }

        var text = domain.Trim();
        var host = Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text, UriKind.Absolute, out var uri)
            ? (uri.IsDefaultPort ? uri.Host : uri.Authority)
            : text;
        return host.ToLowerInvariant();
    }
}
