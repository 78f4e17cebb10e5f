using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace B24Gen.Benchmarks.Support;

/// <summary>
/// One configuration for every suite, sized for a small (2-core) machine and a time budget: 3 warm-up and
/// 5 measured iterations in one launch, in this process (the in-process toolchain: no generated project to
/// build, and the per-call suite's portal emulator runs beside the client as it does in the tests).
/// Suites of microseconds-long operations ask for more iterations with [IterationCount] (15; 30 for the loopback
/// calls, whose noise comes from sharing two cores with the in-process server).
/// Every class has a baseline, so the Ratio and Alloc Ratio columns compare methods of the same run.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(string artifactsPath) => ManualConfig.CreateEmpty()
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.Median)
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithId("InProcess-3x5"))
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value))
        .WithArtifactsPath(artifactsPath)
        .WithOptions(ConfigOptions.DisableLogFile);
}
