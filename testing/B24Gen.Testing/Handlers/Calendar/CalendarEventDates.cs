using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// How a portal's locale writes dates in event records: the docs' en portal (<c>12/11/2024 05:59:00 pm</c>,
/// <c>12/24/2024</c>), or, on real portals in other locales, <c>06.03.2026 10:00:00</c> / <c>06.03.2026</c> and
/// <c>27/03/2026 10:00:00</c> / <c>27/03/2026</c>.
/// </summary>
internal enum CalendarDateStyle
{
    /// <summary><c>MM/dd/yyyy hh:mm:ss tt</c> (lower-case am/pm) and <c>MM/dd/yyyy</c>: the docs' examples.</summary>
    EnUs,

    /// <summary><c>dd.MM.yyyy HH:mm:ss</c> and <c>dd.MM.yyyy</c> (de, ru, ua, pl... portals).</summary>
    Dotted,

    /// <summary><c>dd/MM/yyyy HH:mm:ss</c> and <c>dd/MM/yyyy</c> (la, br, fr... portals).</summary>
    DaySlash,
}

/// <summary>
/// Dates as the calendar methods read and write them. Input: ISO 8601 with or without an offset, plain dates and
/// the portal's own formats. Output: by default the formats of the docs' examples (an en-US portal):
/// <c>12/11/2024 05:59:00 pm</c> for events, <c>Wed Dec 11 2024 17:59:00</c> for <c>*_FORMATTED</c>,
/// <c>12/24/2024</c> for recurrence dates and <c>02.12.2024 11:00:00</c> in <c>calendar.accessibility.get</c> (whose
/// example comes from another locale). An event record keeps the <see cref="CalendarDateStyle"/> it was stored in
/// (<see cref="StyleOf(JsonObject)"/>): the real-portal fixtures are dotted or day-first.
/// </summary>
internal static class CalendarEventDates
{
    /// <summary>The last date a recurrence without an end runs to (the portal's maximum date).</summary>
    public static readonly DateOnly MaxUntil = new(2038, 1, 1);

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    private static readonly string[] WallFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm",
        "MM/dd/yyyy hh:mm:ss tt", "MM/dd/yyyy hh:mm tt", "MM/dd/yyyy HH:mm:ss", "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "dd.MM.yyyy"];

    /// <summary>A time zone by IANA name; <see langword="null"/> when unknown or empty.</summary>
    public static TimeZoneInfo? FindZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The wall-clock time of an instant in a zone (UTC for an unknown zone).</summary>
    public static DateTime ToWall(long unixSeconds, string? zone)
    {
        var instant = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        var info = FindZone(zone);
        return info is null ? instant.UtcDateTime : TimeZoneInfo.ConvertTime(instant, info).DateTime;
    }

    /// <summary>The instant of a wall-clock time in a zone (UTC for an unknown zone).</summary>
    public static long FromWall(DateTime wall, string? zone)
    {
        var unspecified = DateTime.SpecifyKind(wall, DateTimeKind.Unspecified);
        var info = FindZone(zone);
        var offset = info?.GetUtcOffset(unspecified) ?? TimeSpan.Zero;
        return new DateTimeOffset(unspecified, offset).ToUnixTimeSeconds();
    }

