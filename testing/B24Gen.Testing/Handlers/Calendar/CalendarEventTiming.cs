using System;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// When an event happens: wall-clock start and end in their time zones, or dates for an all-day event. Reads the
/// <c>from</c>/<c>to</c>/<c>from_ts</c>/<c>to_ts</c>/<c>skip_time</c>/<c>timezone_from</c>/<c>timezone_to</c>
/// parameters with the documented precedence (an offset in <c>from</c> wins over <c>timezone_from</c>), and writes
/// the date fields of a record (<c>DATE_FROM</c>, <c>TZ_OFFSET_FROM</c>, <c>DATE_FROM_TS_UTC</c>, <c>DT_LENGTH</c>...).
/// </summary>
/// <remarks>
/// All-day events are stored as the portal stores them (docs' booking example): dates at midnight UTC,
/// <c>DATE_TO</c> on the last day, <c>DT_LENGTH</c> = whole days in seconds, the time zone kept for reference.
/// </remarks>
internal sealed record CalendarEventTiming(bool SkipTime, DateTime WallFrom, DateTime WallTo, string ZoneFrom, string ZoneTo)
{
    private const long DayLength = 86400;

    /// <summary>The date of the start.</summary>
    public DateOnly StartDate => DateOnly.FromDateTime(WallFrom);

    /// <summary>The Unix time of the start (midnight UTC of the date for an all-day event).</summary>
    public long StartUnix => SkipTime ? CalendarEventDates.UtcMidnight(DateOnly.FromDateTime(WallFrom)) : CalendarEventDates.FromWall(WallFrom, ZoneFrom);

    /// <summary>The Unix time of the end (midnight UTC of the last day for an all-day event).</summary>
    public long EndUnix => SkipTime ? CalendarEventDates.UtcMidnight(DateOnly.FromDateTime(WallTo)) : CalendarEventDates.FromWall(WallTo, ZoneTo);

    /// <summary><c>DT_LENGTH</c>: seconds, or whole days in seconds for an all-day event.</summary>
    public long Length => SkipTime ? EndUnix - StartUnix + DayLength : EndUnix - StartUnix;

    /// <summary>The time the event occupies, end exclusive (an all-day event ends at the midnight after its last day).</summary>
    public (long Start, long End) Span => SkipTime ? (StartUnix, EndUnix + DayLength) : (StartUnix, EndUnix);

    /// <summary>The timing stored in a record.</summary>
    public static CalendarEventTiming FromRecord(JsonObject record, string defaultZone)
    {
        var skip = CalendarEventRecords.Text(record, "DT_SKIP_TIME") == "Y";
        var zoneFrom = Zone(CalendarEventRecords.Text(record, "TZ_FROM"), defaultZone);
        var zoneTo = Zone(CalendarEventRecords.Text(record, "TZ_TO"), zoneFrom);
        var from = CalendarEventRecords.Number(record, "DATE_FROM_TS_UTC");
        var to = CalendarEventRecords.Number(record, "DATE_TO_TS_UTC");
        return skip
            ? new CalendarEventTiming(true, CalendarEventDates.ToWall(from, "UTC").Date, CalendarEventDates.ToWall(to, "UTC").Date, zoneFrom, zoneTo)
            : new CalendarEventTiming(false, CalendarEventDates.ToWall(from, zoneFrom), CalendarEventDates.ToWall(to, zoneTo), zoneFrom, zoneTo);
    }

