using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace B24Gen.Diagnostics;

/// <summary>
/// Traces and metrics, named <c>B24Gen</c>: a span per call (<c>B24 calendar.section.get</c>), and counters of
/// requests, retries and client-side throttling waits, plus call duration. Listen with OpenTelemetry or dotnet-counters.
/// </summary>
public static class B24Telemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "B24Gen";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("b24gen.client.requests", description: "HTTP requests sent to the portal, by method and status.");
    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("b24gen.client.retries", description: "Retried calls, by method and reason.");
    internal static readonly Counter<long> Throttled = Meter.CreateCounter<long>("b24gen.client.throttled", description: "Calls that waited on the client-side rate limit or the operating-time limit.");
    internal static readonly Counter<long> ReadProblems = Meter.CreateCounter<long>("b24gen.client.read_problems", description: "Result values that did not fit their declared type and kept their default (lenient reading), by method and field.");
    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("b24gen.client.duration", unit: "ms", description: "Duration of calls, retries included.");
}
