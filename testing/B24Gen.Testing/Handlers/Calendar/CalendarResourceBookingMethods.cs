using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// <c>calendar.resource.booking.list</c>, backed by <see cref="PortalState.CalendarResourceBookings"/>: bookings
/// in the docs' shape (<c>"ID": "1408"</c>, <c>"DATE_FROM": "20.12.2024 00:00:00"</c>, <c>"DT_LENGTH": 172800</c>,
/// <c>"IS_MEETING": false</c>, <c>"RESOURCE_BOOKING_ID": "10"</c>). There is no REST method that creates bookings;
/// the seeded ones go away with their resource (<c>calendar.resource.delete</c>).
/// </summary>
internal static class CalendarResourceBookingMethods
{
    private const string FilterMissing =
        "The required parameter \"filter['resourceTypeIdList']\" is not set for the method \"calendar.resource.booking.list\"";

    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy"];

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "dd.MM.yyyy HH:mm:ss", "MM/dd/yyyy hh:mm:ss tt",
    ];

    private static readonly string[] OffsetFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd HH:mm:sszzz"];

    public static void Register(MethodRegistry registry)
    {
        registry.Register("calendar.resource.booking.list", List);
    }

    /// <summary>
    /// <c>calendar.resource.booking.list</c> (docs: api-reference/calendar/resource/calendar-resource-booking-list.md).
    /// <list type="bullet">
    /// <item><c>filter.resourceTypeIdList</c>: resource IDs, matched against <c>SECTION_ID</c>.</item>
    /// <item><c>filter.resourceIdList</c>: resource-booking IDs (CRM <c>resourcebooking</c> field values), matched
    /// against <c>RESOURCE_BOOKING_ID</c>. The docs forbid giving both but document no error; the emulator then uses
    /// <c>resourceIdList</c> only.</item>
    /// <item>Neither (or only empty lists): the documented <c>filter['resourceTypeIdList']</c> error.</item>
    /// <item><c>filter.from</c>/<c>filter.to</c>: bookings that overlap the period, the days inclusive
    /// (<c>to=2024-12-20</c> runs to the end of that day). A booking lasts from <c>DATE_FROM</c> for
    /// <c>DT_LENGTH</c> seconds (an all-day booking from 20.12 to 21.12 has 172800).</item>
    /// </list>
    /// Answers the bookings in ID order; deleted ones (<c>DELETED: "Y"</c>) are left out.
    /// </summary>
    private static MethodResult List(MethodCallContext context)
    {
        var filter = context.Parameters.GetObject("filter");
        var bookingIds = IdList(filter?["resourceIdList"]);
        var resourceIds = bookingIds is null ? IdList(filter?["resourceTypeIdList"]) : null;
        if (bookingIds is null && resourceIds is null)
        {
            return CalendarScope.Error(FilterMissing);
        }

        var periodStart = ParseBound(filter?["from"], end: false) ?? DateTime.MinValue;
        var periodEnd = ParseBound(filter?["to"], end: true) ?? DateTime.MaxValue;
        var bookings = context.State.CalendarResourceBookings.List(booking =>
            ParameterReader.ToScalarString(booking["DELETED"]) != "Y"
            && (bookingIds is not null
                ? bookingIds.Contains(ParameterReader.ToInt64(booking["RESOURCE_BOOKING_ID"]))
                : resourceIds!.Contains(ParameterReader.ToInt64(booking["SECTION_ID"])))
            && Overlaps(booking, periodStart, periodEnd));

        var result = new JsonArray();
        foreach (var booking in bookings)
        {
            result.Add(booking);
        }

        return MethodResult.Success(result);
    }

    /// <summary>The IDs of a list (a JSON array, or the map a PHP form list becomes); null when missing or empty.</summary>
    private static HashSet<long>? IdList(JsonNode? node)
    {
        IEnumerable<JsonNode?> items = node switch
        {
            JsonArray array => array,
            JsonObject map => System.Linq.Enumerable.Select(map, pair => pair.Value),
            null => [],
            _ => [node],
        };

        var ids = new HashSet<long>();
        foreach (var item in items)
        {
            if (ParameterReader.ToScalarString(item) is { Length: > 0 })
            {
                ids.Add(ParameterReader.ToInt64(item));
            }
        }

        return ids.Count == 0 ? null : ids;
    }

    /// <summary>
    /// A period bound as a wall-clock time: a date is the start of that day (<paramref name="end"/>: the start of
    /// the next day, exclusive); a date and time is that moment (as an end, just after it). Null when missing or
    /// unreadable (no bound).
    /// </summary>
    private static DateTime? ParseBound(JsonNode? node, bool end)
    {
        var text = ParameterReader.ToScalarString(node)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return end ? day.Date.AddDays(1) : day.Date;
        }

        DateTime moment;
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            moment = withOffset.DateTime;
        }
        else if (!DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment))
        {
            return null;
        }

        return end ? moment.AddTicks(1) : moment;
    }

    /// <summary>Whether the booking <c>[DATE_FROM, DATE_FROM + DT_LENGTH)</c> overlaps <c>[start, end)</c>.</summary>
    private static bool Overlaps(JsonObject booking, DateTime start, DateTime end)
    {
        if (!DateTime.TryParseExact(ParameterReader.ToScalarString(booking["DATE_FROM"]), "dd.MM.yyyy HH:mm:ss",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return true;
        }

        var to = from.AddSeconds(ParameterReader.ToInt64(booking["DT_LENGTH"]));
        return from < end && (to > start || from >= start);
    }
}
