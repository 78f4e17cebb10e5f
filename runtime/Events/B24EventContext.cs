using System;

namespace B24Gen;

/// <summary>
/// What a handler gets beside its event: the API of the portal that raised it (so a handler can call back:
/// <c>context.Api.Calendar.Event.GetByIdAsync(new() { Id = e.Data.Id })</c>) and, under ASP.NET Core, the request's
/// services.
/// </summary>
public sealed class B24EventContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="api">The calling portal's API.</param>
    /// <param name="services">The services of the request or the processing scope, if any.</param>
    public B24EventContext(B24Api api, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        Api = api;
        Services = services;
    }

    /// <summary>The API of the portal that raised the event.</summary>
    public B24Api Api { get; }

    /// <summary>The services of the request (an endpoint) or of the processing scope; null without dependency injection.</summary>
    public IServiceProvider? Services { get; }
}
