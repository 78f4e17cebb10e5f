using System.Globalization;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// The <c>calendar</c> scope: registers its methods and holds the conventions they share. Every calendar
/// method error is HTTP 400 with an empty <c>error</c> code; only the description tells them apart.
/// </summary>
internal static class CalendarScope
{
    public static void Register(MethodRegistry registry)
    {
        CalendarSectionMethods.Register(registry);
        CalendarSettingsMethods.Register(registry);
        CalendarEventWriteMethods.Register(registry);
        CalendarEventReadMethods.Register(registry);
        CalendarMeetingStatusMethods.Register(registry);
        CalendarAccessibilityMethods.Register(registry);
        CalendarResourceMethods.Register(registry);
        CalendarResourceBookingMethods.Register(registry);
    }

    /// <summary>An error as every calendar method reports it: HTTP 400, <c>"error": ""</c>.</summary>
    public static MethodResult Error(string description) => MethodResult.Error(400, "", description);

    /// <summary><c>The required parameter "x" for the method "m" is not set</c>.</summary>
    public static MethodResult RequiredParameterMissing(string parameter, string method) =>
        Error(string.Create(CultureInfo.InvariantCulture, $"The required parameter \"{parameter}\" for the method \"{method}\" is not set"));

    /// <summary>Throws the required-parameter error unless the parameter is present and not an empty string.</summary>
    public static void Require(MethodCallContext context, string parameter)
    {
        if (string.IsNullOrEmpty(context.Parameters.GetString(parameter)) && !IsContainer(context, parameter))
        {
            throw new MethodErrorException(RequiredParameterMissing(parameter, context.Method));
        }
    }

    private static bool IsContainer(MethodCallContext context, string parameter) =>
        context.Parameters.GetObject(parameter) is not null || context.Parameters.GetArray(parameter) is not null;
}
