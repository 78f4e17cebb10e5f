using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// <c>calendar.meeting.status.get</c> and <c>calendar.meeting.status.set</c>: the caller's participation status in
/// an event, kept in the event's <c>ATTENDEE_LIST</c> (so <c>calendar.event.getbyid</c>, <c>get</c> and
/// <c>get.nearest</c> show the change in <c>MEETING_STATUS</c> and <c>ATTENDEE_LIST[].status</c>).
/// </summary>
internal static class CalendarMeetingStatusMethods
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register(CalendarEventErrors.StatusGet, Get);
        registry.Register(CalendarEventErrors.StatusSet, Set);
    }

    /// <summary>
    /// <c>calendar.meeting.status.get</c> (docs: calendar-event/calendar-meeting-status-get.md): the caller's status
    /// as a bare string (<c>"result": "Y"</c>); <c>H</c> for the organizer. An unknown event, or one the caller does
    /// not take part in, gives the documented "An error occurred while retrieving the status".
    /// </summary>
    private static MethodResult Get(MethodCallContext context)
    {
        if (context.Parameters.IsEmpty("eventId"))
        {
            // As documented, the text names calendar.meeting.status.set.
            throw CalendarEventErrors.Fail(CalendarEventErrors.StatusGetEventIdMissing);
        }

        var record = context.State.CalendarEvents.Get(context.Parameters.GetInt64("eventId"));
        var status = record is null ? null : CalendarEventRecords.StatusOf(record, context.UserId);
        return status is null
            ? throw CalendarEventErrors.Fail(CalendarEventErrors.StatusGetFailed)
            : MethodResult.Success(JsonValue.Create(status));
    }

    /// <summary>
    /// <c>calendar.meeting.status.set</c> (docs: calendar-event/calendar-meeting-status-set.md): sets the caller's
    /// status to <c>Y</c>, <c>N</c> or <c>Q</c> (lower case is accepted, as the portal upper-cases it). Like the
    /// portal, it answers <c>true</c> even when nothing changes: an unknown event, a caller who is not invited, or
    /// the organizer (whose status stays <c>H</c>).
    /// </summary>
    private static MethodResult Set(MethodCallContext context)
    {
        var parameters = context.Parameters;
        if (parameters.IsEmpty("eventId"))
        {
            throw CalendarEventErrors.Required("eventId", CalendarEventErrors.StatusSet);
        }

        if (parameters.IsEmpty("status"))
        {
            throw CalendarEventErrors.Required("status", CalendarEventErrors.StatusSet);
        }

        var status = parameters.GetString("status")?.ToUpperInvariant();
        if (status is not ("Y" or "N" or "Q"))
        {
            throw CalendarEventErrors.Fail(CalendarEventErrors.StatusSetInvalidStatus);
        }

        var caller = context.UserId;
        context.State.CalendarEvents.Update(parameters.GetInt64("eventId"), record =>
        {
            if (CalendarEventRecords.StatusOf(record, caller) is { } current && current != "H")
            {
                CalendarEventRecords.SetStatus(record, caller, status);
            }
        });
        return MethodResult.Success(JsonValue.Create(true));
    }
}
