using System;

namespace B24Gen;

/// <summary>The <c>time</c> object of a response. Every field is optional: portals vary in what they send.</summary>
public sealed record B24ResponseTime
{
    /// <summary>When the portal started the request (Unix seconds with fraction).</summary>
    public double? Start { get; init; }

    /// <summary>When the portal finished the request (Unix seconds with fraction).</summary>
    public double? Finish { get; init; }

    /// <summary>Seconds from start to finish.</summary>
    public double? Duration { get; init; }

    /// <summary>Seconds spent processing.</summary>
    public double? Processing { get; init; }

    /// <summary>The start, as the portal's ISO 8601 text.</summary>
    public DateTimeOffset? DateStart { get; init; }

    /// <summary>The finish, as the portal's ISO 8601 text.</summary>
    public DateTimeOffset? DateFinish { get; init; }

    /// <summary>Seconds of execution time this method has accumulated for this app or webhook (the operating limit).</summary>
    public double? Operating { get; init; }

    /// <summary>When the oldest accounted minute of <see cref="Operating"/> stops counting.</summary>
    public DateTimeOffset? OperatingResetAt { get; init; }
}
