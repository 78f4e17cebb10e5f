using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Benchmarks.Reading;

/// <summary>
/// The <c>result</c> values the reading suite parses, built from the docs' examples (the emulator's
/// <see cref="DocsFixtures"/>) replicated to 50 items with varied identifiers, names and dates, written compactly
/// as a portal does. They keep the docs' shapes: numbers as strings (<c>"190"</c>), <c>Y</c>/<c>N</c> flags,
/// locale dates (<c>12/11/2024 05:59:00 pm</c>), <c>[]</c> for an empty map, <c>false</c> for an empty list,
/// <c>""</c> for a missing object, an object for a list (<c>BYDAY</c>).
/// </summary>
internal static class ResponseData
{
    public const int Count = 50;

    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>50 calendars: the three of <c>calendar.section.get</c> in turn (one with <c>"ACCESS": []</c>).</summary>
    public static byte[] Sections { get; } = BuildSections();

    /// <summary>
    /// 50 events: in turn the recurring meeting of <c>calendar.event.getbyid</c> and the plain event of
    /// <c>calendar.event.get</c> (<c>"RRULE": ""</c>, <c>"RELATIONS": ""</c>, <c>"UF_CRM_CAL_EVENT": false</c>).
    /// </summary>
    public static byte[] Events { get; } = BuildEvents();

    private static byte[] BuildSections()
    {
        var templates = DocsFixtures.Parse("calendar.section.get")["result"]!.AsArray();
        var result = new JsonArray();
        for (var i = 0; i < Count; i++)
        {
            var item = templates[i % templates.Count]!.DeepClone().AsObject();
            item["ID"] = (190 + i).ToString(CultureInfo.InvariantCulture);
            item["NAME"] = $"{item["NAME"]!.GetValue<string>()} {i}";
            item["OWNER_ID"] = (1 + (i % 7)).ToString(CultureInfo.InvariantCulture);
            item["DATE_CREATE"] = $"2024-12-{1 + (i % 28):00} 06:{i % 60:00}:00";
            result.Add(item);
        }

        return JsonSerializer.SerializeToUtf8Bytes(result, s_compact);
    }

    private static byte[] BuildEvents()
    {
        var recurring = DocsFixtures.Parse("calendar.event.getbyid")["result"]!.AsObject();
        var plain = DocsFixtures.Parse("calendar.event.get")["result"]!.AsArray()[1]!.AsObject();
        var result = new JsonArray();
        for (var i = 0; i < Count; i++)
        {
            var item = (i % 2 == 0 ? recurring : plain).DeepClone().AsObject();
            var id = (1265 + i).ToString(CultureInfo.InvariantCulture);
            item["ID"] = id;
            item["PARENT_ID"] = id;
            item["NAME"] = $"Event {i}";
            item["DATE_FROM"] = $"12/{1 + (i % 28):00}/2024 0{1 + (i % 9)}:59:00 pm";
            item["DATE_TO"] = $"12/{1 + (i % 28):00}/2024 0{1 + (i % 9)}:59:59 pm";
            item["DATE_FROM_TS_UTC"] = (1733932740 + (i * 86400)).ToString(CultureInfo.InvariantCulture);
            item["DATE_TO_TS_UTC"] = (1733936340 + (i * 86400)).ToString(CultureInfo.InvariantCulture);
            result.Add(item);
        }

        return JsonSerializer.SerializeToUtf8Bytes(result, s_compact);
    }
}
