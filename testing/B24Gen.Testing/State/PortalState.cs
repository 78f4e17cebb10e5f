using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// The portal's in-memory data. Every member is thread-safe. Add a store or slot here for each new kind of
/// record, and seed it in <see cref="CreateSeeded"/>.
/// </summary>
public sealed class PortalState
{
    /// <summary>Calendars ("sections"), keyed by <c>ID</c>; records use the <c>calendar.section.get</c> shape.</summary>
    public JsonRecordStore CalendarSections { get; } = new();

    /// <summary>Calendar events, keyed by <c>ID</c>; records use the <c>calendar.event.getbyid</c> shape (see <c>CalendarEventRecords</c>).</summary>
    public JsonRecordStore CalendarEvents { get; } = new();

    /// <summary>Calendar resources (meeting rooms etc.), keyed by <c>ID</c>; records use the <c>calendar.resource.list</c> shape.</summary>
    public JsonRecordStore CalendarResources { get; } = new();

    /// <summary>Resource bookings, keyed by <c>ID</c>; records use the <c>calendar.resource.booking.list</c> shape.</summary>
    public JsonRecordStore CalendarResourceBookings { get; } = new();

    /// <summary>The portal-wide calendar settings, in the <c>calendar.settings.get</c> result shape.</summary>
    public JsonSlot CalendarSettings { get; } = new();

    /// <summary>
    /// The calendar settings of the calling user, in the <c>calendar.user.settings.get</c> result shape.
    /// The emulator keeps one block for every user.
    /// </summary>
    public JsonSlot CalendarUserSettings { get; } = new();

    /// <summary>
    /// CRM deals, keyed by <c>ID</c>; records use the <c>crm.deal.get</c> shape (all values strings or <see langword="null"/>).
    /// <see cref="PortalEmulatorOptions.DealCount"/> fills it with generated deals.
    /// </summary>
    public JsonRecordStore CrmDeals { get; } = new();

    /// <summary>A portal seeded with the fixtures (see <c>Fixtures/README.md</c>).</summary>
    /// <returns>A new state.</returns>
    public static PortalState CreateSeeded()
    {
        var state = new PortalState();
        foreach (var section in SectionsFrom(DocsFixtures.Parse("calendar.section.get")["result"]))
        {
            state.CalendarSections.Put(RecordId(section), section);
        }

        foreach (var section in SectionsFrom(DocsFixtures.Parse("seed.calendar.sections")))
        {
            state.CalendarSections.Put(RecordId(section), section);
        }

        state.CalendarUserSettings.Set(DocsFixtures.Parse("calendar.user.settings.get")["result"]!.AsObject());
        Handlers.Calendar.CalendarEventSeed.Seed(state);
        state.CalendarSettings.Set(DocsFixtures.Parse("calendar.settings.get")["result"]!.AsObject());
        foreach (var resource in SectionsFrom(DocsFixtures.Parse("calendar.resource.list")["result"]))
        {
            state.CalendarResources.Put(RecordId(resource), resource);
        }

        foreach (var booking in SectionsFrom(DocsFixtures.Parse("calendar.resource.booking.list")["result"]))
        {
            state.CalendarResourceBookings.Put(RecordId(booking), booking);
        }

        foreach (var booking in SectionsFrom(DocsFixtures.Parse("seed.calendar.bookings")))
        {
            state.CalendarResourceBookings.Put(RecordId(booking), booking);
        }

        return state;
    }

    /// <summary>
    /// A portal seeded with the shapes recorded on real portals (<see cref="PortalEmulatorOptions.RealPortal"/>):
    /// calendars, events and user settings from the <c>real.*</c> fixtures; the portal settings, resources and
    /// bookings from the docs' fixtures, as <see cref="CreateSeeded"/> has them.
    /// </summary>
    /// <returns>A new state.</returns>
    public static PortalState CreateSeededRealPortal()
    {
        var state = new PortalState();
        foreach (var section in SectionsFrom(DocsFixtures.Parse(RealPortalShapes.Sections)["result"]))
        {
            state.CalendarSections.Put(RecordId(section), section);
        }

        state.CalendarUserSettings.Set(DocsFixtures.Parse(RealPortalShapes.UserSettings)["result"]!.AsObject());
        foreach (var record in SectionsFrom(DocsFixtures.Parse(RealPortalShapes.Events)["result"]))
        {
            state.CalendarEvents.Put(Handlers.Calendar.CalendarEventRecords.Id(record), record);
        }

        state.CalendarSettings.Set(DocsFixtures.Parse("calendar.settings.get")["result"]!.AsObject());
        foreach (var resource in SectionsFrom(DocsFixtures.Parse("calendar.resource.list")["result"]))
        {
            state.CalendarResources.Put(RecordId(resource), resource);
        }

        foreach (var booking in SectionsFrom(DocsFixtures.Parse("calendar.resource.booking.list")["result"]))
        {
            state.CalendarResourceBookings.Put(RecordId(booking), booking);
        }

        return state;
    }

    private static JsonObject[] SectionsFrom(JsonNode? array) =>
        array is JsonArray items ? [.. System.Linq.Enumerable.Select(items, item => item!.AsObject())] : [];

    private static long RecordId(JsonObject record) =>
        long.Parse(record["ID"]!.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture);
}
