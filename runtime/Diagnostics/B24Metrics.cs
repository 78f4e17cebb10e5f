using System.Diagnostics.Metrics;

namespace B24Gen.Diagnostics;

/// <summary>
/// The client's instruments, named as OpenTelemetry's semantic conventions name an HTTP client's: one prefix
/// (<c>b24gen.</c>) for metric and attribute names, durations in seconds with the conventions' bucket boundaries, the
/// standard <c>http.response.status_code</c> and <c>error.type</c> beside B24Gen's own (<c>server.address</c> only on
/// spans: per portal, it would multiply the series of an app that serves many). Made
/// from an <see cref="IMeterFactory"/> when the client has one (dependency injection: the host owns and disposes the
/// meter), else from the static meter every client without one shares.
/// </summary>
internal sealed class B24Metrics
{
    private static readonly double[] s_durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    public B24Metrics(Meter meter)
    {
        Requests = meter.CreateCounter<long>(B24Telemetry.Requests, "{request}", "HTTP requests sent to the portal, by method and status.");
        Retries = meter.CreateCounter<long>(B24Telemetry.Retries, "{retry}", "Retried calls, by method and reason.");
        Throttled = meter.CreateCounter<long>(B24Telemetry.Throttled, "{wait}", "Calls that waited on the client-side rate limit or the operating-time limit, by method and reason.");
        ReadProblems = meter.CreateCounter<long>(B24Telemetry.ReadProblems, "{value}", "Result values that did not fit their declared type and kept their default (lenient reading), by method and field.");
        SharedStateFailures = meter.CreateCounter<long>(B24Telemetry.SharedStateFailures, "{failure}", "Failed operations on the state shared with other processes; the call went on with this process's own.");
        CallDuration = meter.CreateHistogram(B24Telemetry.CallDuration, "s", "Duration of calls, retries and waits included.", tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = s_durationBuckets });
    }

    /// <summary>The instruments of clients created without a meter factory.</summary>
    public static B24Metrics Shared { get; } = new(B24Telemetry.SharedMeter);

    public Counter<long> Requests { get; }

    public Counter<long> Retries { get; }

    public Counter<long> Throttled { get; }

    public Counter<long> ReadProblems { get; }

    public Counter<long> SharedStateFailures { get; }

    public Histogram<double> CallDuration { get; }

    /// <summary>The instruments for a client: from the factory's meter (one per factory, cached by it), else shared.</summary>
    public static B24Metrics For(IMeterFactory? factory) =>
        factory is null ? Shared : new B24Metrics(factory.Create(new MeterOptions(B24Telemetry.Name)));
}
