using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// <c>calendar.event.getbyid</c>, <c>calendar.event.get</c> and <c>calendar.event.get.nearest</c>, answering the
/// events of <see cref="PortalState.CalendarEvents"/> in the docs' shape.
/// </summary>
internal static class CalendarEventReadMethods
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register(CalendarEventErrors.GetById, GetById);
        registry.Register(CalendarEventErrors.Get, Get);
        registry.Register(CalendarEventErrors.GetNearest, GetNearest);
    }

    /// <summary>
    /// <c>calendar.event.getbyid</c> (docs: calendar-event/calendar-event-get-by-id.md): one event as the caller
    /// sees it. The docs say nothing about an unknown ID; the emulator answers the page's documented
    /// <c>Access denied</c> (portals have been seen to answer <c>"result": null</c>).
    /// </summary>
    private static MethodResult GetById(MethodCallContext context)
    {
        if (context.Parameters.IsEmpty("id"))
        {
            throw CalendarEventErrors.Required("id", CalendarEventErrors.GetById);
        }

        var record = context.State.CalendarEvents.Get(context.Parameters.GetInt64("id"))
            ?? throw CalendarEventErrors.Fail(CalendarEventErrors.GetByIdAccessDenied);
        return MethodResult.Success(CalendarEventViews.Render(record, context.UserId));
    }

    /// <summary>
    /// <c>calendar.event.get</c> (docs: calendar-event/calendar-event-get.md): the events of one calendar
    /// (<c>type</c>/<c>ownerId</c>; a missing or empty <c>ownerId</c> is 0) in a period, occurrences of recurring
    /// events one by one. <c>from</c>/<c>to</c> are dates (whole days in the user's time zone); without both the
    /// period is one month back to three months ahead; with only <c>from</c> it is open-ended. <c>section</c>
    /// (an array or one ID) keeps only events of those calendars. A user's calendar also shows the meetings the user
    /// is invited to, with the user's own status.
    /// </summary>
    private static MethodResult Get(MethodCallContext context)
    {
        var parameters = context.Parameters;
        if (parameters.IsEmpty("type"))
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.GetTypeMissing);
        }

        var type = parameters.GetString("type")!;
        var ownerId = parameters.GetInt64("ownerId");
        var zone = CalendarEventRecords.UserZone(context.State);
        var today = Today(context, zone);
        var hasFrom = CalendarEventDates.TryParseDate(parameters.GetString("from"), out var fromDate);
        var hasTo = CalendarEventDates.TryParseDate(parameters.GetString("to"), out var toDate);
        if (!hasFrom && !hasTo)
        {
            (fromDate, toDate, hasFrom, hasTo) = (today.AddDays(-30), today.AddDays(90), true, true);
        }

        long? from = hasFrom ? StartOfDay(fromDate, zone) : null;
        long? to = hasTo ? StartOfDay(toDate.AddDays(1), zone) : null;
        var sections = Sections(parameters["section"]);
        var viewer = type == "user" ? ownerId : context.UserId;
        var records = context.State.CalendarEvents.List(record =>
            (type == "user" ? CalendarEventViews.InUserCalendar(record, ownerId) : CalendarEventViews.IsOwnedBy(record, type, ownerId))
            && (sections is null || sections.Contains(CalendarEventRecords.Number(record, "SECTION_ID"))));
        return Answer(CalendarEventViews.Occurrences(records, from, to, viewer, zone, context.RealPortal).Select(item => item.Event));
    }

    /// <summary>
    /// <c>calendar.event.get.nearest</c> (docs: calendar-event/calendar-event-get-nearest.md): the caller's coming
    /// events (not yet over) from now to the end of the day <c>days</c> (default 60) days ahead, declined meetings
    /// left out. With <c>forCurrentUser</c> = <c>false</c> and a <c>type</c>, the events of that calendar instead.
    /// <c>maxEventsCount</c> cuts the list; <c>detailUrl</c> (with <c>#user_id#</c>) adds an undocumented
    /// <c>~detailUrl</c> to each event, as the portal does.
    /// </summary>
    private static MethodResult GetNearest(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var forCurrentUser = !parameters.IsSet("forCurrentUser")
            || (!parameters.IsEmpty("forCurrentUser") && parameters.GetString("forCurrentUser") is not ("N" or "false"));
        var type = forCurrentUser || parameters.IsEmpty("type") ? "user" : parameters.GetString("type")!;
        var ownerId = forCurrentUser || parameters.IsEmpty("type") ? context.UserId : parameters.GetInt64("ownerId");
        var zone = CalendarEventRecords.UserZone(context.State);
        var now = context.Now.ToUnixTimeSeconds();
        var days = parameters.GetInt64("days", 60);
        var to = StartOfDay(Today(context, zone).AddDays((int)Math.Clamp(days, 0, 3650) + 1), zone);
        var viewer = type == "user" ? ownerId : context.UserId;
        var records = context.State.CalendarEvents.List(record =>
            type == "user" ? CalendarEventViews.InUserCalendar(record, ownerId) : CalendarEventViews.IsOwnedBy(record, type, ownerId));

        IEnumerable<JsonObject> events = CalendarEventViews.Occurrences(records, now, to, viewer, zone, context.RealPortal)
            .Select(item => item.Event)
            .Where(item => !(CalendarEventRecords.IsTrue(item["IS_MEETING"]) && CalendarEventRecords.Text(item, "MEETING_STATUS") == "N"));
        if (parameters.GetString("detailUrl") is { Length: > 0 } detailUrl)
        {
            var query = detailUrl.IndexOf('?', StringComparison.Ordinal);
            var url = (query >= 0 ? detailUrl[..query] : detailUrl).ToLowerInvariant().Replace("#user_id#", CalendarEventDates.Text(context.UserId), StringComparison.Ordinal);
            events = events.Select(item =>
            {
                item["~detailUrl"] = $"{url}?EVENT_ID={CalendarEventRecords.Text(item, "ID")}&EVENT_DATE={CalendarEventRecords.Text(item, "DATE_FROM")}";
                return item;
            });
        }

        if (parameters.IsSet("maxEventsCount"))
        {
            events = events.Take((int)Math.Clamp(parameters.GetInt64("maxEventsCount"), 0, int.MaxValue));
        }

        return Answer(events);
    }

    private static MethodResult Answer(IEnumerable<JsonObject> events)
    {
        var result = new JsonArray();
        foreach (var item in events)
        {
            result.Add(item);
        }

        return MethodResult.Success(result);
    }

    /// <summary>The <c>section</c> filter: an array of IDs or one ID; <see langword="null"/> for all calendars.</summary>
    private static HashSet<long>? Sections(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(ParameterReader.ToInt64)],
        JsonValue value when ParameterReader.ToInt64(value) > 0 => [ParameterReader.ToInt64(value)],
        _ => null,
    };

    private static DateOnly Today(MethodCallContext context, string zone) =>
        DateOnly.FromDateTime(CalendarEventDates.ToWall(context.Now.ToUnixTimeSeconds(), zone));

    private static long StartOfDay(DateOnly date, string zone) => CalendarEventDates.FromWall(date.ToDateTime(TimeOnly.MinValue), zone);
}
