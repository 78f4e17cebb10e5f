using System.Globalization;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// The documented <c>error_description</c> texts of the event, meeting and accessibility methods, verbatim from the
/// docs (and <c>schema/calendar/*.yaml</c>). The wording drifts from page to page (trailing periods, "Mandatory
/// parameter not specified", <c>calendar.meeting.status.get</c> naming <c>...status.set</c>): the drift is kept.
/// </summary>
internal static class CalendarEventErrors
{
    public const string Add = "calendar.event.add";
    public const string Update = "calendar.event.update";
    public const string GetById = "calendar.event.getbyid";
    public const string Get = "calendar.event.get";
    public const string GetNearest = "calendar.event.get.nearest";
    public const string Delete = "calendar.event.delete";
    public const string StatusGet = "calendar.meeting.status.get";
    public const string StatusSet = "calendar.meeting.status.set";
    public const string Accessibility = "calendar.accessibility.get";

    // calendar.event.add (no trailing periods)
    public const string AddInvalidName = "Invalid value for the parameter \"name\"";
    public const string AddInvalidDescription = "Invalid value for the parameter \"description\"";
    public const string AddAccessDenied = "Access denied";
    public const string AddInvalidSection = "You specified an invalid calendar section ID or the user does not have access to it";
    public const string AddCrmNotArray = "The list of event links to CRM must be an array";
    public const string AddFailed = "An error occurred while creating the event";

    // calendar.event.update (trailing periods, other word order)
    public const string UpdateInvalidName = "Invalid value for the \"name\" parameter.";
    public const string UpdateInvalidDescription = "Invalid value for the \"description\" parameter.";
    public const string UpdateAccessDenied = "Access denied.";
    public const string UpdateInvalidSection = "You specified an invalid calendar section ID or the user does not have access to it.";
    public const string UpdateInvalidRecurrenceMode = "An invalid editing type for the recurring event is specified.";
    public const string UpdateCrmNotArray = "The event's CRM links list must be an array.";
    public const string UpdateFailed = "An error occurred while changing the event.";

    // calendar.event.getbyid
    public const string GetByIdAccessDenied = "Access denied";

    // calendar.event.get: the docs' example answer; the page's table words it
    // 'Required parameter "type" is not specified for method "calendar.event.get"'.
    public const string GetTypeMissing = "Mandatory parameter not specified \"type\" for the method \"calendar.event.get\"";

    // calendar.event.delete
    public const string DeleteIdMissing = "Event id not specified";
    public const string DeleteFailed = "An error occurred while deleting the event";

    // calendar.meeting.status.get: the documented text names calendar.meeting.status.set.
    public const string StatusGetEventIdMissing = "The required parameter \"eventId\" for the method \"calendar.meeting.status.set\" is not set";
    public const string StatusGetFailed = "An error occurred while retrieving the status";

    // calendar.meeting.status.set
    public const string StatusSetInvalidStatus = "Invalid value for the parameter \"status\"";

    /// <summary>An error answer as every calendar method gives it (HTTP 400, <c>"error": ""</c>), thrown.</summary>
    public static MethodErrorException Fail(string description) => new(CalendarScope.Error(description));

    /// <summary>
    /// <c>The required parameter "x" for the method "m" is not set</c>, with the trailing period the method's page
    /// uses (<c>calendar.event.update</c> and <c>calendar.accessibility.get</c> end with one).
    /// </summary>
    public static MethodErrorException Required(string parameter, string method, bool period = false) =>
        Fail(string.Create(
            CultureInfo.InvariantCulture,
            $"The required parameter \"{parameter}\" for the method \"{method}\" is not set{(period ? "." : "")}"));
}
