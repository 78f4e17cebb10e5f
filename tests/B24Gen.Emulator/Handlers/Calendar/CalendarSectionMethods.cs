using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Emulator.Handlers.Calendar;

/// <summary>Calendar sections (calendars): <c>calendar.section.*</c>, backed by <see cref="PortalState.CalendarSections"/>.</summary>
internal static class CalendarSectionMethods
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register("calendar.section.get", Get);
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
}
