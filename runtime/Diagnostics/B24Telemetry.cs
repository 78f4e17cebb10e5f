using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace B24Gen.Diagnostics;

/// <summary>
/// Traces and metrics, named <c>B24Gen</c>: a span per call (<c>B24 calendar.section.get</c>), and counters of
/// requests, retries, client-side waits and lenient-reading problems, plus the call duration in seconds. Listen with
/// OpenTelemetry (<c>AddSource(B24Telemetry.Name)</c>, <c>AddMeter(B24Telemetry.Name)</c>) or dotnet-counters. The
/// names follow OpenTelemetry's semantic conventions: one <c>b24gen.</c> prefix, standard attributes where they exist.
/// </summary>
public static class B24Telemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "B24Gen";

    /// <summary>Counter of HTTP requests sent, tagged <see cref="MethodTag"/> and <c>http.response.status_code</c>.</summary>
    public const string Requests = "b24gen.client.requests";

    /// <summary>Counter of retried calls, tagged <see cref="MethodTag"/> and <see cref="ReasonTag"/> (the error code).</summary>
    public const string Retries = "b24gen.client.retries";

    /// <summary>Counter of client-side waits, tagged <see cref="MethodTag"/> and <see cref="ReasonTag"/> (<c>rate-limit</c>, <c>operating</c>).</summary>
    public const string Throttled = "b24gen.client.throttled";

    /// <summary>Counter of result values read leniently, tagged <see cref="MethodTag"/> and <see cref="FieldTag"/>.</summary>
    public const string ReadProblems = "b24gen.client.read_problems";

    /// <summary>
    /// Histogram of call durations in seconds, tagged <see cref="MethodTag"/> and, on failure, <c>error.type</c>. Not
    /// <c>server.address</c>: an app serving thousands of portals would get a series per portal (spans carry it).
    /// </summary>
    public const string CallDuration = "b24gen.client.call.duration";

    /// <summary>
    /// Counter of failed operations on the state shared with other processes (a token store, B24Gen.Redis), tagged
    /// <see cref="OperationTag"/> and <c>error.type</c>. The call went on with this process's own state.
    /// </summary>
    public const string SharedStateFailures = "b24gen.client.shared_state.failures";

    /// <summary>The REST method (<c>crm.deal.list</c>).</summary>
    public const string MethodTag = "b24gen.method";

    /// <summary>Why a call was retried or waited.</summary>
    public const string ReasonTag = "b24gen.reason";

    /// <summary>The type and field a value did not fit (<c>CrmDeal.OPPORTUNITY</c>).</summary>
    public const string FieldTag = "b24gen.field";

    /// <summary>
    /// What the client asked of the shared state: <c>token.read</c>, <c>token.save</c>, <c>token.lock</c>,
    /// <c>rate-limit</c>, <c>operating</c>.
    /// </summary>
    public const string OperationTag = "b24gen.operation";

    /// <summary>The number of attempts a call took (on its span).</summary>
    public const string AttemptsTag = "b24gen.attempts";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter SharedMeter = new(Name);
}
