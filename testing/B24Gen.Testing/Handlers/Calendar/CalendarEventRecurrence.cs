using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// A recurrence rule. Requests send it as <c>{"FREQ":"WEEKLY","BYDAY":["MO","WE"],"COUNT":10,"INTERVAL":1}</c>;
/// answers carry it as <c>RRULE</c> with <c>BYDAY</c> as an object (<c>{"MO":"MO","WE":"WE"}</c>), <c>UNTIL</c> as a
/// locale date, and <c>~UNTIL</c> / <c>UNTIL_TS</c> added (docs: api-reference/calendar/_includes/calendar_event_fields.md;
/// docs/portal-quirks.md #9).
/// </summary>
/// <param name="Freq"><c>DAILY</c>, <c>WEEKLY</c>, <c>MONTHLY</c> or <c>YEARLY</c>.</param>
/// <param name="Interval">Units of <paramref name="Freq"/> between occurrences (at least 1).</param>
/// <param name="ByDay">Weekdays of a weekly rule, in week order (Monday first); empty for the start's weekday.</param>
/// <param name="Count">The number of occurrences, when limited by a count.</param>
/// <param name="Until">The last date, when limited by a date.</param>
internal sealed record CalendarEventRecurrence(string Freq, int Interval, IReadOnlyList<string> ByDay, int? Count, DateOnly? Until)
{
    private static readonly string[] WeekOrder = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Frequencies = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"];

    /// <summary>
    /// The <c>rrule</c> parameter; <see langword="null"/> when it is empty or has no known <c>FREQ</c> (the event
    /// then does not repeat). <c>BYDAY</c> may be an array, a comma-separated string or an object.
    /// </summary>
    public static CalendarEventRecurrence? FromInput(JsonNode? node)
    {
        if (node is not JsonObject rule)
        {
            return null;
        }

        var freq = ParameterReader.ToScalarString(Property(rule, "FREQ"))?.Trim().ToUpperInvariant();
        if (freq is null || !Frequencies.Contains(freq))
        {
            return null;
        }

        var intervalNode = Property(rule, "INTERVAL");
        var interval = intervalNode is null ? 1 : (int)Math.Clamp(ParameterReader.ToInt64(intervalNode), 1, 1000);
        var countNode = Property(rule, "COUNT");
        int? count = countNode is null ? null : (int)Math.Clamp(ParameterReader.ToInt64(countNode), 0, 100_000);
        DateOnly? until = CalendarEventDates.TryParseDate(ParameterReader.ToScalarString(Property(rule, "UNTIL")), out var date) ? date : null;
        return new CalendarEventRecurrence(freq, interval, Weekdays(Property(rule, "BYDAY")), count > 0 ? count : null, until);
    }

    /// <summary>The stored <c>RRULE</c> of an event; <see langword="null"/> for an event that does not repeat.</summary>
    public static CalendarEventRecurrence? FromRecord(JsonObject record)
    {
        if (record["RRULE"] is not JsonObject rule)
        {
            return null;
        }

        var parsed = FromInput(rule);
        if (parsed is null)
        {
            return null;
        }

        // Stored dates are locale dates (12/24/2024, 24.12.2024...); a rule limited by COUNT also stores its computed UNTIL.
        var style = CalendarEventDates.StyleOf(record);
        DateOnly? until = CalendarEventDates.TryParseStoredDate(ParameterReader.ToScalarString(rule["UNTIL"]), out var date, style) ? date : parsed.Until;
        if (until >= CalendarEventDates.MaxUntil)
        {
            until = null;
        }

        return parsed with { Until = until };
    }

    /// <summary>The dates of the occurrences from <paramref name="start"/> on (exception dates not removed).</summary>
    public IEnumerable<DateOnly> Occurrences(DateOnly start)
    {
        var limit = Until is { } until && until < CalendarEventDates.MaxUntil ? until : CalendarEventDates.MaxUntil;
        var produced = 0;
        foreach (var date in Candidates(start))
        {
            if (date > limit || (Count is { } count && produced >= count))
            {
                yield break;
            }

            produced++;
            yield return date;
        }
    }

    /// <summary>The last date the rule reaches: <c>UNTIL</c>, the date of the last counted occurrence, or 01/01/2038.</summary>
    public DateOnly LastDate(DateOnly start)
    {
        if (Count is not null)
        {
            var last = start;
            foreach (var date in Occurrences(start))
            {
                last = date;
            }

            return last;
        }

        return Until ?? CalendarEventDates.MaxUntil;
    }

    /// <summary>The rule ending the day before <paramref name="date"/> (the original series of a "this and following" edit).</summary>
    public CalendarEventRecurrence EndingBefore(DateOnly date) => this with { Count = null, Until = date.AddDays(-1) };

    /// <summary>The rule for a series continuing from <paramref name="date"/>: a count shrinks by the occurrences before it.</summary>
    public CalendarEventRecurrence ContinuingFrom(DateOnly start, DateOnly date)
    {
        if (Count is not { } count)
        {
            return this;
        }

        var before = Occurrences(start).Count(occurrence => occurrence < date);
        return this with { Count = Math.Max(1, count - before) };
    }

