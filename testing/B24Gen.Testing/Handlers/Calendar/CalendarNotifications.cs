using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// The portal events the calendar raises after a successful change, each with <c>data: {"id": ...}</c> (docs:
/// calendar/calendar-event/events/ and calendar/events/). A resource is a calendar section on a real portal, so its
/// changes raise the section events too ("Events OnCalendarSection* are triggered when resources are added, updated,
/// or deleted").
/// </summary>
internal static class CalendarNotifications
{
    public static void EntryAdded(MethodCallContext context, long id) => Raise(context, EventCatalog.CalendarEntryAdd, id);

    public static void EntryUpdated(MethodCallContext context, long id) => Raise(context, EventCatalog.CalendarEntryUpdate, id);

    public static void EntryDeleted(MethodCallContext context, long id) => Raise(context, EventCatalog.CalendarEntryDelete, id);

    public static void SectionAdded(MethodCallContext context, long id) => Raise(context, EventCatalog.CalendarSectionAdd, id);

    public static void SectionUpdated(MethodCallContext context, long id) => Raise(context, EventCatalog.CalendarSectionUpdate, id);

    public static void SectionDeleted(MethodCallContext context, long id) => Raise(context, EventCatalog.CalendarSectionDelete, id);

    private static void Raise(MethodCallContext context, string code, long id) => context.RaiseEvent(code, new JsonObject { ["id"] = id });
}
