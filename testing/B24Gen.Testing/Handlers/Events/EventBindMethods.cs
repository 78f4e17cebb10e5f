using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Events;

/// <summary>
/// <c>event.bind</c>, <c>event.unbind</c>, <c>event.get</c> and <c>events</c> (docs: api-reference/events/), backed
/// by <see cref="PortalEvents"/>. Parameter names are case-insensitive and event codes compare ignoring case (the
/// portal upper-cases both). Where the docs are silent the rules are the rest module's.
/// </summary>
internal static class EventBindMethods
{
    private const string Online = "online";
    private const string Offline = "offline";

    public static void Register(MethodRegistry registry)
    {
        registry.Register("event.bind", Bind);
        registry.Register("event.unbind", Unbind);
        registry.Register("event.get", Get);
        registry.Register("events", List);
    }

    /// <summary>
    /// <c>event.bind</c> (event-bind.md): <c>event</c>, <c>handler</c> (not for offline), <c>auth_type</c>,
    /// <c>event_type</c> <c>online|offline</c>, <c>auth_connector</c>, <c>options</c> (only <c>ONOFFLINEEVENT</c>'s
    /// <c>minTimeout</c>). An employee binds for themselves only and cannot bind offline events. Binding the same
    /// event, handler, user and connector again answers 400 <c>ERROR_CORE</c> "Unable to set event handler: Handler
    /// already binded", as real portals do. Answers <c>true</c>.
    /// </summary>
    private static MethodResult Bind(MethodCallContext context)
    {
        EventScope.RequireApplication(context);
        var events = EventScope.Events(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: true);
        var name = (query.GetString("EVENT") ?? "").Trim().ToUpperInvariant();
        var type = (query.GetString("EVENT_TYPE") ?? "").ToLowerInvariant();
        var user = query.GetInt64("AUTH_TYPE");
        var handler = query.GetString("HANDLER") ?? "";
        var administrator = EventScope.IsAdministrator(context);
        if (user > 0)
        {
            if (!administrator && user != context.UserId)
            {
                throw EventScope.AccessDenied("Event binding with AUTH_TYPE requires administrator access rights");
            }
        }
        else if (!administrator)
        {
            user = context.UserId;
        }

        if (name.Length == 0)
        {
            throw EventScope.ArgumentNull("EVENT");
        }

        var offline = ReadType(type);
        if (offline)
        {
            if (!administrator)
            {
                throw EventScope.AccessDenied("Offline events binding requires administrator access rights");
            }

            handler = "";
            user = 0;
        }
        else if (handler.Length == 0)
        {
            throw EventScope.ArgumentNull("HANDLER");
        }
        else
        {
            CheckHandler(handler);
        }

        var definition = events.Catalog.Find(name)
            ?? throw new MethodErrorException(MethodResult.Error(400, "ERROR_EVENT_NOT_FOUND", "Event not found"));
        if (offline && !definition.OfflineAllowed)
        {
            throw EventScope.Argument("Offline event cannot be registered for this event.");
        }

        int? minTimeout = definition.Code == EventCatalog.OfflineEvent && query.GetObject("OPTIONS")?["minTimeout"] is { } timeout
            ? (int)ParameterReader.ToInt64(timeout)
            : null;
        _ = events.BindingStore.Add(definition.Code, handler, user, offline, EventScope.Connector(context), minTimeout)
            ?? throw new MethodErrorException(MethodResult.Error(400, "ERROR_CORE", "Unable to set event handler: Handler already binded"));
        return MethodResult.Success(true);
    }

