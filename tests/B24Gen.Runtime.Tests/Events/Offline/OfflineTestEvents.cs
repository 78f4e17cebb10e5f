using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary><c>ONCALENDARENTRYADD</c>, written by hand as the generator would: data kept as JSON.</summary>
internal sealed class EntryAdded : B24Event<JsonElement>, IB24Event<EntryAdded>
{
    private EntryAdded(B24EventEnvelope envelope, JsonElement data)
        : base(envelope, data)
    {
    }

    public static B24EventType<EntryAdded> EventType { get; } =
        B24EventType.Create<EntryAdded, JsonElement>("ONCALENDARENTRYADD", "calendar", B24JsonType.Any, (e, d) => new EntryAdded(e, d));
}

/// <summary><c>ONCALENDARENTRYUPDATE</c>, for a second code in the queue.</summary>
internal sealed class EntryUpdated : B24Event<JsonElement>, IB24Event<EntryUpdated>
{
    private EntryUpdated(B24EventEnvelope envelope, JsonElement data)
        : base(envelope, data)
    {
    }

    public static B24EventType<EntryUpdated> EventType { get; } =
        B24EventType.Create<EntryUpdated, JsonElement>("ONCALENDARENTRYUPDATE", "calendar", B24JsonType.Any, (e, d) => new EntryUpdated(e, d));
}
