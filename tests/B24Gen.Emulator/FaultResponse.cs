using System.Collections.Generic;

namespace B24Gen.Emulator;

/// <summary>
/// A raw HTTP response served instead of normal handling (see <see cref="PortalEmulator.EnqueueFault"/>).
/// The body is sent as-is, so it can be an error envelope, an HTML error page or anything else.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The response body, sent as UTF-8.</param>
/// <param name="ContentType">The <c>Content-Type</c> header value.</param>
public sealed record FaultResponse(int Status, string Body, string ContentType = "application/json")
{
    /// <summary>
    /// The REST method this fault applies to (case-insensitive, a <c>.json</c> suffix is ignored);
    /// <see langword="null"/> matches any request.
    /// </summary>
    public string? ForMethod { get; init; }

    /// <summary>How many matching requests get this response before it is used up. Must be at least 1.</summary>
    public int Times { get; init; } = 1;

    /// <summary>Extra response headers, e.g. <c>Location</c> for a 302 or <c>Retry-After</c>.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
