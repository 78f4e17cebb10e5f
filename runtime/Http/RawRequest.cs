using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace B24Gen.Http;

/// <summary>Writes the body of a raw call: the caller's JSON object plus <c>auth</c> for OAuth.</summary>
internal static class RawRequest
{
    public static byte[] Write(JsonElement? parameters, string? accessToken)
    {
        if (parameters is { } p && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new System.ArgumentException($"Parameters must be a JSON object, not {p.ValueKind}.", nameof(parameters));
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (parameters is { ValueKind: JsonValueKind.Object } obj)
            {
                foreach (var property in obj.EnumerateObject())
                {
                    property.WriteTo(writer);
                }
            }

            if (accessToken is not null)
            {
                writer.WriteString("auth"u8, accessToken);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
