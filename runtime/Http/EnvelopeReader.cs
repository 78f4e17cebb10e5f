using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Http;

/// <summary>
/// Reads the response envelope in one pass: <c>result</c> (with the method's generated reader), <c>time</c>,
/// <c>total</c>, <c>next</c>, or <c>error</c>/<c>error_description</c>. Everything that is not a usable answer
/// becomes the matching <see cref="B24Exception"/>.
/// </summary>
internal static class EnvelopeReader
{
    /// <summary>The response, or the exception it amounts to; either carries the raw response (<see cref="Raw"/>).</summary>
    public static B24Response<T> Read<T>(string method, RawResponse response, B24ReadFunc<T> readResult, SecretRedactor redactor, bool strict = true)
    {
        try
        {
            return ReadEnvelope(method, response, readResult, redactor, strict);
        }
        catch (B24Exception failure) when (failure.RawResponse is null)
        {
            failure.RawResponse = Raw(response, redactor);
            throw;
        }
    }

    private static B24Response<T> ReadEnvelope<T>(string method, RawResponse response, B24ReadFunc<T> readResult, SecretRedactor redactor, bool strict)
    {
        // Some PHP setups print a UTF-8 byte order mark before the body; the JSON reader does not take one.
        var body = response.Body.AsSpan();
        if (body.StartsWith(Utf8ByteOrderMark))
        {
            body = body[Utf8ByteOrderMark.Length..];
        }

        if (!LooksLikeJsonObject(body))
        {
            throw NotJson(method, response, redactor);
        }

        var reader = new Utf8JsonReader(body);
        T result = default!;
        var hasResult = false;
        string? errorCode = null;
        string? errorDescription = null;
        B24ResponseTime? time = null;
        long? total = null;
        long? next = null;
        IReadOnlyList<B24ReadProblem> problems = [];
        var section = "$";
        try
        {
            B24JsonRead.Value(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw NotJson(method, response, redactor);
            }

            while (B24JsonRead.NextProperty(ref reader))
            {
                var name = reader.GetString();
                section = "$." + name;
                B24JsonRead.Value(ref reader);
                switch (name)
                {
                    case "result" when response.Status < 300:
                        result = ReadResult(ref reader, readResult, strict, out problems);
                        hasResult = true;
                        break;
                    case "error":
                        errorCode = AtProperty(ref reader, name, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : B24JsonRead.String(ref r));
                        break;
                    case "error_description":
                        errorDescription = AtProperty(ref reader, name, static (ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : B24JsonRead.String(ref r));
                        break;
                    case "time":
                        time = AtProperty(ref reader, name, ResponseTimeReader.Read);
                        break;
                    case "total":
                        total = AtProperty(ref reader, name, B24JsonRead.NullableInt64);
                        break;
                    case "next":
                        next = AtProperty(ref reader, name, B24JsonRead.NullableInt64);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (B24JsonReadException exception)
        {
            var message = redactor.Redact(exception.Message);
            throw Redacted(redactor, new B24ResponseFormatException(method, message, response.Status, redactor.Redact(exception.JsonPath), SafeInner(exception, redactor)));
        }
        catch (JsonException exception)
        {
            var message = redactor.Redact($"The response is not valid JSON at {section}: {exception.Message}");
            throw Redacted(redactor, new B24ResponseFormatException(method, message, response.Status, redactor.Redact(section), SafeInner(exception, redactor)));
        }

        if (errorCode is not null)
        {
            var error = B24ErrorMapper.FromError(method, errorCode, redactor.Redact(errorDescription ?? string.Empty), response.Status);
            if (error is B24OperationTimeLimitException limit)
            {
                // A 429 may carry the method's time block: its operating_reset_at says when the block lifts.
                limit.ResetAt = time?.OperatingResetAt;
            }

            throw Redacted(redactor, error);
        }

        if (response.Status >= 300)
        {
            throw Redacted(redactor, B24ErrorMapper.FromError(method, string.Empty, $"The portal answered HTTP {response.Status} without an error code.", response.Status));
        }

        if (!hasResult)
        {
            throw Redacted(redactor, new B24ResponseFormatException(method, "The response has neither 'result' nor 'error'.", response.Status, "$.result"));
        }

        return new B24Response<T>(method, result, response.Status, time, total, next) { ReadProblems = problems, RawResponse = Raw(response, redactor) };
    }

    /// <summary>Keeps the cause only when its message holds no secret (the portal may echo anything back).</summary>
    private static Exception? SafeInner(Exception exception, SecretRedactor redactor)
    {
        var text = exception.ToString();
        return redactor.Redact(text) == text ? exception : null;
    }

    private static T AtProperty<T>(ref Utf8JsonReader reader, string? name, B24ReadFunc<T> read)
    {
        try
        {
            return read(ref reader);
        }
        catch (B24JsonReadException exception)
        {
            throw B24JsonReadException.AtProperty(exception, name ?? "?");
        }
    }

    internal static TException Redacted<TException>(SecretRedactor redactor, TException exception)
        where TException : B24Exception
    {
        exception.Redactor = redactor;
        return exception;
    }

    /// <summary>
    /// Reads <c>result</c>; unless <paramref name="strict"/>, a member that does not fit its type keeps its default and
    /// becomes one of <paramref name="problems"/>, rather than failing the call.
    /// </summary>
    internal static T ReadResult<T>(ref Utf8JsonReader reader, B24ReadFunc<T> readResult, bool strict, out IReadOnlyList<B24ReadProblem> problems)
    {
        problems = [];
        try
        {
            if (strict)
            {
                return readResult(ref reader);
            }

            using var scope = ReadSession.Begin();
            var value = readResult(ref reader);
            problems = scope.Session.Problems("$.result");
            return value;
        }
        catch (JsonException exception)
        {
            // Root the generated reader's path ("$[0].ID") under the envelope ("$.result[0].ID").
            throw B24JsonReadException.AtProperty(exception, "result");
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static bool LooksLikeJsonObject(ReadOnlySpan<byte> body)
    {
        var start = body.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && body[start] == (byte)'{';
    }

    private static B24ResponseFormatException NotJson(string method, RawResponse response, SecretRedactor redactor)
    {
        var snippet = Encoding.UTF8.GetString(response.Body, 0, Math.Min(response.Body.Length, 200)).ReplaceLineEndings(" ").Trim();
        var what = response.Body.Length == 0 ? "an empty body" : $"{response.ContentType ?? "a body"} that is not a JSON object: \"{snippet}\"";
        return Redacted(redactor, new B24ResponseFormatException(method, redactor.Redact($"The portal answered HTTP {response.Status} with {what}."), response.Status, null));
    }

    /// <summary>The response for <see cref="B24Response{T}.RawResponse"/> and <see cref="B24Exception.RawResponse"/>.</summary>
    private static B24RawResponse Raw(RawResponse response, SecretRedactor redactor) => new(response.Status, response.Headers, response.Body, redactor);
}
