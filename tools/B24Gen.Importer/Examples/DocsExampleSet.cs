using System.Text.Json;
using B24Gen.Importer.Gates;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Examples;

/// <summary>The examples of the pages that the gates check against: response envelopes and request bodies.</summary>
internal static class DocsExampleSet
{
    /// <summary>Each method's examples, repaired to valid JSON (<see cref="ExampleJson"/>), by method name; the first page wins.</summary>
    public static DocsExamples From(IEnumerable<MethodPage> pages)
    {
        var responses = new Dictionary<string, string>(StringComparer.Ordinal);
        var requests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var example = page.ResponseExample is { } text ? ExampleJson.Read(text).Value : null;
            if (example is { } items && Import.MethodImporter.IsBareResult(items, page))
            {
                // The docs showed only the result ([{...}, {...}]): the portal sends it as {"result": [...]}.
                using var wrapped = JsonDocument.Parse("{\"result\":" + items.GetRawText() + "}");
                responses.TryAdd(page.MethodName, Canonical(wrapped.RootElement));
            }
            else if (example is { ValueKind: JsonValueKind.Object } envelope)
            {
                if (envelope.TryGetProperty("result", out _))
                {
                    responses.TryAdd(page.MethodName, Canonical(envelope));
                }
                else if (Import.MethodImporter.Unwrapped(envelope, page))
                {
                    responses.TryAdd(page.MethodName, Canonical(Rewrapped(envelope)));
                }
            }

            if (page.RequestExample is { } request && ExampleJson.Read(request).Value is { ValueKind: JsonValueKind.Object } body)
            {
                requests.TryAdd(page.MethodName, Canonical(body));
            }
        }

        return new DocsExamples(responses, requests);
    }

    /// <summary>An example that left out <c>result</c> (<c>{"sections": [...], "total": 3}</c>), as the portal sends it: <c>{"result": {"sections": [...]}, "total": 3}</c>.</summary>
    private static JsonElement Rewrapped(JsonElement envelope)
    {
        var result = new System.Text.Json.Nodes.JsonObject();
        var rewrapped = new System.Text.Json.Nodes.JsonObject { ["result"] = result };
        foreach (var member in envelope.EnumerateObject())
        {
            (Import.MethodImporter.IsEnvelopeKey(member.Name) ? rewrapped : result)[member.Name] = System.Text.Json.Nodes.JsonNode.Parse(member.Value.GetRawText());
        }

        using var document = JsonDocument.Parse(rewrapped.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>The repaired form, not the raw text.</summary>
    private static string Canonical(JsonElement value)
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping: '+' and non-ASCII text stay as they are, so the emulator's copy reads like the docs.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
