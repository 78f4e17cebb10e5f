using System;
using System.Collections.Frozen;

namespace B24Gen.Testing;

/// <summary>
/// The real-portal mode (<see cref="PortalEmulatorOptions.RealPortal"/>): shapes recorded on real portals that the
/// docs do not show. The data comes from the <c>real.*</c> fixtures (see <c>Fixtures/README.md</c>, which lists each
/// shape); the behaviours are switched on here and in the calendar handlers (<c>MethodCallContext.RealPortal</c>).
/// </summary>
internal static class RealPortalShapes
{
    /// <summary>The calendars of user 1: <c>DESCRIPTION</c> null, <c>CAL_DAV_CON</c> false, dotted dates.</summary>
    public const string Sections = "real.calendar.section.get";

    /// <summary>User settings mixing booleans and <c>Y</c>/<c>N</c>, <c>meetSection</c> "14" and <c>crmSection</c> false.</summary>
    public const string UserSettings = "real.calendar.user.settings.get";

    /// <summary>Event records: nulls, false for empty, dotted and day-first dates, both MEETING shapes, a meta-user, a booking.</summary>
    public const string Events = "real.calendar.events";

    // Real portals' time block sometimes lacks "operating" and "operating_reset_at"; recorded on crm.deal.list answers.
    private static readonly FrozenSet<string> TimeWithoutOperating =
        FrozenSet.ToFrozenSet(["crm.deal.list"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the answers of <paramref name="method"/> carry a <c>time</c> block without the operating fields.</summary>
    public static bool AnswersTimeWithoutOperating(string method) => TimeWithoutOperating.Contains(method);
}
