using System.Diagnostics.Metrics;
using B24Gen.Diagnostics;

namespace B24Gen.AspNetCore;

/// <summary>
/// <c>b24gen.events.received</c>: every request to the endpoint, by event code and outcome, on the host's
/// <see cref="IMeterFactory"/> (the meter named <c>B24Gen</c>, as the client's), else on a static meter of that name.
/// The code is an attribute only when the portal's token vouched for it or a handler is registered for it: anyone can
/// POST any code, and each distinct value would be a new time series.
/// </summary>
internal sealed class EventsMetrics
{
    public const string Received = "b24gen.events.received";
    public const string EventTag = "b24gen.event";
    public const string OutcomeTag = "b24gen.outcome";

    public const string Handled = "handled";
    public const string Unhandled = "unhandled";
    public const string Unauthorized = "unauthorized";
    public const string Malformed = "malformed";
    public const string Failed = "failed";

    /// <summary>The code attribute of a request whose code is not trusted or there was none.</summary>
    private const string OtherCode = "other";

    private static readonly Meter s_shared = new(B24Telemetry.Name);

    private readonly Counter<long> _received;
    private readonly HashSet<string> _known;

    public EventsMetrics(IServiceProvider services, B24EventHandlers handlers)
    {
        var meter = services.GetService(typeof(IMeterFactory)) is IMeterFactory factory ? factory.Create(new MeterOptions(B24Telemetry.Name)) : s_shared;
        _received = meter.CreateCounter<long>(Received, "{event}", "Requests to the events endpoint, by event code and outcome.");
        _known = new HashSet<string>(handlers.EventTypes.Select(t => t.Code), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts a request; <paramref name="trusted"/> when its application token was checked.</summary>
    public void Count(string outcome, string? code, bool trusted) =>
        _received.Add(1, new(EventTag, code is not null && (trusted || _known.Contains(code)) ? code : OtherCode), new(OutcomeTag, outcome));
}
