using B24Gen.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace B24Gen.AspNetCore;

/// <summary>
/// Which portals B24Gen.Hosting was given: the names <c>AddB24</c> added, and whether <c>AddB24App</c> was called.
/// Hosting keeps that list internal (its <see cref="IB24Portals"/> takes a name but does not list them), so it is read
/// here from the registrations <c>AddB24</c> makes: a <see cref="B24Api"/> for the unnamed portal, a keyed one per name,
/// and the options of an application. Read once, on first use, when the container is built and the list is final.
/// </summary>
internal sealed class PortalCatalog(IServiceCollection services)
{
    private readonly Lazy<(IReadOnlyList<string> Names, bool HasApp)> _found = new(() => Find(services));

    /// <summary>The names of the portals <c>AddB24</c> added; <see cref="string.Empty"/> for the unnamed one.</summary>
    public IReadOnlyList<string> PortalNames => _found.Value.Names;

    /// <summary>Whether an OAuth application serving many portals was added (<c>AddB24App</c>).</summary>
    public bool HasApp => _found.Value.HasApp;

    private static (IReadOnlyList<string>, bool) Find(IServiceCollection services)
    {
        var names = new List<string>();
        var hasApp = false;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(B24Api))
            {
                if (!descriptor.IsKeyedService)
                {
                    names.Add(string.Empty);
                }
                else if (descriptor.ServiceKey is string name)
                {
                    names.Add(name);
                }
            }
            else if (descriptor.ServiceType == typeof(IConfigureOptions<B24AppOptions>))
            {
                hasApp = true;
            }
        }

        return (names.Distinct(StringComparer.Ordinal).ToList(), hasApp);
    }
}
