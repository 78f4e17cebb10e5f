using B24Gen;
using B24Gen.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the DI namespace, as the framework's own Add* methods are: found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers B24Gen's clients: <c>services.AddB24(builder.Configuration.GetSection("B24"))</c>, then inject
/// <see cref="B24Api"/> (or <see cref="B24Client"/>). Each method returns the portal's <see cref="IHttpClientBuilder"/>
/// for handlers of your own (<c>.AddHttpMessageHandler&lt;T&gt;()</c>).
/// </summary>
public static class B24ServiceCollectionExtensions
{
    /// <summary>Adds the portal configuration describes (<c>WebhookUrl</c>, or <c>ClientEndpoint</c> and tokens; <c>RateLimit</c>...).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("B24")</c>.</param>
    /// <returns>The portal's HTTP client builder.</returns>
    public static IHttpClientBuilder AddB24(this IServiceCollection services, IConfiguration configuration) =>
        services.AddB24(Options.Options.DefaultName, configuration);

    /// <summary>Adds the portal the delegate describes.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the portal's options.</param>
    /// <returns>The portal's HTTP client builder.</returns>
    public static IHttpClientBuilder AddB24(this IServiceCollection services, Action<B24PortalOptions> configure) =>
        services.AddB24(Options.Options.DefaultName, configure);

    /// <summary>
    /// Adds a named portal, for an app that talks to several: inject <c>[FromKeyedServices("shop")] B24Api</c>, or
    /// call <see cref="IB24Portals.GetApi"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The portal's name.</param>
    /// <param name="configuration">Its section, e.g. <c>configuration.GetSection("B24:Shop")</c>.</param>
    /// <returns>The portal's HTTP client builder.</returns>
    public static IHttpClientBuilder AddB24(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddB24(name, options => B24PortalOptionsBinder.Bind(configuration, options));
    }

    /// <summary>Adds a named portal the delegate describes.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The portal's name.</param>
    /// <param name="configure">Sets the portal's options.</param>
    /// <returns>The portal's HTTP client builder.</returns>
    public static IHttpClientBuilder AddB24(this IServiceCollection services, string name, Action<B24PortalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        AddShared(services);
        services.Configure<B24Registrations>(r => r.Portals.Add(name));
        services.AddOptions<B24PortalOptions>(name).Configure(configure).ValidateOnStart();
        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<B24Portals>().GetClient(string.Empty));
            services.TryAddSingleton(sp => new B24Api(sp.GetRequiredService<B24Client>()));
        }
        else
        {
            services.AddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<B24Portals>().GetClient(name));
            services.AddKeyedSingleton(name, (sp, _) => new B24Api(sp.GetRequiredKeyedService<B24Client>(name)));
        }

        return B24HttpClients.Add(services, B24HttpClients.For(name));
    }

    /// <summary>
    /// Adds an OAuth application that serves many portals (<c>ClientId</c>, <c>ClientSecret</c>): call
    /// <see cref="IB24Portals.ForPortalAsync"/> with a portal's domain. Its tokens come from <see cref="IB24TokenStore"/>
    /// (in memory unless you register your own), where refreshed tokens are saved too.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The application's section.</param>
    /// <returns>The HTTP client builder all portals of the application share.</returns>
    public static IHttpClientBuilder AddB24App(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddB24App(options => B24PortalOptionsBinder.Bind(configuration, options));
    }

    /// <summary>Adds an OAuth application that serves many portals, described by the delegate.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the application's options.</param>
    /// <returns>The HTTP client builder all portals of the application share.</returns>
    public static IHttpClientBuilder AddB24App(this IServiceCollection services, Action<B24AppOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddShared(services);
        services.Configure<B24Registrations>(r => r.HasApp = true);
        services.AddOptions<B24AppOptions>().Configure(configure).ValidateOnStart();
        return B24HttpClients.Add(services, B24HttpClients.AppName);
    }

    private static void AddShared(IServiceCollection services)
    {
        services.TryAddSingleton<IB24TokenStore, InMemoryB24TokenStore>();
        services.TryAddSingleton<B24Portals>();
        services.TryAddSingleton<IB24Portals>(sp => sp.GetRequiredService<B24Portals>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<B24PortalOptions>, B24PortalOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<B24AppOptions>, B24AppOptionsValidator>());
    }
}
