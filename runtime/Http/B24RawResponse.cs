using System.Collections.Generic;
using System.Text;

namespace B24Gen;

/// <summary>
/// The HTTP response as it came, for diagnosis: status, headers and body text, with the webhook code and tokens
/// replaced by <c>***</c>. On <see cref="B24Exception.RawResponse"/> (when a response arrived) and
/// <see cref="B24Response{T}.RawResponse"/>. The body text is decoded when first read.
/// </summary>
public sealed class B24RawResponse
{
    private readonly byte[] _body;
    private readonly SecretRedactor _redactor;
    private string? _text;

    internal B24RawResponse(int status, IReadOnlyDictionary<string, string> headers, byte[] body, SecretRedactor redactor)
    {
        Status = status;
        _body = body;
        _redactor = redactor;
        Headers = headers;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The response and content headers (names in any case; repeated values joined with <c>", "</c>), secrets redacted.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as UTF-8 text, secrets redacted.</summary>
    public string Body => _text ??= _redactor.Redact(Encoding.UTF8.GetString(_body));

    /// <summary>The status and the body's length, never its content.</summary>
    public override string ToString() => $"HTTP {Status}, {_body.Length} bytes";
}
