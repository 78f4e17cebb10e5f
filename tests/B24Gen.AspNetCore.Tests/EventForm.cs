using System.Globalization;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.AspNetCore.Tests;

/// <summary>Event bodies as the portal POSTs them (PHP's <c>http_build_query</c>), for the test to send itself.</summary>
internal static class EventForm
{
    /// <summary>An event of <paramref name="portal"/>: its domain, endpoints, member_id and application token (unless replaced).</summary>
    public static string For(PortalEmulator portal, string code, JsonObject? data = null, Action<JsonObject>? auth = null)
    {
        var block = new JsonObject
        {
            ["domain"] = portal.BaseAddress.Authority,
            ["client_endpoint"] = portal.ClientEndpoint,
            ["server_endpoint"] = portal.OAuthEndpoint.ToString(),
            ["member_id"] = portal.Options.MemberId,
            ["status"] = "L",
            ["application_token"] = portal.Options.ApplicationToken,
        };
        auth?.Invoke(block);
        return Build(code, data ?? new JsonObject { ["FIELDS"] = new JsonObject { ["ID"] = "7405" } }, block);
    }

    public static string Build(string code, JsonObject data, JsonObject auth) =>
        PhpQueryString.Build(new JsonObject
        {
            ["event"] = code,
            ["event_handler_id"] = "185",
            ["data"] = data,
            ["ts"] = 1766047124.ToString(CultureInfo.InvariantCulture),
            ["auth"] = auth,
        });
}
