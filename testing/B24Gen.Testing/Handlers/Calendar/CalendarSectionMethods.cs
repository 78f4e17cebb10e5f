using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// Calendar sections (calendars): <c>calendar.section.get/add/update/delete</c>, backed by
/// <see cref="PortalState.CalendarSections"/>. Records are stored in the <c>calendar.section.get</c> shape, so
/// whatever <c>add</c>/<c>update</c> write is what <c>get</c> lists. Who may change what:
/// <see cref="CalendarSectionAccess"/>. Each successful change raises its portal event (<see cref="CalendarNotifications"/>).
/// </summary>
internal static class CalendarSectionMethods
{
    private const string InvalidName = "Invalid value for the \"name\" parameter";
    private const string InvalidDescription = "Invalid value for the \"description\" parameter";

    /// <summary>A new calendar's color when the caller gives none (the portal's default calendar color).</summary>
    private const string DefaultColor = "#9dcf00";

    public static void Register(MethodRegistry registry)
    {
        registry.Register("calendar.section.get", Get);
        registry.Register("calendar.section.add", Add);
        registry.Register("calendar.section.update", Update);
        registry.Register("calendar.section.delete", Delete);
    }

    /// <summary>
    /// <c>calendar.section.get</c> (docs: api-reference/calendar/calendar-section-get.md): the sections of one
    /// type and owner. <c>ownerId</c> may be omitted for <c>type=user</c> (the calling user is used).
    /// </summary>
    private static MethodResult Get(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var type = parameters.GetString("type");
        if (string.IsNullOrEmpty(type))
        {
            return CalendarScope.RequiredParameterMissing("type", context.Method);
        }

        long ownerId;
        if (!string.IsNullOrEmpty(parameters.GetString("ownerId")))
        {
            ownerId = parameters.GetInt64("ownerId");
        }
        else if (type == "user")
        {
            ownerId = context.UserId;
        }
        else
        {
            return CalendarScope.RequiredParameterMissing("ownerId", context.Method);
        }

        var owner = ownerId.ToString(CultureInfo.InvariantCulture);
        var sections = context.State.CalendarSections.List(section =>
            section["CAL_TYPE"]?.GetValue<string>() == type && section["OWNER_ID"]?.GetValue<string>() == owner);

        var result = new JsonArray();
        foreach (var section in sections)
        {
            result.Add(section);
        }

        return MethodResult.Success(result);
    }

    /// <summary>
    /// <c>calendar.section.add</c> (docs: api-reference/calendar/calendar-section-add.md): creates a calendar and
    /// answers its ID as a number (<c>"result": 190</c>), while <c>get</c> lists it with <c>"ID": "190"</c>. The
    /// stored record has the <c>get</c> shape: <c>EXPORT</c> keeps only <c>ALLOW</c>, <c>ACCESS</c> starts as
    /// the empty map (<c>[]</c>), dates are <c>2024-12-10 06:36:00</c>.
    /// </summary>
    private static MethodResult Add(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var type = parameters.GetString("type");
        if (string.IsNullOrEmpty(type))
        {
            return RequiredWithPeriod("type", context.Method);
        }

        if (ResolveOwner(context, type) is not { } ownerId)
        {
            return RequiredWithPeriod("ownerId", context.Method);
        }

        if (!CalendarSectionAccess.TryGetText(parameters, "name", out var name) || string.IsNullOrWhiteSpace(name))
        {
            return CalendarScope.Error(InvalidName);
        }

        if (!CalendarSectionAccess.TryGetText(parameters, "description", out var description))
        {
            return CalendarScope.Error(InvalidDescription);
        }

        if (!CalendarSectionAccess.MayManage(context, type, ownerId))
        {
            return CalendarScope.Error("Access denied");
        }

        var now = CalendarSectionAccess.SectionDate(context.Now);
        var allowExport = ExportAllow(parameters) ?? true;
        var id = context.State.CalendarSections.Add(newId => new JsonObject
        {
            ["ID"] = CalendarSectionAccess.IdText(newId),
            ["NAME"] = name.Trim(),
            ["GAPI_CALENDAR_ID"] = null,
            ["DESCRIPTION"] = description ?? "",
            ["COLOR"] = parameters.GetString("color") is { Length: > 0 } color ? color : DefaultColor,
            ["TEXT_COLOR"] = parameters.GetString("text_color") ?? "",
            ["EXPORT"] = new JsonObject { ["ALLOW"] = allowExport },
            ["CAL_TYPE"] = type,
            ["OWNER_ID"] = CalendarSectionAccess.IdText(ownerId),
            ["CREATED_BY"] = CalendarSectionAccess.IdText(context.UserId),
            ["DATE_CREATE"] = now,
            ["TIMESTAMP_X"] = now,
            ["CAL_DAV_CON"] = null,
            ["SYNC_TOKEN"] = null,
            ["PAGE_TOKEN"] = null,
            ["EXTERNAL_TYPE"] = "local",
            ["ACCESS"] = new JsonArray(),
            ["IS_COLLAB"] = false,
            ["PERM"] = new JsonObject
            {
                ["view_time"] = true,
                ["view_title"] = true,
                ["view_full"] = true,
                ["add"] = true,
                ["edit"] = true,
                ["edit_section"] = true,
                ["access"] = true,
            },
        });

        CalendarNotifications.SectionAdded(context, id);
        return MethodResult.Success(id);
    }

