using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary><c>calendar.accessibility.get</c>: when users are busy, from <see cref="PortalState.CalendarEvents"/>.</summary>
internal static class CalendarAccessibilityMethods
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register(CalendarEventErrors.Accessibility, Get);
    }

    /// <summary>
    /// <c>calendar.accessibility.get</c> (docs: calendar-event/calendar-accessibility-get.md): for every requested
    /// user, keyed by the user ID as a string, the occurrences between <c>from</c> and <c>to</c> (whole days) of the
    /// events in the user's calendar that make the user busy; <c>[]</c> for a user with none. Events marked
    /// <c>free</c> and meetings the user declined or has not answered are left out. Items have the docs' short
    /// shape; their dates use the example's <c>02.12.2024 11:00:00</c> format, and <c>ID</c> is copied as stored
    /// (the docs' example has <c>"1213"</c> next to <c>1</c>).
    /// </summary>
    private static MethodResult Get(MethodCallContext context)
    {
        var parameters = context.Parameters;
        foreach (var name in (string[])["from", "to", "users"])
        {
            if (parameters.IsEmpty(name))
            {
                throw CalendarEventErrors.Required(name, CalendarEventErrors.Accessibility, period: true);
            }
        }

        var zone = CalendarEventRecords.UserZone(context.State);
        // Whole days in the user's time zone; a date the portal cannot read sets no limit.
        long? from = CalendarEventDates.TryParseDate(parameters.GetString("from"), out var fromDate)
            ? CalendarEventDates.FromWall(fromDate.ToDateTime(TimeOnly.MinValue), zone)
            : null;
        long? to = CalendarEventDates.TryParseDate(parameters.GetString("to"), out var toDate)
            ? CalendarEventDates.FromWall(toDate.AddDays(1).ToDateTime(TimeOnly.MinValue), zone)
            : null;
        var users = parameters.GetArray("users") is { } list
            ? list.Select(ParameterReader.ToInt64)
            : [parameters.GetInt64("users")];

        var result = new JsonObject();
        foreach (var userId in users.Where(id => id > 0).Distinct())
        {
            var busy = new JsonArray();
            var records = context.State.CalendarEvents.List(record => CalendarEventViews.InUserCalendar(record, userId));
            foreach (var occurrence in CalendarEventViews.Occurrences(records, from, to, userId, zone))
            {
                var item = occurrence.Event;
                var status = CalendarEventRecords.Text(item, "MEETING_STATUS");
                if (CalendarEventRecords.Text(item, "ACCESSIBILITY") == "free"
                    || (CalendarEventRecords.IsTrue(item["IS_MEETING"]) && status is "N" or "Q"))
                {
                    continue;
                }

                busy.Add(Item(occurrence));
            }

            result[CalendarEventDates.Text(userId)] = busy;
        }

        return MethodResult.Success(result);
    }

    private static JsonObject Item(CalendarEventOccurrence occurrence)
    {
        var item = occurrence.Event;
        var timing = occurrence.Timing;
        var start = timing.StartUnix;
        var end = timing.EndUnix;
        return new JsonObject
        {
            ["ID"] = item["ID"]?.DeepClone(),
            ["NAME"] = item["NAME"]?.DeepClone(),
            ["DATE_FROM"] = CalendarEventDates.Accessibility(timing.WallFrom),
            ["DATE_TO"] = CalendarEventDates.Accessibility(timing.WallTo),
            ["DATE_FROM_TS_UTC"] = CalendarEventDates.Text(start),
            ["DATE_TO_TS_UTC"] = CalendarEventDates.Text(end),
            ["~USER_OFFSET_FROM"] = CalendarEventDates.OffsetSeconds(timing.ZoneFrom, start),
            ["~USER_OFFSET_TO"] = CalendarEventDates.OffsetSeconds(timing.ZoneTo, end),
            ["DT_SKIP_TIME"] = timing.SkipTime ? "Y" : "N",
            ["TZ_FROM"] = timing.ZoneFrom,
            ["TZ_TO"] = timing.ZoneTo,
            ["ACCESSIBILITY"] = item["ACCESSIBILITY"]?.DeepClone(),
            ["IMPORTANCE"] = item["IMPORTANCE"]?.DeepClone(),
            ["EVENT_TYPE"] = item["EVENT_TYPE"]?.DeepClone(),
        };
    }
}
