using System;

namespace B24Gen.Testing;

/// <summary>
/// One POST the portal made to an online event handler, and how it ended. The portal never retries (docs:
/// events/index.md, "No retries"), so a failed delivery stays failed; <see cref="PortalEvents.RedeliverLastAsync"/>
/// sends one again on purpose, as a real queue server sometimes does.
/// </summary>
/// <param name="Code">The event code, upper-case, e.g. <c>ONCRMDEALADD</c>.</param>
/// <param name="HandlerId">The binding's ID, sent as <c>event_handler_id</c>.</param>
/// <param name="HandlerUrl">The handler URL the body was POSTed to.</param>
/// <param name="Body">
/// The raw <c>application/x-www-form-urlencoded</c> body, as PHP's <c>http_build_query</c> writes it; read it back
/// with <see cref="PhpQueryString.Parse"/>.
/// </param>
public sealed record EventDelivery(string Code, long HandlerId, string HandlerUrl, string Body)
{
    /// <summary>The handler's HTTP status; <see langword="null"/> when it gave no answer (see <see cref="Error"/>).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why there is no answer (the connection failed, the handler timed out, the emulator stopped); otherwise <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the handler answered with a 2xx status.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>Whether this was a duplicate sent by <see cref="PortalEvents.RedeliverLastAsync"/>.</summary>
    public bool IsRedelivery { get; init; }

    /// <summary>When the POST was sent, by the emulator's clock (<see cref="PortalEmulatorOptions.TimeProvider"/>).</summary>
    public DateTimeOffset SentAt { get; init; }
}
