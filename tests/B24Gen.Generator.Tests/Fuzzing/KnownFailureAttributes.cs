namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>
/// Tests that fail on today's generator (the failure classes the fuzzer found), skipped until the generator is fixed.
/// Set <c>B24GEN_RUN_KNOWN_FAILURES=1</c> to run them anyway; delete the Skip reason when the fixes land.
/// </summary>
internal static class KnownFailures
{
    public const string Reason = "Issue 11 point 8: the generator fails these today (see FuzzerRegressionTests); set B24GEN_RUN_KNOWN_FAILURES=1 to run.";

    public static string? SkipUnlessAsked => Environment.GetEnvironmentVariable("B24GEN_RUN_KNOWN_FAILURES") == "1" ? null : Reason;
}

/// <summary>A <see cref="FactAttribute"/> skipped unless <c>B24GEN_RUN_KNOWN_FAILURES=1</c>.</summary>
public sealed class KnownFailureFactAttribute : FactAttribute
{
    public KnownFailureFactAttribute() => Skip = KnownFailures.SkipUnlessAsked;
}

/// <summary>A <see cref="TheoryAttribute"/> skipped unless <c>B24GEN_RUN_KNOWN_FAILURES=1</c>.</summary>
public sealed class KnownFailureTheoryAttribute : TheoryAttribute
{
    public KnownFailureTheoryAttribute() => Skip = KnownFailures.SkipUnlessAsked;
}
