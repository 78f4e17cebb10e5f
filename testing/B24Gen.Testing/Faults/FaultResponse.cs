using System;
using System.Collections.Generic;

namespace B24Gen.Testing;

/// <summary>
/// A raw HTTP response served instead of normal handling (see <see cref="PortalEmulator.EnqueueFault"/>).
/// The body is sent as-is, so it can be an error envelope, an HTML error page, truncated JSON or anything else.
/// With <see cref="DropConnection"/> there is no response at all; with <see cref="Delay"/> the answer comes late;
/// with <see cref="PassThrough"/> the request is handled normally and only the delay or the drop applies.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Body">The response body, sent as UTF-8.</param>
/// <param name="ContentType">The <c>Content-Type</c> header value.</param>
public sealed record FaultResponse(int Status, string Body, string ContentType = "application/json")
{
    /// <summary>
    /// The <see cref="ForMethod"/> value that matches requests to the OAuth token endpoint
    /// (<see cref="PortalEmulator.OAuthEndpoint"/>) instead of a REST method.
    /// </summary>
    public const string OAuthTokenEndpoint = "oauth/token";

    /// <summary>
    /// A fault that aborts the connection without any response (the client sees a transport error).
    /// Combine with <c>with { ... }</c>: <c>FaultResponse.DropConnection with { ForMethod = "calendar.event.add", Times = 3 }</c>;
    /// add <see cref="PassThrough"/> to run the method first and then drop the answer.
    /// </summary>
    public static FaultResponse DropConnection { get; } = new(0, "", "") { DropsConnection = true };

    /// <summary>
    /// The REST method this fault applies to (case-insensitive, a <c>.json</c> suffix is ignored), or
    /// <see cref="OAuthTokenEndpoint"/>; <see langword="null"/> matches any request. A fault for a method applies to
    /// HTTP requests for that method, never to a command inside a <c>batch</c> (use <c>"batch"</c> for the batch itself).
    /// </summary>
    public string? ForMethod { get; init; }

    /// <summary>How many matching requests get this response before it is used up (a storm). Must be at least 1.</summary>
    public int Times { get; init; } = 1;

    /// <summary>Extra response headers, e.g. <c>Location</c> for a 302 or <c>Retry-After</c>.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Whether the connection is aborted instead of answering (see <see cref="DropConnection"/>).</summary>
    public bool DropsConnection { get; init; }

    /// <summary>
    /// How long the emulator waits before answering (or dropping the connection): a slow portal. The wait uses real
    /// time (<see cref="System.Threading.Tasks.Task.Delay(TimeSpan, System.Threading.CancellationToken)"/>) and ends
    /// early when the client goes away or the emulator stops. Default zero.
    /// </summary>
    public TimeSpan Delay { get; init; }

    /// <summary>
    /// When <see langword="true"/>, the request is handled normally (the method runs at once) and
    /// <see cref="Status"/>, <see cref="Body"/>, <see cref="ContentType"/> and <see cref="Headers"/> are ignored:
    /// only <see cref="Delay"/> (a slow answer) and <see cref="DropsConnection"/> (the method ran, the answer is
    /// lost) apply. Default <see langword="false"/>.
    /// </summary>
    public bool PassThrough { get; init; }

    /// <summary>A slow but otherwise normal answer: the method runs at once, its answer is sent after <paramref name="delay"/>.</summary>
    /// <param name="delay">How long to hold the answer.</param>
    /// <returns>The fault; set <see cref="ForMethod"/> and <see cref="Times"/> with <c>with { ... }</c>.</returns>
    public static FaultResponse Slow(TimeSpan delay) => new(0, "", "") { PassThrough = true, Delay = delay };
}
