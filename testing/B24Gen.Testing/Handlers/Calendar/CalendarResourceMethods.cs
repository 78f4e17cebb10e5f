using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// Resources (meeting rooms, equipment): <c>calendar.resource.add/update/list/delete</c>, backed by
/// <see cref="PortalState.CalendarResources"/> in the <c>calendar.resource.list</c> shape
/// (<c>{"ID": "198", "NAME": "...", "CREATED_BY": "1"}</c>). Only the portal administrator
/// (<see cref="CalendarSectionAccess.AdministratorId"/>) may modify resources; anyone may list them. A change raises
/// the section events, as a resource is a section on a real portal (<see cref="CalendarNotifications"/>).
/// </summary>
internal static class CalendarResourceMethods
{
    private const string AccessDenied = "Access denied";

    public static void Register(MethodRegistry registry)
    {
        registry.Register("calendar.resource.add", Add);
        registry.Register("calendar.resource.update", Update);
        registry.Register("calendar.resource.list", List);
        registry.Register("calendar.resource.delete", Delete);
    }

    /// <summary>
    /// <c>calendar.resource.add</c> (docs: api-reference/calendar/resource/calendar-resource-add.md): creates a
    /// resource named <c>name</c> and answers its ID as a number (<c>"result": 197</c>).
    /// </summary>
    private static MethodResult Add(MethodCallContext context)
    {
        var name = context.Parameters.GetString("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return CalendarScope.RequiredParameterMissing("name", context.Method);
        }

        if (!CalendarSectionAccess.IsAdministrator(context))
        {
            return CalendarScope.Error(AccessDenied);
        }

        var id = context.State.CalendarResources.Add(newId => new JsonObject
        {
            ["ID"] = CalendarSectionAccess.IdText(newId),
            ["NAME"] = name.Trim(),
            ["CREATED_BY"] = CalendarSectionAccess.IdText(context.UserId),
        });
        CalendarNotifications.SectionAdded(context, id);
        return MethodResult.Success(id);
    }

    /// <summary>
    /// <c>calendar.resource.update</c> (docs: api-reference/calendar/resource/calendar-resource-update.md): renames
    /// the resource and answers its ID as a number. The docs list no "not found" error; an unknown
    /// <c>resourceId</c> answers their catch-all <c>An error occurred while updating the resource</c>.
    /// </summary>
    private static MethodResult Update(MethodCallContext context)
    {
        var parameters = context.Parameters;
        if (string.IsNullOrEmpty(parameters.GetString("resourceId")))
        {
            return CalendarScope.RequiredParameterMissing("resourceId", context.Method);
        }

        var name = parameters.GetString("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            return CalendarScope.RequiredParameterMissing("name", context.Method);
        }

        if (!CalendarSectionAccess.IsAdministrator(context))
        {
            return CalendarScope.Error(AccessDenied);
        }

        var id = parameters.GetInt64("resourceId");
        if (!context.State.CalendarResources.Update(id, record => record["NAME"] = name.Trim()))
        {
            return CalendarScope.Error("An error occurred while updating the resource");
        }

        CalendarNotifications.SectionUpdated(context, id);
        return MethodResult.Success(id);
    }

    /// <summary>
    /// <c>calendar.resource.list</c> (docs: api-reference/calendar/resource/calendar-resource-list.md): no
    /// parameters; every resource in ID order, IDs as strings.
    /// </summary>
    private static MethodResult List(MethodCallContext context)
    {
        var result = new JsonArray();
        foreach (var resource in context.State.CalendarResources.List())
        {
            result.Add(resource);
        }

        return MethodResult.Success(result);
    }

    /// <summary>
    /// <c>calendar.resource.delete</c> (docs: api-reference/calendar/resource/calendar-resource-delete.md): deletes
    /// the resource and its bookings; answers <c>true</c>. An unknown <c>resourceId</c> answers the docs' catch-all
    /// <c>An error occurred while deleting the resource</c>.
    /// </summary>
    private static MethodResult Delete(MethodCallContext context)
    {
        var parameters = context.Parameters;
        if (string.IsNullOrEmpty(parameters.GetString("resourceId")))
        {
            return CalendarScope.RequiredParameterMissing("resourceId", context.Method);
        }

        if (!CalendarSectionAccess.IsAdministrator(context))
        {
            return CalendarScope.Error(AccessDenied);
        }

        var id = parameters.GetInt64("resourceId");
        if (!context.State.CalendarResources.Remove(id))
        {
            return CalendarScope.Error("An error occurred while deleting the resource");
        }

        // A booking is an event in the resource's section: it goes with the resource.
        var bookings = context.State.CalendarResourceBookings;
        foreach (var booking in bookings.List(record => ParameterReader.ToInt64(record["SECTION_ID"]) == id))
        {
            bookings.Remove(CalendarSectionAccess.RecordId(booking));
        }

        CalendarNotifications.SectionDeleted(context, id);
        return MethodResult.Success(true);
    }
}