    /// <summary>
    /// <c>event.unbind</c> (event-unbind.md): removes the bindings of <c>event</c> and <c>handler</c> (for offline:
    /// of the call's <c>auth_connector</c>). With <c>auth_type</c> only that user's bindings go (<c>0</c> or empty:
    /// the ones made without a user); without it, all of them (an employee's own only). Answers <c>{"count": n}</c>.
    /// </summary>
    private static MethodResult Unbind(MethodCallContext context)
    {
        EventScope.RequireApplication(context);
        var events = EventScope.Events(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: true);
        var name = (query.GetString("EVENT") ?? "").Trim().ToUpperInvariant();
        var type = (query.GetString("EVENT_TYPE") ?? "").ToLowerInvariant();
        var handler = query.GetString("HANDLER") ?? "";
        var administrator = EventScope.IsAdministrator(context);
        if (name.Length == 0)
        {
            throw EventScope.ArgumentNull("EVENT");
        }

        var offline = ReadType(type);
        if (offline)
        {
            if (!administrator)
            {
                throw EventScope.AccessDenied("Offline events unbinding requires administrator access rights");
            }

            handler = "";
        }
        else if (handler.Length == 0)
        {
            throw EventScope.ArgumentNull("HANDLER");
        }

        Func<EventBinding, bool> match = binding => binding.Code == name && binding.HandlerUrl == handler;
        if (offline)
        {
            var connector = EventScope.Connector(context);
            var named = match;
            match = binding => named(binding) && binding.ConnectorId == connector;
        }
        else if (query.IsSet("AUTH_TYPE") || !administrator)
        {
            var user = query.IsSet("AUTH_TYPE") ? query.GetInt64("AUTH_TYPE") : context.UserId;
            if (!administrator && user != context.UserId)
            {
                throw EventScope.AccessDenied("Event unbinding with AUTH_TYPE requires administrator access rights");
            }

            var named = match;
            match = binding => named(binding) && binding.UserId == user;
        }

        return MethodResult.Success(new JsonObject { ["count"] = events.BindingStore.RemoveAll(match) });
    }

    /// <summary>
    /// <c>event.get</c> (event-get.md): the bindings in ID order, an online one as
    /// <c>{"event", "handler", "auth_type": "0", "offline": 0}</c> and an offline one as
    /// <c>{"event", "connector_id", "offline": 1}</c>. An employee sees only their own.
    /// </summary>
    private static MethodResult Get(MethodCallContext context)
    {
        EventScope.RequireApplication(context);
        var administrator = EventScope.IsAdministrator(context);
        var result = new JsonArray();
        foreach (var binding in EventScope.Events(context).Bindings.Where(binding => administrator || binding.UserId == context.UserId))
        {
            result.Add(binding.Offline
                ? new JsonObject { ["event"] = binding.Code, ["connector_id"] = binding.ConnectorId, ["offline"] = 1 }
                : new JsonObject
                {
                    ["event"] = binding.Code,
                    ["handler"] = binding.HandlerUrl,
                    ["auth_type"] = binding.UserId.ToString(CultureInfo.InvariantCulture),
                    ["offline"] = 0,
                });
        }

        return MethodResult.Success(result);
    }

    /// <summary>
    /// <c>events</c> (events.md): the codes the portal knows. <c>SCOPE</c> lists one scope's events (an empty one:
    /// only the portal-wide ones, as the rest module does); otherwise, with or without <c>FULL</c>, all of them (the
    /// emulator's application has every scope).
    /// </summary>
    private static MethodResult List(MethodCallContext context)
    {
        EventScope.RequireApplication(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: true);
        var definitions = EventScope.Events(context).Catalog.All.AsEnumerable();
        if (query.IsSet("SCOPE"))
        {
            var scope = query.GetString("SCOPE") ?? "";
            definitions = definitions.Where(definition => scope.Length == 0 ? definition.Scope is null : definition.Scope == scope);
        }

        return MethodResult.Success(new JsonArray([.. definitions.Select(definition => (JsonNode)definition.Code)]));
    }

    /// <summary><c>event_type</c>: empty is online; anything but <c>online</c>/<c>offline</c> is refused.</summary>
    private static bool ReadType(string type) => type switch
    {
        "" or Online => false,
        Offline => true,
        _ => throw EventScope.Argument("Value must be one of {online|offline}"),
    };

    /// <summary>
    /// The rest module's handler check: an absolute URL whose host has a dot after its first character
    /// (<c>127.0.0.1</c> passes, <c>localhost</c> does not), over <c>http</c> or <c>https</c>.
    /// </summary>
    private static void CheckHandler(string handler)
    {
        if (!Uri.TryCreate(handler, UriKind.Absolute, out var uri) || uri.Host.IndexOf('.', StringComparison.Ordinal) <= 0)
        {
            throw new MethodErrorException(MethodResult.Error(400, "ERROR_WRONG_HANDLER_URL", "Wrong handler URL"));
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new MethodErrorException(MethodResult.Error(400, "ERROR_UNSUPPORTED_PROTOCOL", "Unsupported handler protocol"));
        }
    }
}
