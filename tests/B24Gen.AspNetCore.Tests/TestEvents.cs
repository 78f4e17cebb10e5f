using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.AspNetCore.Tests;

/// <summary><c>ONCALENDARENTRYADD</c>, written as the generator will write it from the event's YAML.</summary>
public sealed class CalendarEntryAdded : B24Event<JsonElement>, IB24Event<CalendarEntryAdded>
{
    private CalendarEntryAdded(B24EventEnvelope envelope, JsonElement data)
        : base(envelope, data)
    {
    }

    public static B24EventType<CalendarEntryAdded> EventType { get; } =
        B24EventType.Create<CalendarEntryAdded, JsonElement>("ONCALENDARENTRYADD", "calendar", B24JsonType.Any, (e, d) => new(e, d));

    /// <summary>The new entry's ID, as the portal sends it (<c>data[id]</c>).</summary>
    public long Id => long.Parse(Data.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary><c>ONCRMDEALADD</c>.</summary>
public sealed class CrmDealAdded : B24Event<JsonElement>, IB24Event<CrmDealAdded>
{
    private CrmDealAdded(B24EventEnvelope envelope, JsonElement data)
        : base(envelope, data)
    {
    }

    public static B24EventType<CrmDealAdded> EventType { get; } =
        B24EventType.Create<CrmDealAdded, JsonElement>("ONCRMDEALADD", "crm", B24JsonType.Any, (e, d) => new(e, d));
}

/// <summary><c>ONAPPINSTALL</c>: the event that brings an application's tokens for a portal.</summary>
public sealed class AppInstalled : B24Event<JsonElement>, IB24Event<AppInstalled>
{
    private AppInstalled(B24EventEnvelope envelope, JsonElement data)
        : base(envelope, data)
    {
    }

    public static B24EventType<AppInstalled> EventType { get; } =
        B24EventType.Create<AppInstalled, JsonElement>("ONAPPINSTALL", "", B24JsonType.Any, (e, d) => new(e, d));
}