    /// <summary>
    /// <c>calendar.section.update</c> (docs: api-reference/calendar/calendar-section-update.md): changes the given
    /// fields and <c>TIMESTAMP_X</c>; answers the section's ID as a number (the docs' example answers 190 to a request
    /// for 325, copied from <c>add</c>; the emulator answers the real ID). <c>export</c> is read both as the
    /// documented object and as the docs' example sends it, an array holding one object
    /// (<c>"export":[{"ALLOW":false}]</c>). A missing section answers <c>Access denied</c>, as documented.
    /// </summary>
    private static MethodResult Update(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var type = parameters.GetString("type");
        if (string.IsNullOrEmpty(type))
        {
            return CalendarScope.RequiredParameterMissing("type", context.Method);
        }

        if (ResolveOwner(context, type) is null)
        {
            return CalendarScope.RequiredParameterMissing("ownerId", context.Method);
        }

        if (parameters.IsEmpty("id"))
        {
            return CalendarScope.Error("Section ID is not set");
        }

        if (!CalendarSectionAccess.TryGetText(parameters, "name", out var name) || (name is not null && name.Trim().Length == 0))
        {
            return CalendarScope.Error(InvalidName);
        }

        if (!CalendarSectionAccess.TryGetText(parameters, "description", out var description))
        {
            return CalendarScope.Error(InvalidDescription);
        }

        var id = parameters.GetInt64("id");
        if (context.State.CalendarSections.Get(id) is not { } section || !CalendarSectionAccess.MayEdit(context, section))
        {
            return CalendarScope.Error("Access denied");
        }

        var color = parameters.GetString("color");
        var textColor = parameters.GetString("text_color");
        var allowExport = ExportAllow(parameters);
        var now = CalendarSectionAccess.SectionDate(context.Now);
        var updated = context.State.CalendarSections.Update(id, record =>
        {
            if (name is not null)
            {
                record["NAME"] = name.Trim();
            }

            if (description is not null)
            {
                record["DESCRIPTION"] = description;
            }

            if (!string.IsNullOrEmpty(color))
            {
                record["COLOR"] = color;
            }

            if (textColor is not null)
            {
                record["TEXT_COLOR"] = textColor;
            }

            if (allowExport is { } allow)
            {
                record["EXPORT"] = new JsonObject { ["ALLOW"] = allow };
            }

            record["TIMESTAMP_X"] = now;
        });

        // Deleted between the check and the update by a concurrent call: as if it never existed.
        if (!updated)
        {
            return CalendarScope.Error("Access denied");
        }

        CalendarNotifications.SectionUpdated(context, id);
        return MethodResult.Success(id);
    }

    /// <summary>
    /// <c>calendar.section.delete</c> (docs: api-reference/calendar/calendar-section-delete.md): deletes the section
    /// and the events in it; answers <c>true</c>. Its error texts end with a period, unlike <c>update</c>'s. A
    /// missing section answers <c>Access denied.</c>, as documented.
    /// </summary>
    private static MethodResult Delete(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var type = parameters.GetString("type");
        if (string.IsNullOrEmpty(type))
        {
            return RequiredWithPeriod("type", context.Method);
        }

        if (ResolveOwner(context, type) is null)
        {
            return RequiredWithPeriod("ownerId", context.Method);
        }

        if (parameters.IsEmpty("id"))
        {
            return CalendarScope.Error("Section ID is not set.");
        }

        var id = parameters.GetInt64("id");
        if (context.State.CalendarSections.Get(id) is not { } section
            || !CalendarSectionAccess.MayEdit(context, section)
            || !context.State.CalendarSections.Remove(id))
        {
            return CalendarScope.Error("Access denied.");
        }

        // The portal deletes a calendar's events with it.
        foreach (var calendarEvent in context.State.CalendarEvents.List(record => ParameterReader.ToInt64(record["SECTION_ID"]) == id))
        {
            context.State.CalendarEvents.Remove(CalendarSectionAccess.RecordId(calendarEvent));
        }

        CalendarNotifications.SectionDeleted(context, id);
        return MethodResult.Success(true);
    }

    /// <summary>
    /// The owner: <c>ownerId</c> when given, else the calling user for <c>type=user</c>; <see langword="null"/>
    /// when it is missing for another type (the documented "ownerId is not set" case).
    /// </summary>
    private static long? ResolveOwner(MethodCallContext context, string type)
    {
        if (!string.IsNullOrEmpty(context.Parameters.GetString("ownerId")))
        {
            return context.Parameters.GetInt64("ownerId");
        }

        return type == "user" ? context.UserId : null;
    }

    /// <summary><c>export.ALLOW</c> from the object, or from the first item of an array of objects; null when not given.</summary>
    private static bool? ExportAllow(JsonObject parameters)
    {
        var export = parameters.GetObject("export") ?? parameters.GetArray("export") switch
        {
            [JsonObject first, ..] => first,
            _ => null,
        };
        return export is null ? null : CalendarSectionAccess.ToBoolean(export["ALLOW"]);
    }

    /// <summary>The add/delete spelling of the required-parameter error: the same text with a final period.</summary>
    private static MethodResult RequiredWithPeriod(string parameter, string method) =>
        CalendarScope.Error(string.Create(CultureInfo.InvariantCulture, $"The required parameter \"{parameter}\" for the method \"{method}\" is not set."));
}
