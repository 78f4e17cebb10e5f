using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Events;

/// <summary>
/// The event methods (<c>event.*</c>, <c>events</c>; scope <c>basic</c>): registration and the rules they share,
/// from the rest module (<c>Bitrix\Rest\Api\Event</c>). They work only with an application's OAuth token, never
/// through a webhook (403 <c>WRONG_AUTH_TYPE</c>); the offline queue is for the administrator only (403
/// <c>ACCESS_DENIED</c>). Their argument errors are 400 <c>ERROR_ARGUMENT</c>.
/// </summary>
internal static class EventScope
{
    public static void Register(MethodRegistry registry)
    {
        EventBindMethods.Register(registry);
        EventOfflineMethods.Register(registry);
    }

    /// <summary>The portal's events; every context the pipeline makes has them.</summary>
    public static PortalEvents Events(MethodCallContext context) =>
        context.Events ?? throw new InvalidOperationException("The event methods need a running emulator.");

    /// <summary>403 <c>WRONG_AUTH_TYPE</c> unless the caller is the application (an OAuth token).</summary>
    public static void RequireApplication(MethodCallContext context)
    {
        if (context.AuthKind != AuthKind.OAuth)
        {
            throw new MethodErrorException(MethodResult.Error(403, "WRONG_AUTH_TYPE", "Current authorization type is denied for this method"));
        }
    }

    /// <summary>Whether the caller is the portal administrator (the emulator's user 1, see <c>CalendarSectionAccess</c>).</summary>
    public static bool IsAdministrator(MethodCallContext context) => Calendar.CalendarSectionAccess.IsAdministrator(context);

    /// <summary>403 <c>ACCESS_DENIED</c>: <c>Access denied!</c>, with the reason appended when there is one.</summary>
    public static MethodErrorException AccessDenied(string? reason = null) =>
        new(MethodResult.Error(403, "ACCESS_DENIED", reason is null ? "Access denied!" : "Access denied! " + reason));

    /// <summary>400 <c>ERROR_ARGUMENT</c> with the given text.</summary>
    public static MethodErrorException Argument(string description) => new(MethodResult.Error(400, "ERROR_ARGUMENT", description));

    /// <summary>400 <c>ERROR_ARGUMENT</c>: <c>Argument 'EVENT' is null or empty</c>.</summary>
    public static MethodErrorException ArgumentNull(string name) =>
        Argument(string.Create(CultureInfo.InvariantCulture, $"Argument '{name}' is null or empty"));

    /// <summary>The parameters with their names upper- or lower-cased (PHP's <c>array_change_key_case</c>: a later key wins).</summary>
    public static JsonObject ChangeKeyCase(JsonObject parameters, bool upper)
    {
        var result = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            result[upper ? key.ToUpperInvariant() : key.ToLowerInvariant()] = value?.DeepClone();
        }

        return result;
    }

    /// <summary>The call's <c>auth_connector</c> (the source key of an offline queue); empty for none.</summary>
    public static string Connector(MethodCallContext context) => context.Parameters.GetString("auth_connector") ?? "";
}
