using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>One occurrence of an event inside a period: the event as answered, and when it takes place.</summary>
/// <param name="Event">The event object to answer (a copy).</param>
/// <param name="Record">The stored record it comes from (not a copy; do not change it).</param>
/// <param name="Timing">When this occurrence takes place.</param>
internal readonly record struct CalendarEventOccurrence(JsonObject Event, JsonObject Record, CalendarEventTiming Timing);

/// <summary>
/// How stored events are answered: seen by a given user (<c>MEETING_STATUS</c> is that user's status), and, for the
/// list methods, expanded into their occurrences within a period the way the portal does it (<c>parseRecursion</c>).
/// </summary>
/// <remarks>
/// An occurrence of a recurring event keeps the series' <c>ID</c>, <c>RRULE</c> and <c>DATE_FROM_TS_UTC</c> /
/// <c>DATE_TO_TS_UTC</c> (portals send the series' instants there, see the schema's CalendarEvent), while
/// <c>DATE_FROM</c>, <c>DATE_TO</c> (in the record's date style) and the <c>*_FORMATTED</c> texts show the occurrence.
/// On a real portal (<see cref="MethodCallContext.RealPortal"/>) each occurrence also carries what real portals were
/// recorded to send and the docs do not show: <c>RINDEX</c> (the occurrence's index in the series from 0, exception
/// dates counted), <c>~DATE_FROM</c> / <c>~DATE_TO</c> (the series' stored start and end) and <c>DT_FROM</c> /
/// <c>DT_TO</c> (the occurrence's start and end).
/// </remarks>
internal static class CalendarEventViews
{
    /// <summary>The event as <paramref name="viewerId"/> sees it: own status in <c>MEETING_STATUS</c>, stored-only fields removed.</summary>
    public static JsonObject Render(JsonObject record, long viewerId)
    {
        var copy = (JsonObject)record.DeepClone();
        copy.Remove(CalendarEventRecords.TextColor);
        if (CalendarEventRecords.StatusOf(record, viewerId) is { } status)
        {
            copy["MEETING_STATUS"] = status;
        }

        return copy;
    }

    /// <summary>
    /// The occurrences of the events that overlap [<paramref name="from"/>, <paramref name="to"/>) (Unix times; null
    /// for no limit), seen by <paramref name="viewerId"/>, ordered by start.
    /// </summary>
    public static List<CalendarEventOccurrence> Occurrences(
        IEnumerable<JsonObject> records, long? from, long? to, long viewerId, string defaultZone, bool realPortal = false)
    {
        var result = new List<CalendarEventOccurrence>();
        foreach (var record in records)
        {
            var series = CalendarEventTiming.FromRecord(record, defaultZone);
            var rule = CalendarEventRecurrence.FromRecord(record);
            if (rule is null)
            {
                if (Overlaps(series, from, to))
                {
                    result.Add(new CalendarEventOccurrence(Render(record, viewerId), record, series));
                }

                continue;
            }

            var style = CalendarEventDates.StyleOf(record);
            var exceptions = CalendarEventRecurrence.ExceptionDates(CalendarEventRecords.Text(record, "EXDATE"), style);
            var index = -1;
            foreach (var date in rule.Occurrences(series.StartDate))
            {
                index++;
                var occurrence = series.MovedTo(date);
                if (to is { } end && occurrence.Span.Start >= end)
                {
                    break;
                }

                if (exceptions.Contains(date) || !Overlaps(occurrence, from, to))
                {
                    continue;
                }

                var item = Render(record, viewerId);
                item["DATE_FROM"] = CalendarEventDates.Event(occurrence.WallFrom, style);
                item["DATE_TO"] = CalendarEventDates.Event(occurrence.WallTo, style);
                item["DATE_FROM_FORMATTED"] = CalendarEventDates.Display(occurrence.WallFrom, occurrence.SkipTime);
                item["DATE_TO_FORMATTED"] = CalendarEventDates.Display(occurrence.WallTo, occurrence.SkipTime);
                if (realPortal)
                {
                    item["RINDEX"] = index;
                    item["~DATE_FROM"] = record["DATE_FROM"]?.DeepClone();
                    item["~DATE_TO"] = record["DATE_TO"]?.DeepClone();
                    item["DT_FROM"] = item["DATE_FROM"]!.DeepClone();
                    item["DT_TO"] = item["DATE_TO"]!.DeepClone();
                }

                result.Add(new CalendarEventOccurrence(item, record, occurrence));
            }
        }

        return [.. result.OrderBy(item => item.Timing.Span.Start).ThenBy(item => CalendarEventRecords.Id(item.Record))];
    }

    /// <summary>
    /// The events in a user's calendar: events of type <c>user</c> owned by the user, plus meetings elsewhere the
    /// user takes part in (the portal puts an attendee's copy of a meeting into the attendee's calendar).
    /// </summary>
    public static bool InUserCalendar(JsonObject record, long userId) =>
        IsOwnedBy(record, "user", userId)
        || (CalendarEventRecords.IsTrue(record["IS_MEETING"]) && CalendarEventRecords.StatusOf(record, userId) is not null);

    /// <summary>Whether the event belongs to the calendar of the given type and owner.</summary>
    public static bool IsOwnedBy(JsonObject record, string type, long ownerId) =>
        CalendarEventRecords.Text(record, "CAL_TYPE") == type && CalendarEventRecords.Number(record, "OWNER_ID") == ownerId;

    private static bool Overlaps(CalendarEventTiming timing, long? from, long? to)
    {
        var (start, end) = timing.Span;
        return (to is not { } last || start < last) && (from is not { } first || Math.Max(end, start + 1) > first);
    }
}
