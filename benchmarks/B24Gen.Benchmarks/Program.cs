using B24Gen.Benchmarks.Support;
using BenchmarkDotNet.Running;

namespace B24Gen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/B24Gen.Benchmarks -- --filter '*'</c> runs every suite;
/// <c>--filter '*Reading*'</c> one of them; <c>--list flat</c> lists them. <c>--validate</c> checks the inputs
/// (the synthetic schema generates without diagnostics and compiles; every reader extracts the same data) and exits;
/// <c>--profile-generator [stock|synthetic]</c> breaks a cold generator run down by stage;
/// <c>--profile-calls [rounds]</c> measures suite 5 A/B-interleaved, for a machine with changing load.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--validate", ..])
        {
            return Validation.Run();
        }

        if (args is ["--profile-calls", ..])
        {
            return CallProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
        }

        if (args is ["--profile-generator-first-run", ..])
        {
            return GeneratorProfile.FirstRun(args.Length > 1 ? args[1] : "stock");
        }

        if (args is ["--profile-generator", ..])
        {
            return GeneratorProfile.Run(args.Length > 1 ? args[1] : "synthetic");
        }

        var artifacts = Path.Combine(RepoPaths.Root, "benchmarks", "B24Gen.Benchmarks", "BenchmarkDotNet.Artifacts");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create(artifacts));
        return 0;
    }
}
