using B24Gen;
using B24Gen.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the DI namespace, as the framework's own Add* methods and B24Gen.Hosting's AddB24 are: found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the handling of Bitrix24 events: <c>services.AddB24Events(o => o.ApplicationToken = ...).On&lt;T&gt;(...)</c>, then <c>app.MapB24Events("/b24/events")</c>.</summary>
public static class B24EventsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the events endpoint's services and options, checked when the host starts (a token source is required).
    /// The portals come from B24Gen.Hosting: call <c>AddB24</c> or <c>AddB24App</c> too. Called again, it adds to the
    /// same handlers and options.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options: the application token(s), the body limit, the portal.</param>
    /// <returns>The builder to add handlers to.</returns>
    public static B24EventsBuilder AddB24Events(this IServiceCollection services, Action<B24EventOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<B24EventOptions>().Configure(configure).ValidateOnStart();
        if (Existing<B24EventHandlers>(services) is { } handlers && Existing<EventBindingTargets>(services) is { } targets)
        {
            return new B24EventsBuilder(services, handlers, targets);
        }

        handlers = new B24EventHandlers();
        targets = new EventBindingTargets();
        services.AddSingleton(handlers);
        services.AddSingleton(targets);
        services.AddSingleton(new PortalCatalog(services));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ExpectedApplicationToken>();
        services.TryAddSingleton<EventPortals>();
        services.TryAddSingleton<EventsMetrics>();
        services.TryAddSingleton<B24EventEndpoint>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<B24EventOptions>, B24EventOptionsValidator>());
        return new B24EventsBuilder(services, handlers, targets);
    }

    private static T? Existing<T>(IServiceCollection services)
        where T : class =>
        services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)?.ImplementationInstance as T;
}
