using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace B24Gen.Testing;

/// <summary>
/// Turns a request's query string and body into one <see cref="JsonObject"/> of method parameters, the way
/// the portal merges <c>$_GET</c>, <c>$_POST</c> and a JSON body (later sources win, key by key at the top level).
/// </summary>
internal static class RequestParameters
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>The outcome of parsing: parameters, or a 400 <c>INVALID_REQUEST</c> description.</summary>
    public readonly record struct ParseOutcome(JsonObject? Parameters, string? Error);

    public static async Task<ParseOutcome> ParseAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        var parameters = PhpQueryString.Parse(request.QueryString.Value);
        if (body.Length == 0)
        {
            return new(parameters, null);
        }

        var mediaType = GetMediaType(request.ContentType);
        JsonObject? bodyParameters;
        if (IsJson(mediaType))
        {
            var (parsed, error) = ParseJsonBody(body);
            if (error is not null)
            {
                return new(null, error);
            }

            bodyParameters = parsed;
        }
        else if (string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            bodyParameters = PhpQueryString.Parse(Encoding.UTF8.GetString(body));
        }
        else if (string.Equals(mediaType, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                bodyParameters = await ParseMultipartAsync(request, body, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                return new(null, "The multipart request body is malformed");
            }
        }
        else
        {
            // Like PHP, a body of any other type (or with no Content-Type) is not read as parameters.
            bodyParameters = null;
        }

        if (bodyParameters is not null)
        {
            foreach (var (key, value) in bodyParameters.ToArray())
            {
                bodyParameters.Remove(key);
                parameters[key] = value;
            }
        }

        return new(parameters, null);
    }

    private static string? GetMediaType(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value : null;

    private static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static (JsonObject? Parameters, string? Error) ParseJsonBody(byte[] body)
    {
        var span = body.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (new JsonObject(), null);
        }

        try
        {
            var node = JsonNode.Parse(span, documentOptions: DocumentOptions);
            if (node is not JsonObject obj)
            {
                return (null, "The JSON request body must be an object");
            }

            Materialize(obj);
            return (obj, null);
        }
        catch (JsonException)
        {
            return (null, "The request body is not valid JSON");
        }
        catch (ArgumentException)
        {
            // JsonObject rejects duplicate property names when it builds its dictionary.
            return (null, "The JSON request body has duplicate property names");
        }
    }

    /// <summary>Forces lazy <see cref="JsonObject"/>s to build now, so duplicate keys fail here and not in a handler.</summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Materialize(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialize(child);
                }

                break;
        }
    }

    private static async Task<JsonObject> ParseMultipartAsync(HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        // The body was already read for recording; hand the form reader a fresh copy.
        var original = request.Body;
        request.Body = new MemoryStream(body, writable: false);
        try
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var (key, values) in form)
            {
                foreach (var value in values)
                {
                    pairs.Add(new(key, value ?? ""));
                }
            }

            // Uploaded files are not parameters the emulated methods use; their names are kept with empty values.
            foreach (var file in form.Files)
            {
                pairs.Add(new(file.Name, ""));
            }

            return PhpQueryString.FromPairs(pairs);
        }
        finally
        {
            request.Body = original;
        }
    }
}
