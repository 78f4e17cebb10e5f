using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Http;

/// <summary>
/// Writes a call's JSON body: the request's parameters, plus <c>auth</c> for OAuth. Relaxed escaping sends
/// <c>+02:00</c> and Cyrillic text as they are (the body is JSON for the portal, never embedded in HTML).
/// </summary>
internal static class RequestBodyWriter
{
    public static byte[] Write<TRequest>(B24ObjectType<TRequest> type, TRequest request, string? accessToken)
        where TRequest : class
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            type.WriteProperties(writer, request);
            if (accessToken is not null)
            {
                writer.WriteString("auth"u8, accessToken);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