    /// <summary>
    /// The <c>RRULE</c> object of answers: <c>FREQ</c>, <c>BYDAY</c> (weekly), <c>INTERVAL</c>, <c>COUNT</c> (when given),
    /// <c>UNTIL</c>, <c>~UNTIL</c>, <c>UNTIL_TS</c>, dates in <paramref name="style"/>. A rule without an end in a
    /// real portal's style (not en) has <c>"~UNTIL": ""</c> beside <c>UNTIL</c> <c>01.01.2038</c>, as recorded.
    /// </summary>
    public JsonObject ToOutput(DateOnly start, CalendarDateStyle style = CalendarDateStyle.EnUs)
    {
        var until = LastDate(start);
        var output = new JsonObject { ["FREQ"] = Freq };
        if (Freq == "WEEKLY")
        {
            var byDay = new JsonObject();
            foreach (var day in WeeklyDays(start))
            {
                byDay[day] = day;
            }

            output["BYDAY"] = byDay;
        }

        output["INTERVAL"] = Interval;
        if (Count is { } count)
        {
            output["COUNT"] = count;
        }

        output["UNTIL"] = CalendarEventDates.Date(until, style);
        output["~UNTIL"] = style != CalendarDateStyle.EnUs && until >= CalendarEventDates.MaxUntil ? "" : CalendarEventDates.Date(until, style);
        output["UNTIL_TS"] = CalendarEventDates.UtcMidnight(until);
        return output;
    }

    /// <summary>The <c>~RRULE_DESCRIPTION</c> text, such as <c>every week on: Mon, Wed, from 12/11/2024 to 12/24/2024</c>.</summary>
    public string Describe(DateOnly start, CalendarDateStyle style = CalendarDateStyle.EnUs)
    {
        var every = Freq switch
        {
            "DAILY" => Interval == 1 ? "every day" : $"every {Interval.ToString(CultureInfo.InvariantCulture)} days",
            "WEEKLY" => (Interval == 1 ? "every week" : $"every {Interval.ToString(CultureInfo.InvariantCulture)} weeks")
                + " on: " + string.Join(", ", WeeklyDays(start).Select(day => DayNames[Array.IndexOf(WeekOrder, day)])),
            "MONTHLY" => Interval == 1 ? "every month" : $"every {Interval.ToString(CultureInfo.InvariantCulture)} months",
            _ => Interval == 1 ? "every year" : $"every {Interval.ToString(CultureInfo.InvariantCulture)} years",
        };
        var until = LastDate(start);
        var text = $"{every}, from {CalendarEventDates.Date(start, style)}";
        return until < CalendarEventDates.MaxUntil ? $"{text} to {CalendarEventDates.Date(until, style)}" : text;
    }

    /// <summary>The dates in an <c>EXDATE</c> string (<c>11/28/2024;12/05/2024</c>, or in the record's style).</summary>
    public static HashSet<DateOnly> ExceptionDates(string? exdate, CalendarDateStyle style = CalendarDateStyle.EnUs)
    {
        var dates = new HashSet<DateOnly>();
        foreach (var part in (exdate ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CalendarEventDates.TryParseStoredDate(part, out var date, style))
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    private IEnumerable<DateOnly> Candidates(DateOnly start)
    {
        switch (Freq)
        {
            case "DAILY":
                for (var date = start; date <= CalendarEventDates.MaxUntil; date = date.AddDays(Interval))
                {
                    yield return date;
                }

                break;
            case "WEEKLY":
                var offsets = WeeklyDays(start).Select(day => Array.IndexOf(WeekOrder, day)).ToArray();
                for (var monday = start.AddDays(-WeekIndex(start)); monday <= CalendarEventDates.MaxUntil; monday = monday.AddDays(7 * Interval))
                {
                    foreach (var offset in offsets)
                    {
                        var date = monday.AddDays(offset);
                        if (date >= start)
                        {
                            yield return date;
                        }
                    }
                }

                break;
            case "MONTHLY":
                for (var months = 0; start.AddMonths(months) <= CalendarEventDates.MaxUntil; months += Interval)
                {
                    var month = start.AddMonths(months);
                    if (start.Day <= DateTime.DaysInMonth(month.Year, month.Month))
                    {
                        yield return new DateOnly(month.Year, month.Month, start.Day);
                    }
                }

                break;
            default:
                for (var year = start.Year; year <= CalendarEventDates.MaxUntil.Year; year += Interval)
                {
                    if (start.Day <= DateTime.DaysInMonth(year, start.Month))
                    {
                        yield return new DateOnly(year, start.Month, start.Day);
                    }
                }

                break;
        }
    }

    private IReadOnlyList<string> WeeklyDays(DateOnly start) => ByDay.Count > 0 ? ByDay : [WeekOrder[WeekIndex(start)]];

    private static int WeekIndex(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static List<string> Weekdays(JsonNode? node)
    {
        IEnumerable<string?> raw = node switch
        {
            JsonArray array => array.Select(ParameterReader.ToScalarString),
            JsonObject map => map.Select(pair => ParameterReader.ToScalarString(pair.Value)),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Split(','),
            _ => [],
        };
        var wanted = raw.Where(day => day is not null).Select(day => day!.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return [.. WeekOrder.Where(wanted.Contains)];
    }

    private static JsonNode? Property(JsonObject rule, string name)
    {
        foreach (var (key, value) in rule)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
