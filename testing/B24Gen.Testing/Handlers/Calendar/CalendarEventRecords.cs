using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// Calendar event records in <see cref="PortalState.CalendarEvents"/>. A record is the event exactly as
/// <c>calendar.event.getbyid</c> shows it to its organizer (the docs' shape: IDs as strings, <c>DT_LENGTH</c> as a
/// number, <c>IS_MEETING</c> a JSON boolean, <c>UF_WEBDAV_CAL_EVENT: false</c>...), plus <c>TEXT_COLOR</c>, which the
/// portal stores but never answers. This file builds and changes records from the parameters of
/// <c>calendar.event.add</c> and <c>calendar.event.update</c>.
/// </summary>
/// <remarks>
/// Simplification: a real portal keeps one copy of a meeting per attendee (own <c>ID</c>, <c>PARENT_ID</c> = the
/// organizer's copy, <c>entryId</c> in <c>ATTENDEE_LIST</c>). The emulator keeps one record per meeting; every
/// attendee's status lives in its <c>ATTENDEE_LIST</c>, and <c>MEETING_STATUS</c> is rendered for whoever looks.
/// </remarks>
internal static class CalendarEventRecords
{
    /// <summary>Fields stored but never answered (<c>calendar.event.getbyid</c> unsets them).</summary>
    public const string TextColor = "TEXT_COLOR";

    /// <summary>The docs' field order (calendar_event_fields.md and the getbyid example).</summary>
    private static readonly string[] FieldOrder =
    [
        "ID", "PARENT_ID", "DELETED", "CAL_TYPE", "OWNER_ID", "NAME", "DATE_FROM", "DATE_TO", "ORIGINAL_DATE_FROM",
        "TZ_FROM", "TZ_TO", "TZ_OFFSET_FROM", "TZ_OFFSET_TO", "DATE_FROM_TS_UTC", "DATE_TO_TS_UTC", "DT_SKIP_TIME",
        "DT_LENGTH", "EVENT_TYPE", "CREATED_BY", "DATE_CREATE", "TIMESTAMP_X", "DESCRIPTION", "PRIVATE_EVENT",
        "ACCESSIBILITY", "IMPORTANCE", "IS_MEETING", "MEETING_STATUS", "MEETING_HOST", "MEETING", "LOCATION", "REMIND",
        "COLOR", "RRULE", "EXDATE", "DAV_XML_ID", "G_EVENT_ID", "DAV_EXCH_LABEL", "CAL_DAV_LABEL", "VERSION",
        "ATTENDEES_CODES", "RECURRENCE_ID", "RELATIONS", "SECTION_ID", "SYNC_STATUS", "UF_CRM_CAL_EVENT",
        "UF_WEBDAV_CAL_EVENT", "SECTION_DAV_XML_ID", "DATE_FROM_FORMATTED", "DATE_TO_FORMATTED", "SECT_ID",
        "ATTENDEE_LIST", "COLLAB_ID", "~RRULE_DESCRIPTION", "attendeesEntityList", "~DESCRIPTION",
        "~USER_OFFSET_FROM", "~USER_OFFSET_TO",
    ];

    private static readonly string[] ReminderUnits = ["min", "hour", "day"];

    /// <summary>The numeric ID of a record (<c>"1265"</c> or <c>1</c>).</summary>
    public static long Id(JsonObject record) => ParameterReader.ToInt64(record["ID"]);

    /// <summary>A numeric string field (<c>"1"</c>).</summary>
    public static long Number(JsonObject record, string field) => ParameterReader.ToInt64(record[field]);

    /// <summary>A text field; <see langword="null"/> when missing or not a scalar.</summary>
    public static string? Text(JsonObject record, string field) => ParameterReader.ToScalarString(record[field]);

    /// <summary>Whether a JSON value is <c>true</c>, <c>"Y"</c> or a non-zero number.</summary>
    public static bool IsTrue(JsonNode? node) => ParameterReader.ToScalarString(node) is "1" or "Y" or "y" or "true";

    /// <summary>The user name the emulator reports for a user (the docs' examples call user 1 "User Name").</summary>
    public static string UserName(long userId) =>
        userId == 1 ? "User Name" : string.Create(CultureInfo.InvariantCulture, $"User {userId}");

    /// <summary>The calling user's time zone: <c>timezoneName</c> of the user settings, or UTC.</summary>
    public static string UserZone(PortalState state)
    {
        var name = ParameterReader.ToScalarString(state.CalendarUserSettings.Get()["timezoneName"]);
        return CalendarEventDates.FindZone(name) is null ? "UTC" : name!;
    }

