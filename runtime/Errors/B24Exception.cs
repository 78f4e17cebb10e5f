using System;

namespace B24Gen;

/// <summary>
/// A call to the portal failed. Every failure of a B24Gen call is a <see cref="B24Exception"/>: catch the
/// subclasses for categories (auth, access, limits, server, method errors, unreadable responses, transport).
/// Messages and <see cref="ToString"/> never contain the webhook code or tokens.
/// </summary>
public class B24Exception : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The REST method called.</param>
    /// <param name="code">The portal's error code; may be empty.</param>
    /// <param name="description">The portal's error description, or what went wrong.</param>
    /// <param name="httpStatus">The HTTP status, or 0 when no response arrived.</param>
    /// <param name="innerException">The cause, if any.</param>
    public B24Exception(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(FormatMessage(method, code, description, httpStatus), innerException)
    {
        Method = method ?? string.Empty;
        Code = code ?? string.Empty;
        Description = description ?? string.Empty;
        HttpStatus = httpStatus;
    }

    /// <summary>The REST method that was called, e.g. <c>calendar.section.get</c>.</summary>
    public string Method { get; }

    /// <summary>The portal's <c>error</c> code, e.g. <c>QUERY_LIMIT_EXCEEDED</c>; empty for calendar method errors.</summary>
    public string Code { get; }

    /// <summary>The portal's <c>error_description</c>, or a description of what went wrong.</summary>
    public string Description { get; }

    /// <summary>The HTTP status of the response, or 0 when none arrived.</summary>
    public int HttpStatus { get; }

    /// <summary>The HTTP response as it came (status, headers, body text; secrets redacted), or null when none arrived (or for a batch command).</summary>
    public B24RawResponse? RawResponse { get; internal set; }

    internal SecretRedactor? Redactor { get; set; }

    /// <summary>Whether <see cref="Code"/> is <paramref name="code"/>, ignoring case (the portal mixes cases).</summary>
    /// <param name="code">The code to compare with.</param>
    /// <returns>The answer.</returns>
    public bool HasCode(string code) => string.Equals(Code, code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = base.ToString();
        return Redactor?.Redact(text) ?? text;
    }

    private static string FormatMessage(string method, string code, string description, int httpStatus)
    {
        var status = httpStatus > 0 ? $"HTTP {httpStatus}" : "no response";
        var codeText = string.IsNullOrEmpty(code) ? string.Empty : $" {code}";
        return $"{method} failed ({status}{codeText}): {description}";
    }
}
