using System.Collections.Generic;

namespace B24Gen.Emulator;

/// <summary>One HTTP request the emulator received, exactly as it arrived.</summary>
/// <param name="HttpMethod">The HTTP verb, e.g. <c>POST</c>.</param>
/// <param name="Path">The request path, e.g. <c>/rest/1/code/calendar.section.get.json</c> (no query string).</param>
/// <param name="RestMethod">
/// The REST method name taken from the path, lower-cased and without a <c>.json</c> suffix;
/// <see langword="null"/> when the path is not a REST path.
/// </param>
/// <param name="Headers">Request headers (case-insensitive names; repeated headers joined with <c>", "</c>).</param>
/// <param name="ContentType">The <c>Content-Type</c> header, or an empty string.</param>
/// <param name="Body">The raw request body decoded as UTF-8 (empty for none).</param>
public sealed record RecordedRequest(
    string HttpMethod,
    string Path,
    string? RestMethod,
    IReadOnlyDictionary<string, string> Headers,
    string ContentType,
    string Body)
{
    /// <summary>The raw query string including the leading <c>?</c>, or an empty string.</summary>
    public string QueryString { get; init; } = "";

    /// <summary>Whether a queued <see cref="FaultResponse"/> answered this request.</summary>
    public bool ServedByFault { get; init; }
}
