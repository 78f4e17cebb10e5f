using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>What the driver did with one tracked step of the pipeline in one run.</summary>
internal static class TrackedSteps
{
    /// <summary>The run reason of each output of <paramref name="step"/> (a <c>TrackingNames</c> constant).</summary>
    public static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
}