    /// <summary>Now as the portal writes it in <c>DATE_CREATE</c> / <c>TIMESTAMP_X</c>.</summary>
    public static string Now(MethodCallContext context, CalendarDateStyle style = CalendarDateStyle.EnUs) =>
        CalendarEventDates.Event(CalendarEventDates.ToWall(context.Now.ToUnixTimeSeconds(), UserZone(context.State)), style);

    /// <summary>
    /// The date style of new events: the docs' en style, or, on a <see cref="MethodCallContext.RealPortal"/>, the
    /// dotted style of the real-portal fixtures.
    /// </summary>
    public static CalendarDateStyle NewStyle(MethodCallContext context) =>
        context.RealPortal ? CalendarDateStyle.Dotted : CalendarDateStyle.EnUs;

    /// <summary>A new record with every field at the value a new, single, non-meeting event has.</summary>
    public static JsonObject NewRecord(MethodCallContext context, string type, long ownerId, long sectionId)
    {
        var now = Now(context, NewStyle(context));
        var caller = context.UserId;
        var section = CalendarEventDates.Text(sectionId);
        var record = new JsonObject
        {
            ["ID"] = "0",
            ["PARENT_ID"] = "0",
            ["DELETED"] = "N",
            ["CAL_TYPE"] = type,
            ["OWNER_ID"] = CalendarEventDates.Text(ownerId),
            ["NAME"] = "",
            ["ORIGINAL_DATE_FROM"] = null,
            ["EVENT_TYPE"] = null,
            ["CREATED_BY"] = CalendarEventDates.Text(caller),
            ["DATE_CREATE"] = now,
            ["TIMESTAMP_X"] = now,
            ["DESCRIPTION"] = "",
            ["PRIVATE_EVENT"] = "",
            ["ACCESSIBILITY"] = "busy",
            ["IMPORTANCE"] = "normal",
            ["LOCATION"] = "",
            ["REMIND"] = new JsonArray(),
            ["COLOR"] = "",
            ["RRULE"] = "",
            ["EXDATE"] = "",
            ["DAV_XML_ID"] = "",
            ["G_EVENT_ID"] = "",
            ["DAV_EXCH_LABEL"] = "",
            ["CAL_DAV_LABEL"] = "",
            ["VERSION"] = "1",
            ["RECURRENCE_ID"] = null,
            ["RELATIONS"] = "",
            ["SECTION_ID"] = section,
            ["SYNC_STATUS"] = null,
            ["UF_CRM_CAL_EVENT"] = false,
            ["UF_WEBDAV_CAL_EVENT"] = false,
            ["SECTION_DAV_XML_ID"] = null,
            ["SECT_ID"] = section,
            ["COLLAB_ID"] = null,
            ["~DESCRIPTION"] = "",
            [TextColor] = "",
        };
        SetAttendees(record, caller, [], isMeeting: false, meeting: null);
        return record;
    }

