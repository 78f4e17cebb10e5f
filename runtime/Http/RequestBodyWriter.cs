using System.Buffers;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Http;

/// <summary>Writes a call's JSON body: the request's parameters, plus <c>auth</c> for OAuth.</summary>
internal static class RequestBodyWriter
{
    public static byte[] Write<TRequest>(TRequest request, string? accessToken)
        where TRequest : IB24JsonObject<TRequest>
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            TRequest.WriteProperties(writer, request);
            if (accessToken is not null)
            {
                writer.WriteString("auth"u8, accessToken);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