    /// <summary>The offset of a zone from UTC at an instant, in seconds (0 for an unknown zone).</summary>
    public static long OffsetSeconds(string? zone, long unixSeconds)
    {
        var info = FindZone(zone);
        return info is null ? 0 : (long)info.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).TotalSeconds;
    }

    /// <summary>The Unix time of midnight UTC of a date (how all-day events are stored).</summary>
    public static long UtcMidnight(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary><c>12/11/2024 05:59:00 pm</c>, or <c>11.12.2024 17:59:00</c> / <c>11/12/2024 17:59:00</c> in the other styles.</summary>
    public static string Event(DateTime wall, CalendarDateStyle style = CalendarDateStyle.EnUs) => style switch
    {
        CalendarDateStyle.Dotted => wall.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        CalendarDateStyle.DaySlash => wall.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        _ => wall.ToString("MM/dd/yyyy hh:mm:ss ", CultureInfo.InvariantCulture)
            + wall.ToString("tt", CultureInfo.InvariantCulture).ToLowerInvariant(),
    };

    /// <summary>
    /// The style of a record's dates, told from its <c>DATE_FROM</c>: dotted; slashes with am/pm (en); slashes with a
    /// 24-hour time (day-first: the emulator writes en dates with am/pm only). Anything else is the en style.
    /// </summary>
    public static CalendarDateStyle StyleOf(JsonObject record) => StyleOf(ParameterReader.ToScalarString(record["DATE_FROM"]));

    /// <summary>The style of one date text; see <see cref="StyleOf(JsonObject)"/>.</summary>
    public static CalendarDateStyle StyleOf(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length < 10)
        {
            return CalendarDateStyle.EnUs;
        }

        if (trimmed[2] == '.' && trimmed[5] == '.')
        {
            return CalendarDateStyle.Dotted;
        }

        return trimmed[2] == '/' && trimmed[5] == '/' && trimmed.Length > 10
            && !trimmed.EndsWith("am", StringComparison.OrdinalIgnoreCase) && !trimmed.EndsWith("pm", StringComparison.OrdinalIgnoreCase)
            ? CalendarDateStyle.DaySlash
            : CalendarDateStyle.EnUs;
    }

    /// <summary><c>Wed Dec 11 2024 17:59:00</c>; <c>Fri Dec 20 2024</c> for an all-day event.</summary>
    public static string Display(DateTime wall, bool skipTime) =>
        wall.ToString(skipTime ? "ddd MMM dd yyyy" : "ddd MMM dd yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>12/24/2024</c>, or <c>24.12.2024</c> / <c>24/12/2024</c> in the other styles.</summary>
    public static string Date(DateOnly date, CalendarDateStyle style = CalendarDateStyle.EnUs) =>
        date.ToString(DateFormat(style), CultureInfo.InvariantCulture);

    /// <summary><c>02.12.2024 11:00:00</c> (the <c>calendar.accessibility.get</c> example's format).</summary>
    public static string Accessibility(DateTime wall) => wall.ToString("dd.MM.yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Numbers as the portal writes them inside strings.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a date or date-time parameter. An offset (<c>+02:00</c>, <c>Z</c>) makes it an instant; without one it
    /// is a wall-clock time in the zone the caller gives beside it.
    /// </summary>
    public static bool TryParseMoment(string? text, out Moment moment)
    {
        moment = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            moment = new Moment(withOffset.DateTime, withOffset.ToUnixTimeSeconds(), DateOnly: false);
            return true;
        }

        if (DateTime.TryParseExact(trimmed, WallFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            moment = new Moment(wall, null, DateOnly: false);
            return true;
        }

        if (DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            moment = new Moment(date.ToDateTime(TimeOnly.MinValue), null, DateOnly: true);
            return true;
        }

        return false;
    }

    /// <summary>Reads a date parameter (a date-time gives its date).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        if (!TryParseMoment(text, out var moment))
        {
            return false;
        }

        date = DateOnly.FromDateTime(moment.Wall);
        return true;
    }

    /// <summary>A recurrence date as stored in <c>RRULE.UNTIL</c> / <c>EXDATE</c> (<c>12/24/2024</c>, or in the record's style).</summary>
    public static bool TryParseStoredDate(string? text, out DateOnly date, CalendarDateStyle style = CalendarDateStyle.EnUs) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat(style), CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string DateFormat(CalendarDateStyle style) => style switch
    {
        CalendarDateStyle.Dotted => "dd.MM.yyyy",
        CalendarDateStyle.DaySlash => "dd/MM/yyyy",
        _ => "MM/dd/yyyy",
    };
}

/// <summary>A date or date-time parameter as sent.</summary>
/// <param name="Wall">The wall-clock date and time as written.</param>
/// <param name="Instant">The Unix time, when the text carried an offset.</param>
/// <param name="DateOnly">Whether the text was a date without a time.</param>
internal readonly record struct Moment(DateTime Wall, long? Instant, bool DateOnly);
