using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// Seeds <see cref="PortalState.CalendarEvents"/> (see <c>Fixtures/README.md</c>): event 1265 from the docs'
/// <c>calendar.event.getbyid</c> example, 1221 from the (cleaned) <c>calendar.event.get</c> example, and the
/// emulator's own events (1, 2, 651, 1213, 1216) behind the docs' <c>calendar.accessibility.get</c> and
/// <c>calendar.meeting.status.*</c> examples. Records are stored as they are in the fixtures.
/// </summary>
internal static class CalendarEventSeed
{
    public static void Seed(PortalState state)
    {
        Put(state, DocsFixtures.Parse("calendar.event.getbyid")["result"]);
        foreach (var item in DocsFixtures.Parse("calendar.event.get")["result"] as JsonArray ?? [])
        {
            Put(state, item);
        }

        foreach (var item in DocsFixtures.Parse("seed.calendar.events") as JsonArray ?? [])
        {
            Put(state, item);
        }
    }

    /// <summary>Stores an event unless one with its ID is there already (1265 is in two examples; the first wins).</summary>
    private static void Put(PortalState state, JsonNode? node)
    {
        if (node is not JsonObject record)
        {
            return;
        }

        var id = CalendarEventRecords.Id(record);
        if (state.CalendarEvents.Get(id) is null)
        {
            state.CalendarEvents.Put(id, record);
        }
    }
}
