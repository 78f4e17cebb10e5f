using System.Collections.Generic;

namespace B24Gen.Testing;

/// <summary>One HTTP request the emulator received, exactly as it arrived, and what became of it.</summary>
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

    /// <summary>
    /// Whether a queued <see cref="FaultResponse"/> answered this request (or dropped its connection) instead of
    /// normal handling. A <see cref="FaultResponse.PassThrough"/> fault does not count: its request is handled normally.
    /// </summary>
    public bool ServedByFault { get; init; }

    /// <summary>When the request arrived, by the emulator's clock (<see cref="PortalEmulatorOptions.TimeProvider"/>).</summary>
    public System.DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// How many method handlers ran for this request: 0 or 1 for a plain call, the number of commands that ran
    /// for a <c>batch</c> (see <see cref="PortalEmulator.ExecutedCommands"/>). 0 for a request refused before its
    /// handler (fault, rate limit, operating limit, authentication, unknown method).
    /// </summary>
    public int HandlersRun { get; init; }

    /// <summary>Whether at least one method handler ran for this request (<see cref="HandlersRun"/> &gt; 0).</summary>
    public bool HandlerRan => HandlersRun > 0;

    /// <summary>
    /// The HTTP status the emulator answered (or was about to answer, when the client went away during a
    /// <see cref="FaultResponse.Delay"/>); <see langword="null"/> while the request is still being handled and when
    /// the connection was dropped (<see cref="FaultResponse.DropConnection"/>).
    /// </summary>
    public int? ResponseStatus { get; init; }

    /// <summary>
    /// The <c>error</c> code of an error the emulator itself answered (e.g. <c>QUERY_LIMIT_EXCEEDED</c>,
    /// <c>expired_token</c>, a method error); <see langword="null"/> for a success and for a fault's body.
    /// </summary>
    public string? ErrorCode { get; init; }
}