    /// <summary>
    /// Sets the fields that depend on the ID: <c>ID</c>, <c>PARENT_ID</c>, every <c>entryId</c> and a
    /// <c>DAV_XML_ID</c> made of the start time and a hash of the ID.
    /// </summary>
    public static JsonObject WithId(JsonObject record, long id)
    {
        var text = CalendarEventDates.Text(id);
        record["ID"] = text;
        record["PARENT_ID"] = text;
        if (record["ATTENDEE_LIST"] is JsonArray attendees)
        {
            foreach (var attendee in attendees.OfType<JsonObject>())
            {
                attendee["entryId"] = text;
            }
        }

        var start = DateTimeOffset.FromUnixTimeSeconds(Number(record, "DATE_FROM_TS_UTC")).UtcDateTime;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("b24gen-emulator-event-" + text)))[..32];
        record["DAV_XML_ID"] = start.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + hash + "@b24evo.lan";
        return Canonical(record);
    }

    /// <summary>The record with its fields in the docs' order (unknown fields last).</summary>
    public static JsonObject Canonical(JsonObject record)
    {
        var ordered = new JsonObject();
        foreach (var field in FieldOrder)
        {
            if (record.TryGetPropertyValue(field, out var value))
            {
                record.Remove(field);
                ordered[field] = value;
            }
        }

        foreach (var (field, value) in record.ToList())
        {
            record.Remove(field);
            ordered[field] = value;
        }

        return ordered;
    }

    /// <summary>The participants of an event: user ID and status (<c>H</c> for the organizer).</summary>
    public static List<(long Id, string Status)> Attendees(JsonObject record) =>
        record["ATTENDEE_LIST"] is JsonArray list
            ? [.. list.OfType<JsonObject>().Select(item => (ParameterReader.ToInt64(item["id"]), ParameterReader.ToScalarString(item["status"]) ?? "Q"))]
            : [];

    /// <summary>A user's status in an event, or <see langword="null"/> when the user does not take part.</summary>
    public static string? StatusOf(JsonObject record, long userId)
    {
        foreach (var (id, status) in Attendees(record))
        {
            if (id == userId)
            {
                return status;
            }
        }

        return null;
    }

    /// <summary>
    /// Sets the organizer, the participants and the meeting settings. The organizer comes first with status
    /// <c>H</c>; participants keep their current status, new ones are invited (<c>Q</c>). An event that is not a
    /// meeting has only its organizer.
    /// </summary>
    public static void SetAttendees(JsonObject record, long host, IEnumerable<long> attendees, bool isMeeting, JsonObject? meeting)
    {
        var previous = Attendees(record).ToDictionary(pair => pair.Id, pair => pair.Status);
        var entryId = Text(record, "ID") ?? "0";
        var people = new List<(long Id, string Status)> { (host, "H") };
        if (isMeeting)
        {
            foreach (var id in attendees.Where(id => id > 0 && id != host).Distinct())
            {
                people.Add((id, previous.TryGetValue(id, out var status) && status != "H" ? status : "Q"));
            }
        }

        record["IS_MEETING"] = isMeeting;
        record["MEETING_STATUS"] = "H";
        record["MEETING_HOST"] = CalendarEventDates.Text(host);
        var current = record["MEETING"] as JsonObject;
        record["MEETING"] = new JsonObject
        {
            ["HOST_NAME"] = UserName(host),
            ["NOTIFY"] = Flag(meeting, "notify", current?["NOTIFY"]),
            ["REINVITE"] = Flag(meeting, "reinvite", current?["REINVITE"]),
            ["ALLOW_INVITE"] = Flag(meeting, "allow_invite", current?["ALLOW_INVITE"]),
            ["HIDE_GUESTS"] = Flag(meeting, "hide_guests", current?["HIDE_GUESTS"]),
            ["MEETING_CREATOR"] = current?["MEETING_CREATOR"] is { } creator ? ParameterReader.ToInt64(creator) : host,
            ["LANGUAGE_ID"] = current?["LANGUAGE_ID"]?.DeepClone() ?? "en",
            ["MAIL_FROM"] = current?["MAIL_FROM"]?.DeepClone() ?? "",
        };
        record["ATTENDEES_CODES"] = new JsonArray([.. people.Select(person => (JsonNode)("U" + CalendarEventDates.Text(person.Id)))]);
        record["ATTENDEE_LIST"] = new JsonArray([.. people.Select(person => (JsonNode)new JsonObject
        {
            ["id"] = person.Id,
            ["entryId"] = entryId,
            ["status"] = person.Status,
        })]);
        record["attendeesEntityList"] = new JsonArray([.. people.Select(person => (JsonNode)new JsonObject
        {
            ["entityId"] = "user",
            ["id"] = person.Id,
        })]);
    }

    /// <summary>Changes one participant's status.</summary>
    public static void SetStatus(JsonObject record, long userId, string status)
    {
        if (record["ATTENDEE_LIST"] is not JsonArray list)
        {
            return;
        }

        foreach (var item in list.OfType<JsonObject>())
        {
            if (ParameterReader.ToInt64(item["id"]) == userId)
            {
                item["status"] = status;
            }
        }
    }

    /// <summary>
    /// Copies the plain fields of <c>calendar.event.add</c> / <c>calendar.event.update</c> that were sent:
    /// <c>name</c>, <c>description</c>, <c>color</c>, <c>text_color</c>, <c>accessibility</c>, <c>importance</c>,
    /// <c>private_event</c>, <c>location</c>, <c>remind</c> and <c>crm_fields</c>. An unset parameter leaves its field alone.
    /// </summary>
    public static void ApplyFields(JsonObject record, JsonObject parameters, bool isUpdate)
    {
        if (parameters["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String)
        {
            var trimmed = name.GetValue<string>().Trim();
            record["NAME"] = isUpdate && trimmed.Length == 0 ? "New event" : trimmed;
        }

        if (parameters["description"] is JsonValue description && description.GetValueKind() == JsonValueKind.String)
        {
            var trimmed = description.GetValue<string>().Trim();
            record["DESCRIPTION"] = trimmed;
            record["~DESCRIPTION"] = trimmed;
        }

        if (Color(parameters.GetString("color")) is { } color)
        {
            record["COLOR"] = color;
        }

        if (Color(parameters.GetString("text_color")) is { } textColor)
        {
            record[TextColor] = textColor;
        }

        foreach (var (parameter, field) in new[] { ("accessibility", "ACCESSIBILITY"), ("importance", "IMPORTANCE"), ("location", "LOCATION") })
        {
            if (parameters.GetString(parameter) is { } value)
            {
                record[field] = value;
            }
        }

        if (parameters.IsSet("private_event"))
        {
            // The portal stores the flag as "1" or "" (the docs' examples show "" for an ordinary event).
            record["PRIVATE_EVENT"] = parameters.GetString("private_event") == "Y" ? "1" : "";
        }

        if (parameters.IsSet("remind"))
        {
            var reminders = new JsonArray();
            foreach (var item in (parameters.GetArray("remind") ?? []).OfType<JsonObject>())
            {
                var unit = ParameterReader.ToScalarString(item["type"]);
                if (unit is not null && ReminderUnits.Contains(unit))
                {
                    reminders.Add(new JsonObject { ["type"] = unit, ["count"] = ParameterReader.ToInt64(item["count"]) });
                }
            }

            record["REMIND"] = reminders;
        }

        if (parameters.GetArray("crm_fields") is { } crm)
        {
            var links = crm.Select(ParameterReader.ToScalarString).Where(link => !string.IsNullOrEmpty(link)).ToArray();
            record["UF_CRM_CAL_EVENT"] = links.Length == 0 ? false : new JsonArray([.. links.Select(link => (JsonNode)link!)]);
        }
    }

    /// <summary>Sets the recurrence rule and the fields derived from it (none for a single event).</summary>
    public static void SetRecurrence(JsonObject record, CalendarEventRecurrence? rule)
    {
        if (rule is null)
        {
            record["RRULE"] = "";
            record["EXDATE"] = "";
            record.Remove("~RRULE_DESCRIPTION");
            return;
        }

        var start = CalendarEventTiming.FromRecord(record, "UTC").StartDate;
        var style = CalendarEventDates.StyleOf(record);
        record["RRULE"] = rule.ToOutput(start, style);
        record["~RRULE_DESCRIPTION"] = rule.Describe(start, style);
        record["EXDATE"] ??= "";
    }

    /// <summary>Re-renders <c>RRULE</c> after the start moved (a count-limited rule's <c>UNTIL</c> depends on it).</summary>
    public static void RefreshRecurrence(JsonObject record) => SetRecurrence(record, CalendarEventRecurrence.FromRecord(record));

    /// <summary>The section of the given type and owner with the given ID; with no ID, the owner's first section.</summary>
    public static JsonObject? FindSection(PortalState state, string type, long ownerId, long? sectionId)
    {
        var owner = CalendarEventDates.Text(ownerId);
        var sections = state.CalendarSections.List(section => ParameterReader.ToScalarString(section["CAL_TYPE"]) == type
            && ParameterReader.ToScalarString(section["OWNER_ID"]) == owner
            && (sectionId is null || ParameterReader.ToInt64(section["ID"]) == sectionId));
        return sections.Count > 0 ? sections[0] : null;
    }

    /// <summary>Whether the section lets the caller add and edit events (<c>PERM.edit</c>; allowed when absent).</summary>
    public static bool CanEdit(JsonObject section) =>
        section["PERM"] is not JsonObject perm || perm["edit"] is null || IsTrue(perm["edit"]);

    /// <summary>User IDs of an <c>attendees</c> parameter.</summary>
    public static long[] UserIds(JsonArray? array) =>
        array is null ? [] : [.. array.Select(ParameterReader.ToInt64).Where(id => id > 0)];

    private static bool Flag(JsonObject? meeting, string name, JsonNode? current) =>
        meeting is not null && meeting.TryGetPropertyValue(name, out var value) ? IsTrue(value) : IsTrue(current);

    /// <summary>A color as the portal accepts it (<c>#9cbe1c</c>, <c>9cbe1c</c>, <c>#fff</c>); <see langword="null"/> when invalid.</summary>
    private static string? Color(string? text)
    {
        var hex = text?.Trim().TrimStart('#');
        return hex is { Length: 3 or 6 } && hex.All(char.IsAsciiHexDigit) ? "#" + hex : null;
    }
}
