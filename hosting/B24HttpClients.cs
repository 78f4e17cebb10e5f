using Microsoft.Extensions.DependencyInjection;

namespace B24Gen.Hosting;

/// <summary>
/// The named <see cref="HttpClient"/>s B24Gen's clients use, each configured as the portal needs: no automatic
/// redirects (a moved portal answers 302, and the client re-posts the call to the new address itself; a followed
/// redirect would turn the POST into a GET), connections renewed every 5 minutes (the clients are long-lived, so DNS
/// changes are picked up by the pool, not by rotating handlers), no HttpClient timeout (the client applies its own
/// per request), and none of the factory's request logging (it would log the webhook code).
/// </summary>
internal static class B24HttpClients
{
    public const string AppName = "B24Gen.App";

    public static string For(string portal) => portal.Length == 0 ? "B24Gen" : "B24Gen:" + portal;

    public static IHttpClientBuilder Add(IServiceCollection services, string name) =>
        services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's own request logs write the URL's path, which holds the webhook code: the client logs each
            // call itself, without secrets.
            .RemoveAllLoggers()
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
