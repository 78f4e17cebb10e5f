using Microsoft.CodeAnalysis.Testing;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>
/// The references the standard harness compiles generated code against: net10.0's reference assemblies (the package
/// the test project downloads at restore, so nothing is fetched while testing; the harness has no net10.0 entry of its
/// own yet), plus the runtime and the two stock scopes the user schemas build on.
/// </summary>
internal static class HarnessReferences
{
    public static ReferenceAssemblies Net100 { get; } =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.14"), Path.Combine("ref", "net10.0"));

    public static IEnumerable<System.Reflection.Assembly> B24Gen { get; } =
        [typeof(B24Client).Assembly, typeof(global::B24Gen.Api.CalendarSection).Assembly, typeof(global::B24Gen.Api.CrmDeal).Assembly];
}