    /// <summary>
    /// Applies the date parameters that were sent to <paramref name="current"/> (a new event passes the default
    /// timing). Returns <see langword="null"/> when a date cannot be read or the end is before the start.
    /// </summary>
    public static CalendarEventTiming? Apply(CalendarEventTiming current, JsonObject parameters)
    {
        var skip = parameters.IsSet("skip_time") ? parameters.GetString("skip_time") == "Y"
            : parameters.IsSet("skipTime") ? parameters.GetString("skipTime") == "Y"
            : current.SkipTime;

        if (!Read(parameters, "from", "from_ts", out var from) || !Read(parameters, "to", "to_ts", out var to))
        {
            return null;
        }

        // An offset (or a Unix time) fixes the instant: timezone_from / timezone_to are then ignored (docs).
        var zoneFrom = current.ZoneFrom;
        var zoneTo = current.ZoneTo;
        if (!skip && parameters.GetString("timezone_from") is { Length: > 0 } timezoneFrom && CalendarEventDates.FindZone(timezoneFrom) is not null)
        {
            var timezoneTo = parameters.GetString("timezone_to") is { Length: > 0 } given && CalendarEventDates.FindZone(given) is not null ? given : timezoneFrom;
            if (from?.Instant is null)
            {
                zoneFrom = timezoneFrom;
            }

            if (to?.Instant is null)
            {
                zoneTo = timezoneTo;
            }
        }

        var wallFrom = from is { } start ? (start.Instant is { } instant ? CalendarEventDates.ToWall(instant, zoneFrom) : start.Wall) : current.WallFrom;
        var wallTo = to is { } end ? (end.Instant is { } endInstant ? CalendarEventDates.ToWall(endInstant, zoneTo) : end.Wall)
            : from is not null ? wallFrom + (current.WallTo - current.WallFrom)
            : current.WallTo;
        if (skip)
        {
            wallFrom = wallFrom.Date;
            wallTo = wallTo.Date;
        }

        var timing = new CalendarEventTiming(skip, wallFrom, wallTo, zoneFrom, zoneTo);
        return timing.EndUnix < timing.StartUnix ? null : timing;
    }

    /// <summary>Writes the date fields of a record, <c>DATE_FROM</c> and <c>DATE_TO</c> in <paramref name="style"/>.</summary>
    public void WriteTo(JsonObject record, CalendarDateStyle style)
    {
        var start = StartUnix;
        var end = EndUnix;
        var offsetFrom = CalendarEventDates.OffsetSeconds(ZoneFrom, start);
        var offsetTo = CalendarEventDates.OffsetSeconds(ZoneTo, end);
        record["DATE_FROM"] = CalendarEventDates.Event(WallFrom, style);
        record["DATE_TO"] = CalendarEventDates.Event(WallTo, style);
        record["TZ_FROM"] = ZoneFrom;
        record["TZ_TO"] = ZoneTo;
        record["TZ_OFFSET_FROM"] = CalendarEventDates.Text(offsetFrom);
        record["TZ_OFFSET_TO"] = CalendarEventDates.Text(offsetTo);
        record["DATE_FROM_TS_UTC"] = CalendarEventDates.Text(start);
        record["DATE_TO_TS_UTC"] = CalendarEventDates.Text(end);
        record["DT_SKIP_TIME"] = SkipTime ? "Y" : "N";
        record["DT_LENGTH"] = Length;
        record["DATE_FROM_FORMATTED"] = CalendarEventDates.Display(WallFrom, SkipTime);
        record["DATE_TO_FORMATTED"] = CalendarEventDates.Display(WallTo, SkipTime);
        record["~USER_OFFSET_FROM"] = offsetFrom;
        record["~USER_OFFSET_TO"] = offsetTo;
    }

    /// <summary>The same event moved to start on <paramref name="date"/> at the same time of day.</summary>
    public CalendarEventTiming MovedTo(DateOnly date)
    {
        var wallFrom = date.ToDateTime(TimeOnly.FromTimeSpan(WallFrom.TimeOfDay));
        return this with { WallFrom = wallFrom, WallTo = wallFrom + (WallTo - WallFrom) };
    }

    private static bool Read(JsonObject parameters, string name, string unixName, out Moment? moment)
    {
        moment = null;
        if (!parameters.IsEmpty(name))
        {
            if (!CalendarEventDates.TryParseMoment(parameters.GetString(name), out var parsed))
            {
                return false;
            }

            moment = parsed;
        }
        else if (parameters.IsSet(unixName) && !parameters.IsSet(name))
        {
            var unix = parameters.GetInt64(unixName);
            moment = new Moment(DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime, unix, DateOnly: false);
        }

        return true;
    }

    private static string Zone(string? name, string fallback) => CalendarEventDates.FindZone(name) is null ? fallback : name!;
}
