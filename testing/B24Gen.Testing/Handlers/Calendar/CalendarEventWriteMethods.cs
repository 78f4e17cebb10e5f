using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// <c>calendar.event.add</c>, <c>calendar.event.update</c> and <c>calendar.event.delete</c>, backed by
/// <see cref="PortalState.CalendarEvents"/>. Validation follows the docs' error tables, in the order the portal
/// checks (the portal's REST service: required parameters, then types, then the section, then the event).
/// Each successful change raises its portal event (<see cref="CalendarNotifications"/>).
/// </summary>
internal static class CalendarEventWriteMethods
{
    private static readonly string[] RecurrenceModes = ["this", "next", "all"];

    public static void Register(MethodRegistry registry)
    {
        registry.Register(CalendarEventErrors.Add, Add);
        registry.Register(CalendarEventErrors.Update, Update);
        registry.Register(CalendarEventErrors.Delete, Delete);
    }

    /// <summary>
    /// <c>calendar.event.add</c> (docs: calendar-event/calendar-event-add.md): a new event in the calendar of
    /// <c>type</c>/<c>ownerId</c>, organized by the caller. <c>from</c>/<c>to</c> may be replaced by
    /// <c>from_ts</c>/<c>to_ts</c>; <c>ownerId</c> may be <c>""</c> or <c>0</c> (company calendar) but must be sent;
    /// without <c>section</c> the owner's first calendar is used. Answers the new ID as a number.
    /// </summary>
    private static MethodResult Add(MethodCallContext context)
    {
        var parameters = context.Parameters;
        const string method = CalendarEventErrors.Add;
        if (parameters.IsEmpty("from") && !(parameters.IsSet("from_ts") && !parameters.IsSet("from")))
        {
            throw CalendarEventErrors.Required("from", method);
        }

        if (parameters.IsEmpty("to") && !(parameters.IsSet("to_ts") && !parameters.IsSet("to")))
        {
            throw CalendarEventErrors.Required("to", method);
        }

        if (parameters.IsEmpty("name"))
        {
            throw CalendarEventErrors.Required("name", method);
        }

        if (!parameters.IsSet("ownerId"))
        {
            throw CalendarEventErrors.Required("ownerId", method);
        }

        if (parameters.IsEmpty("type"))
        {
            throw CalendarEventErrors.Required("type", method);
        }

        // Not in the docs' table: the portal asks for "section" when auto_detect_section is sent and is not "Y".
        if (parameters.IsSet("auto_detect_section") && parameters.GetString("auto_detect_section") != "Y" && parameters.IsEmpty("section"))
        {
            throw CalendarEventErrors.Required("section", method);
        }

        CheckTypes(parameters, CalendarEventErrors.AddInvalidName, CalendarEventErrors.AddInvalidDescription, CalendarEventErrors.AddCrmNotArray, nameRequired: true);

        var type = parameters.GetString("type")!;
        var ownerId = parameters.GetInt64("ownerId");
        var section = CalendarEventRecords.FindSection(context.State, type, ownerId, parameters.IsEmpty("section") ? null : parameters.GetInt64("section"))
            ?? throw CalendarEventErrors.Fail(CalendarEventErrors.AddInvalidSection);
        if (!CalendarEventRecords.CanEdit(section))
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.AddAccessDenied);
        }

        var zone = CalendarEventRecords.UserZone(context.State);
        var defaults = new CalendarEventTiming(false, default, default, zone, zone);
        var timing = CalendarEventTiming.Apply(defaults, parameters) ?? throw CalendarEventErrors.Fail(CalendarEventErrors.AddFailed);

        var record = CalendarEventRecords.NewRecord(context, type, ownerId, ParameterReader.ToInt64(section["ID"]));
        timing.WriteTo(record, CalendarEventRecords.NewStyle(context));
        CalendarEventRecords.ApplyFields(record, parameters, isUpdate: false);
        if (parameters.GetString("is_meeting") == "Y")
        {
            // Without attendees, the caller is the only participant (docs).
            var attendees = parameters.GetArray("attendees") is { } list ? CalendarEventRecords.UserIds(list) : [context.UserId];
            CalendarEventRecords.SetAttendees(record, context.UserId, attendees, isMeeting: true, parameters.GetObject("meeting"));
        }

        CalendarEventRecords.SetRecurrence(record, CalendarEventRecurrence.FromInput(parameters["rrule"]));
        var id = context.State.CalendarEvents.Add(newId => CalendarEventRecords.WithId(record, newId));
        CalendarNotifications.EntryAdded(context, id);
        return MethodResult.Success(JsonValue.Create(id));
    }

    /// <summary>
    /// <c>calendar.event.update</c> (docs: calendar-event/calendar-event-update.md): changes only what is sent.
    /// <c>is_meeting</c> = <c>Y</c> without <c>attendees</c> clears the participants (only the organizer stays);
    /// without <c>is_meeting</c>, <c>attendees</c> and <c>meeting</c> are ignored and the participants kept. Someone
    /// other than the organizer must pass the organizer's ID as <c>host</c>; a <c>host</c> that is not the organizer
    /// is refused. Answers the ID as a number; with <c>recurrence_mode</c> <c>this</c>/<c>next</c> on a recurring
    /// event, the series is split and the answer is an object (<c>originalDate</c>, <c>originalDavXmlId</c>,
    /// <c>instanceTz</c>, <c>recEventId</c> = the new event, <c>id</c> = the original).
    /// </summary>
    private static MethodResult Update(MethodCallContext context)
    {
        var parameters = context.Parameters;
        const string method = CalendarEventErrors.Update;
        if (parameters.IsEmpty("id"))
        {
            throw CalendarEventErrors.Required("id", method, period: true);
        }

        if (!parameters.IsSet("ownerId"))
        {
            throw CalendarEventErrors.Required("ownerId", method, period: true);
        }

        if (parameters.IsEmpty("type"))
        {
            throw CalendarEventErrors.Required("type", method, period: true);
        }

        CheckTypes(parameters, CalendarEventErrors.UpdateInvalidName, CalendarEventErrors.UpdateInvalidDescription, CalendarEventErrors.UpdateCrmNotArray, nameRequired: false);
        var mode = parameters.GetString("recurrence_mode");
        if (parameters.IsSet("recurrence_mode") && !RecurrenceModes.Contains(mode))
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateInvalidRecurrenceMode);
        }

        long? sectionId = null;
        if (!parameters.IsEmpty("section"))
        {
            var section = CalendarEventRecords.FindSection(context.State, parameters.GetString("type")!, parameters.GetInt64("ownerId"), parameters.GetInt64("section"))
                ?? throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateInvalidSection);
            if (!CalendarEventRecords.CanEdit(section))
            {
                throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateAccessDenied);
            }

            sectionId = ParameterReader.ToInt64(section["ID"]);
        }

        var id = parameters.GetInt64("id");
        var original = context.State.CalendarEvents.Get(id) ?? throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateFailed);

        // The organizer can never be changed; anyone else must name the current organizer (docs, "host").
        var host = CalendarEventRecords.Number(original, "MEETING_HOST");
        var sentHost = parameters.IsSet("host") ? parameters.GetInt64("host") : (long?)null;
        if ((sentHost is { } given && given != host)
            || (CalendarEventRecords.IsTrue(original["IS_MEETING"]) && context.UserId != host && sentHost is null))
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateAccessDenied);
        }

        var zone = CalendarEventRecords.UserZone(context.State);
        var rule = CalendarEventRecurrence.FromRecord(original);
        if (rule is not null && mode is "this" or "next")
        {
            if (!CalendarEventDates.TryParseDate(parameters.GetString("current_date_from"), out var occurrenceDate))
            {
                throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateFailed);
            }

            return Split(context, original, rule, mode, occurrenceDate, sectionId, zone);
        }

        var changed = Change(context, original, sectionId, zone) ?? throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateFailed);
        context.State.CalendarEvents.Put(id, changed);
        CalendarNotifications.EntryUpdated(context, id);
        return MethodResult.Success(JsonValue.Create(id));
    }

    /// <summary>
    /// <c>calendar.event.delete</c> (docs: calendar-event/calendar-event-delete.md): deletes an event the caller
    /// organized, created or owns (or any event of a group or company calendar). Answers <c>true</c>.
    /// </summary>
    private static MethodResult Delete(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var id = parameters.GetInt64("id");
        if (id <= 0)
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.DeleteIdMissing);
        }

        var record = context.State.CalendarEvents.Get(id);
        if (record is null || !MayDelete(record, context.UserId) || !context.State.CalendarEvents.Remove(id))
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.DeleteFailed);
        }

        CalendarNotifications.EntryDeleted(context, id);
        return MethodResult.Success(JsonValue.Create(true));
    }

    private static bool MayDelete(JsonObject record, long userId) =>
        CalendarEventRecords.Text(record, "CAL_TYPE") != "user"
        || CalendarEventRecords.Number(record, "OWNER_ID") == userId
        || CalendarEventRecords.Number(record, "CREATED_BY") == userId
        || CalendarEventRecords.Number(record, "MEETING_HOST") == userId;

    /// <summary>The event with the sent changes applied; <see langword="null"/> when the dates cannot be used.</summary>
    private static JsonObject? Change(MethodCallContext context, JsonObject record, long? sectionId, string zone)
    {
        var parameters = context.Parameters;
        var changed = (JsonObject)record.DeepClone();
        var timing = CalendarEventTiming.Apply(CalendarEventTiming.FromRecord(changed, zone), parameters);
        if (timing is null)
        {
            return null;
        }

        var style = CalendarEventDates.StyleOf(record);
        timing.WriteTo(changed, style);
        CalendarEventRecords.ApplyFields(changed, parameters, isUpdate: true);
        if (sectionId is { } section)
        {
            changed["SECTION_ID"] = CalendarEventDates.Text(section);
            changed["SECT_ID"] = CalendarEventDates.Text(section);
        }

        if (parameters.IsSet("is_meeting"))
        {
            var isMeeting = parameters.GetString("is_meeting") == "Y";
            CalendarEventRecords.SetAttendees(
                changed,
                CalendarEventRecords.Number(changed, "MEETING_HOST"),
                isMeeting ? CalendarEventRecords.UserIds(parameters.GetArray("attendees")) : [],
                isMeeting,
                isMeeting ? parameters.GetObject("meeting") : null);
        }

        if (parameters.IsSet("rrule"))
        {
            CalendarEventRecords.SetRecurrence(changed, CalendarEventRecurrence.FromInput(parameters["rrule"]));
        }
        else
        {
            CalendarEventRecords.RefreshRecurrence(changed);
        }

        changed["VERSION"] = CalendarEventDates.Text(CalendarEventRecords.Number(changed, "VERSION") + 1);
        changed["TIMESTAMP_X"] = CalendarEventRecords.Now(context, style);
        return CalendarEventRecords.Canonical(changed);
    }

    /// <summary>
    /// An edit of one occurrence (<c>this</c>) or of an occurrence and the following ones (<c>next</c>): the original
    /// series loses the occurrence (an <c>EXDATE</c>) or ends the day before, and a new event carries the changes.
    /// </summary>
    private static MethodResult Split(MethodCallContext context, JsonObject original, CalendarEventRecurrence rule, string mode, DateOnly date, long? sectionId, string zone)
    {
        var originalId = CalendarEventRecords.Id(original);
        var series = CalendarEventTiming.FromRecord(original, zone);
        var occurrence = series.MovedTo(date);
        var style = CalendarEventDates.StyleOf(original);
        var marker = "EVENT_" + CalendarEventDates.Text(originalId) + "_" + CalendarEventDates.Date(date, style);

        var start = (JsonObject)original.DeepClone();
        occurrence.WriteTo(start, style);
        start["VERSION"] = "0";
        start["DATE_CREATE"] = CalendarEventRecords.Now(context, style);
        start["EXDATE"] = "";
        if (mode == "this")
        {
            CalendarEventRecords.SetRecurrence(start, null);
            start["ORIGINAL_DATE_FROM"] = CalendarEventDates.Event(occurrence.WallFrom, style);
            start["RECURRENCE_ID"] = originalId;
            start["RELATIONS"] = new JsonObject { ["COMMENT_XML_ID"] = marker };
        }
        else
        {
            CalendarEventRecords.SetRecurrence(start, rule.ContinuingFrom(series.StartDate, date));
            start["EXDATE"] = string.Join(';', CalendarEventRecurrence.ExceptionDates(CalendarEventRecords.Text(original, "EXDATE"), style)
                .Where(exception => exception >= date).Order().Select(exception => CalendarEventDates.Date(exception, style)));
            start["RECURRENCE_ID"] = null;
            start["RELATIONS"] = new JsonObject { ["ORIGINAL_RECURSION_ID"] = originalId, ["COMMENT_XML_ID"] = marker };
        }

        var created = Change(context, start, sectionId, zone) ?? throw CalendarEventErrors.Fail(CalendarEventErrors.UpdateFailed);
        var newId = context.State.CalendarEvents.Add(id => CalendarEventRecords.WithId(created, id));

        var shortened = (JsonObject)original.DeepClone();
        if (mode == "this")
        {
            var exceptions = CalendarEventRecurrence.ExceptionDates(CalendarEventRecords.Text(original, "EXDATE"), style);
            exceptions.Add(date);
            shortened["EXDATE"] = string.Join(';', exceptions.Order().Select(exception => CalendarEventDates.Date(exception, style)));
        }
        else
        {
            CalendarEventRecords.SetRecurrence(shortened, rule.EndingBefore(date));
        }

        shortened["VERSION"] = CalendarEventDates.Text(CalendarEventRecords.Number(original, "VERSION") + 1);
        shortened["TIMESTAMP_X"] = CalendarEventRecords.Now(context, style);
        context.State.CalendarEvents.Put(originalId, CalendarEventRecords.Canonical(shortened));

        // Two events changed: the series (shortened) and the one split off it (new).
        CalendarNotifications.EntryUpdated(context, originalId);
        CalendarNotifications.EntryAdded(context, newId);

        return MethodResult.Success(new JsonObject
        {
            ["originalDate"] = CalendarEventDates.Event(occurrence.WallFrom, style),
            ["originalDavXmlId"] = CalendarEventRecords.Text(original, "DAV_XML_ID"),
            ["instanceTz"] = CalendarEventRecords.Text(original, "TZ_FROM"),
            ["recEventId"] = newId,
            ["id"] = originalId,
        });
    }

    /// <summary><c>name</c> and <c>description</c> must be strings, <c>crm_fields</c> an array (when sent).</summary>
    private static void CheckTypes(JsonObject parameters, string invalidName, string invalidDescription, string crmNotArray, bool nameRequired)
    {
        if ((nameRequired || parameters.IsSet("name")) && !IsString(parameters["name"]))
        {
            throw CalendarEventErrors.Fail(invalidName);
        }

        if (parameters.IsSet("description") && !IsString(parameters["description"]))
        {
            throw CalendarEventErrors.Fail(invalidDescription);
        }

        if (parameters.IsSet("crm_fields") && parameters.GetArray("crm_fields") is null)
        {
            throw CalendarEventErrors.Fail(crmNotArray);
        }
    }

    private static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;
}
