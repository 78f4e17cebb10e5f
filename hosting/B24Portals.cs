using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace B24Gen.Hosting;

/// <summary>Makes and keeps one client per portal; disposes them with the container.</summary>
internal sealed class B24Portals(
    IOptionsMonitor<B24PortalOptions> portals,
    IOptions<B24AppOptions> app,
    IOptions<B24Registrations> registrations,
    IHttpClientFactory httpClients,
    IB24TokenStore tokens,
    IServiceProvider services) : IB24Portals, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<B24Client>> _named = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, B24Client> _domains = new(StringComparer.OrdinalIgnoreCase);
    private ILoggerFactory? Loggers => services.GetService<ILoggerFactory>();
    private IMeterFactory? Meters => services.GetService<IMeterFactory>();

    /// <summary>The limits shared with other processes, when the app registered them (B24Gen.Redis's <c>Limits</c>).</summary>
    private IB24SharedLimits? SharedLimits => services.GetService<IB24SharedLimits>();

    public B24Api GetApi(string name) => new(GetClient(name));

    public B24Client GetClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!registrations.Value.Portals.Contains(name))
        {
            throw new InvalidOperationException(name.Length == 0
                ? "No default B24 portal was added: call services.AddB24(configuration.GetSection(\"B24\")) or services.AddB24(options => ...)."
                : $"No B24 portal named '{name}' was added: call services.AddB24(\"{name}\", ...). Added: {string.Join(", ", registrations.Value.Portals.Select(p => p.Length == 0 ? "(default)" : p))}.");
        }

        return _named.GetOrAdd(name, key => new Lazy<B24Client>(() => Create(key))).Value;
    }

    public async ValueTask<B24Api> ForPortalAsync(string domain, CancellationToken cancellationToken = default)
    {
        var host = Host(domain);
        if (_domains.TryGetValue(host, out var existing))
        {
            return new B24Api(existing);
        }

        if (!registrations.Value.HasApp)
        {
            throw new InvalidOperationException("No B24 OAuth application was added: call services.AddB24App(...) to call portals by domain.");
        }

        var saved = await tokens.GetAsync(host, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No tokens are saved for the portal {host}: save them with IB24TokenStore.SaveAsync when the application is installed there.");
        var portal = new B24PortalOptions
        {
            ClientEndpoint = saved.ClientEndpoint ?? $"https://{host}/rest/",
            AccessToken = saved.AccessToken,
            RefreshToken = saved.RefreshToken,
        };
        app.Value.CopyTo(portal);
        var client = NewClient(portal, B24HttpClients.AppName, host);
        var kept = _domains.GetOrAdd(host, client);
        if (!ReferenceEquals(kept, client))
        {
            client.Dispose();
        }

        return new B24Api(kept);
    }

    public void Dispose()
    {
        foreach (var client in _named.Values.Where(l => l.IsValueCreated))
        {
            client.Value.Dispose();
        }

        foreach (var client in _domains.Values)
        {
            client.Dispose();
        }
    }

    private B24Client Create(string name)
    {
        // A configured OAuth portal keeps its tokens in the token store under its name ("default" for the unnamed one):
        // the configured pair seeds it, and after a restart the store's newer pair wins (the configured refresh token
        // was spent by the first refresh).
        return NewClient(portals.Get(name), B24HttpClients.For(name), name.Length == 0 ? "default" : name);
    }

    /// <summary>A client of the portal on the named HTTP client, whose tokens live in the token store under <paramref name="storeKey"/>.</summary>
    private B24Client NewClient(B24PortalOptions portal, string httpClient, string storeKey) => new(
        httpClients.CreateClient(httpClient),
        B24PortalClientOptions.Create(portal, Loggers, Meters, tokens, storeKey) with { SharedLimits = SharedLimits });

    /// <summary>
    /// The portal's host in lower case, with its port when not the scheme's default (two on-premise portals may share
    /// a host): <c>https://Example.bitrix24.com/rest/</c> → <c>example.bitrix24.com</c>.
    /// </summary>
    internal static string Host(string domain)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(domain);
        var text = domain.Trim();
        var host = Uri.TryCreate(text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text, UriKind.Absolute, out var uri)
            ? (uri.IsDefaultPort ? uri.Host : uri.Authority)
            : text;
        return host.ToLowerInvariant();
    }
}
