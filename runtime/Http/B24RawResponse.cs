using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace B24Gen;

/// <summary>
/// The HTTP response as it came, for diagnosis: status, headers and body text, with the webhook code and tokens
/// replaced by <c>***</c>. On <see cref="B24Exception.RawResponse"/> (when a response arrived) and
/// <see cref="B24Response{T}.RawResponse"/>. Headers and text are made (and redacted) when first read, so a call
/// nobody diagnoses pays nothing for them.
/// </summary>
public sealed class B24RawResponse
{
    private readonly byte[] _body;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly SecretRedactor _redactor;
    private IReadOnlyDictionary<string, string>? _redactedHeaders;
    private string? _text;

    internal B24RawResponse(int httpStatus, IReadOnlyDictionary<string, string> headers, byte[] body, SecretRedactor redactor)
    {
        HttpStatus = httpStatus;
        _headers = headers;
        _body = body;
        _redactor = redactor;
    }

    /// <summary>The HTTP status code.</summary>
    public int HttpStatus { get; }

    /// <summary>
    /// The response and content headers (names in any case; repeated values joined with <c>", "</c>), secrets
    /// redacted (a moved portal's <c>Location</c> holds the webhook code).
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers =>
        _redactedHeaders ??= _headers.ToDictionary(h => h.Key, h => _redactor.Redact(h.Value), StringComparer.OrdinalIgnoreCase);

    /// <summary>The body as UTF-8 text, secrets redacted.</summary>
    public string Body => _text ??= _redactor.Redact(Encoding.UTF8.GetString(_body));

    /// <summary>The status and the body's length, never its content.</summary>
    public override string ToString() => $"HTTP {HttpStatus}, {_body.Length} bytes";
}
