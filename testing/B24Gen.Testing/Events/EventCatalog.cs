using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>An event the portal knows: what <c>event.bind</c> accepts and <c>events</c> lists.</summary>
/// <param name="Code">The code, upper-case.</param>
/// <param name="Scope">The permission scope it belongs to (sent as <c>auth[scope]</c>); <see langword="null"/> for the portal-wide events.</param>
/// <param name="SendsRefreshToken">Whether its deliveries carry <c>auth[refresh_token]</c> (docs: only events that need long-term access).</param>
/// <param name="OfflineAllowed">Whether it may be bound with <c>event_type=offline</c>.</param>
internal sealed record EventDefinition(string Code, string? Scope, bool SendsRefreshToken = false, bool OfflineAllowed = true);

/// <summary>
/// The events this portal knows: the ones the emulator raises when its state changes, <c>ONOFFLINEEVENT</c>, and any a
/// test declares (<see cref="PortalEvents.Declare"/>). Codes compare ignoring case. Thread-safe.
/// </summary>
internal sealed class EventCatalog
{
    public const string OfflineEvent = "ONOFFLINEEVENT";
    public const string CalendarEntryAdd = "ONCALENDARENTRYADD";
    public const string CalendarEntryUpdate = "ONCALENDARENTRYUPDATE";
    public const string CalendarEntryDelete = "ONCALENDARENTRYDELETE";
    public const string CalendarSectionAdd = "ONCALENDARSECTIONADD";
    public const string CalendarSectionUpdate = "ONCALENDARSECTIONUPDATE";
    public const string CalendarSectionDelete = "ONCALENDARSECTIONDELETE";
    public const string CrmDealAdd = "ONCRMDEALADD";
    public const string CrmDealUpdate = "ONCRMDEALUPDATE";
    public const string CrmDealDelete = "ONCRMDEALDELETE";

    private readonly Lock _gate = new();
    private readonly List<EventDefinition> _definitions =
    [
        // The portal-wide event the rest module declares with "sendRefreshToken" and "disableOffline".
        new(OfflineEvent, null, SendsRefreshToken: true, OfflineAllowed: false),
        new(CalendarEntryAdd, "calendar"),
        new(CalendarEntryUpdate, "calendar"),
        new(CalendarEntryDelete, "calendar"),
        new(CalendarSectionAdd, "calendar"),
        new(CalendarSectionUpdate, "calendar"),
        new(CalendarSectionDelete, "calendar"),
        new(CrmDealAdd, "crm"),
        new(CrmDealUpdate, "crm"),
        new(CrmDealDelete, "crm"),
    ];

    public IReadOnlyList<EventDefinition> All
    {
        get
        {
            lock (_gate)
            {
                return _definitions.ToArray();
            }
        }
    }

    public EventDefinition? Find(string code)
    {
        lock (_gate)
        {
            return _definitions.FirstOrDefault(definition => string.Equals(definition.Code, code, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Adds a code (or changes the scope of a declared one).</summary>
    public void Declare(string code, string scope)
    {
        var upper = code.ToUpperInvariant();
        lock (_gate)
        {
            var index = _definitions.FindIndex(definition => definition.Code == upper);
            var definition = new EventDefinition(upper, scope);
            if (index < 0)
            {
                _definitions.Add(definition);
            }
            else
            {
                _definitions[index] = _definitions[index] with { Scope = scope };
            }
        }
    }
}
