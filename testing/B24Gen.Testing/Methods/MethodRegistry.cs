using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace B24Gen.Testing;

/// <summary>
/// The REST methods a portal answers, keyed by name (case-insensitive, a <c>.json</c> suffix is ignored).
/// Thread-safe; handlers can be added or replaced while the emulator runs.
/// </summary>
public sealed class MethodRegistry
{
    private readonly ConcurrentDictionary<string, MethodHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered method names, sorted, lower-cased.</summary>
    public IReadOnlyList<string> Names => _handlers.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Registers <paramref name="handler"/> for <paramref name="method"/>, replacing any earlier one.</summary>
    /// <param name="method">The REST method name, e.g. <c>calendar.section.get</c>.</param>
    /// <param name="handler">The handler.</param>
    /// <returns>This registry, for chaining.</returns>
    public MethodRegistry Register(string method, MethodHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(handler);
        _handlers[RestRouter.NormalizeMethodName(method)] = handler;
        return this;
    }

    /// <summary>Removes a method, so calls to it answer <c>ERROR_METHOD_NOT_FOUND</c>.</summary>
    /// <param name="method">The REST method name.</param>
    /// <returns>Whether the method was registered.</returns>
    public bool Remove(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return _handlers.TryRemove(RestRouter.NormalizeMethodName(method), out _);
    }

    /// <summary>Whether a method is registered.</summary>
    /// <param name="method">The REST method name.</param>
    /// <returns><see langword="true"/> when a handler exists.</returns>
    public bool Contains(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return _handlers.ContainsKey(RestRouter.NormalizeMethodName(method));
    }

    /// <summary>Looks up the handler for a method.</summary>
    /// <param name="method">The REST method name.</param>
    /// <param name="handler">The handler, when found.</param>
    /// <returns>Whether a handler exists.</returns>
    public bool TryGet(string method, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MethodHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(method);
        return _handlers.TryGetValue(RestRouter.NormalizeMethodName(method), out handler);
    }

    /// <summary>A registry with every built-in method of the emulator.</summary>
    /// <returns>A new registry.</returns>
    public static MethodRegistry CreateDefault()
    {
        var registry = new MethodRegistry();
        Handlers.Calendar.CalendarScope.Register(registry);
        Handlers.Crm.CrmScope.Register(registry);
        Handlers.Events.EventScope.Register(registry);
        DocsExampleMethods.Register(registry); // after the stateful handlers, which win
        return registry;
    }
}
