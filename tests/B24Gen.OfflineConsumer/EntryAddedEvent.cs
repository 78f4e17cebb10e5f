using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.OfflineConsumer;

/// <summary><c>ONCALENDARENTRYADD</c> with its data kept as JSON: the consumer needs only the entry's id.</summary>
internal sealed class EntryAddedEvent : B24Event<JsonElement>, IB24Event<EntryAddedEvent>
{
    private EntryAddedEvent(B24EventEnvelope envelope, JsonElement data)
        : base(envelope, data)
    {
    }

    public static B24EventType<EntryAddedEvent> EventType { get; } =
        B24EventType.Create<EntryAddedEvent, JsonElement>("ONCALENDARENTRYADD", "calendar", B24JsonType.Any, (e, d) => new EntryAddedEvent(e, d));

    /// <summary>The entry's id from <c>data.id</c>.</summary>
    public string EntryId => Data.TryGetProperty("id", out var id) ? id.ToString() : "?";
}
