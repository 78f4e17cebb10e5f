using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// The body the portal POSTs to a handler: <c>event</c>, <c>event_handler_id</c>, <c>data</c>, <c>ts</c>, <c>auth</c>
/// (docs: events/index.md, "What Comes to the Handler": the same top-level keys for every event), encoded with
/// <c>http_build_query</c> because the portal sends <c>application/x-www-form-urlencoded</c>, not the JSON the docs
/// draw. An empty <c>data</c> (<c>ONOFFLINEEVENT</c>'s <c>[]</c>) leaves no key, as in PHP.
/// </summary>
internal static class EventPayload
{
    public static string Build(string code, long handlerId, JsonNode data, long unixSeconds, JsonObject auth) =>
        PhpQueryString.Build(new JsonObject
        {
            ["event"] = code,
            ["event_handler_id"] = handlerId,
            ["data"] = data.DeepClone(),
            ["ts"] = unixSeconds,
            ["auth"] = auth,
        });
}
