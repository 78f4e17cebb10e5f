using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Benchmarks.Generator;
using B24Gen.Benchmarks.Reading;
using B24Gen.Benchmarks.Writing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Benchmarks.Support;

/// <summary>
/// <c>--validate</c>: checks that the suites compare like with like before anyone trusts their numbers. The synthetic
/// schema generates without diagnostics and its C# compiles against the runtime; the four readers extract the same
/// data; the writers send the same JSON.
/// </summary>
internal static class Validation
{
    public static int Run()
    {
        var failures = 0;
        failures += Check("stock schema generates cleanly", () => Describe(GeneratorChecks.RequireCleanRun(GeneratorHost.StockSchema()), GeneratorHost.StockSchema()));
        failures += Check("synthetic schema generates cleanly and compiles", CompileSynthetic);
        failures += Check("section readers agree", CheckSections);
        failures += Check("event readers agree", CheckEvents);
        failures += Check("request writers agree", CheckWriters);
        Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) failed.");
        return failures == 0 ? 0 : 1;
    }

    private static int Check(string name, Func<string> check)
    {
        try
        {
            Console.WriteLine($"OK   {name}: {check()}");
            return 0;
        }
        catch (Exception e)
        {
            Console.WriteLine($"FAIL {name}: {e}");
            return 1;
        }
    }

    private static string Describe(GeneratorDriverRunResult result, IReadOnlyList<SchemaText> texts)
    {
        var yaml = texts.Sum(t => (long)t.Content.Length);
        var csharp = result.GeneratedTrees.Sum(t => (long)t.Length);
        return $"{texts.Count} files, {yaml / 1024} KiB YAML -> {result.GeneratedTrees.Length} sources, {csharp / 1024} KiB C#";
    }

    private static string CompileSynthetic()
    {
        var texts = SyntheticSchema.Create();
        var result = GeneratorChecks.RequireCleanRun(texts);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.Extensions.Logging.Abstractions.dll")
            .Append(typeof(B24Client).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "Synthetic",
            result.GeneratedTrees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{errors.Count} compile errors, e.g.:\n" + string.Join("\n", errors.Take(10)));
        }

        var methods = texts.Count(t => !t.Path.EndsWith(".types.yaml", StringComparison.Ordinal));
        var types = compilation.Assembly.TypeNames.Count;
        return Describe(result, texts) + $"; {methods} methods; {types} C# types; compiles with 0 errors";
    }

    private static string CheckSections()
    {
        var json = ResponseData.Sections;
        var expected = Fingerprint(HandWrittenReaders.ReadSections(json));
        Same(expected, Fingerprint(JsonSerializer.Deserialize<List<PlainSection>>(json, StjOptions.Read)!), "System.Text.Json");
        Same(expected, Fingerprint(NewtonsoftReaders.ReadSections(json)), "Newtonsoft");
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var generated = B24Methods.CalendarSectionGet.ReadResult(ref reader);
        Same(expected, string.Join("|", generated.Select(s =>
            $"{s.Id},{s.Name},{s.GapiCalendarId},{s.CalType},{s.OwnerId},{s.DateCreate?.Text},{s.SyncToken},{s.Access.Count},{s.Access.Values.Sum()},{s.IsCollab},{s.Export.Allow},{s.Perm.EditSection}")), "generated");
        return $"{json.Length:N0} bytes, {generated.Count} calendars, same fields from all four readers";
    }

    private static string Fingerprint(List<PlainSection> sections) => string.Join("|", sections.Select(s =>
        $"{s.Id},{s.Name},{s.GapiCalendarId},{s.CalType},{s.OwnerId},{s.DateCreate},{s.SyncToken},{s.Access.Count},{s.Access.Values.Sum()},{s.IsCollab},{s.Export.Allow},{s.Perm.EditSection}"));

    private static string CheckEvents()
    {
        var json = ResponseData.Events;
        var expected = Fingerprint(HandWrittenReaders.ReadEvents(json));
        Same(expected, Fingerprint(JsonSerializer.Deserialize<List<PlainEvent>>(json, StjOptions.Read)!), "System.Text.Json");
        Same(expected, Fingerprint(NewtonsoftReaders.ReadEvents(json)), "Newtonsoft");
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var generated = B24Methods.CalendarEventGet.ReadResult(ref reader);
        Same(expected, string.Join("|", generated.Select(e =>
            $"{e.Id},{e.Deleted},{e.DateFrom.Text},{e.TzOffsetFrom},{e.DateFromTsUtc.ToUnixTimeSeconds()},{e.PrivateEvent},{e.IsMeeting},{e.MeetingHost},{e.Meeting?.LanguageId},{e.Remind.Count},{e.Rrule?.Byday.Count},{e.Rrule?.Until.Text},{e.Relations?.OriginalRecursionId},{e.RecurrenceId},{e.UfCrmCalEvent.Count},{e.UfWebdavCalEvent.Count},{e.AttendeeList.Sum(a => a.EntryId)},{e.AttendeesEntityList.Count},{e.RawUserOffsetTo},{e.AdditionalFields.Count}")), "generated");
        var parsedDates = generated.Count(e => e.DateFrom.Value is not null);
        return $"{json.Length:N0} bytes, {generated.Count} events, same fields from all four readers; {parsedDates} DATE_FROM parsed by the generated reader";
    }

    private static string Fingerprint(List<PlainEvent> events) => string.Join("|", events.Select(e =>
        $"{e.Id},{e.Deleted},{e.DateFrom},{e.TzOffsetFrom},{e.DateFromTsUtc},{e.PrivateEvent},{e.IsMeeting},{e.MeetingHost},{e.Meeting?.LanguageId},{e.Remind.Count},{e.Rrule?.ByDay.Count},{e.Rrule?.Until},{e.Relations?.OriginalRecursionId},{e.RecurrenceId},{e.UfCrmCalEvent.Count},{e.UfWebdavCalEvent.Count},{e.AttendeeList.Sum(a => a.EntryId)},{e.AttendeesEntityList.Count},{e.RawUserOffsetTo},0"));

    private static string CheckWriters()
    {
        var benchmarks = new WriteEventAddBenchmarks();
        var expected = JsonNode.Parse(benchmarks.HandWritten());
        foreach (var (name, bytes) in new[]
        {
            ("generated", benchmarks.Generated()),
            ("client path", benchmarks.GeneratedClientPath()),
            ("System.Text.Json", benchmarks.SystemTextJson()),
            ("Newtonsoft", benchmarks.Newtonsoft()),
        })
        {
            if (!JsonNode.DeepEquals(expected, JsonNode.Parse(bytes)))
            {
                throw new InvalidOperationException($"{name} wrote {System.Text.Encoding.UTF8.GetString(bytes)}\nexpected {expected!.ToJsonString()}");
            }
        }

        return $"{benchmarks.HandWritten().Length} bytes, the same JSON from all writers: {System.Text.Encoding.UTF8.GetString(benchmarks.Generated())}";
    }

    private static void Same(string expected, string actual, string who)
    {
        if (expected != actual)
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            throw new InvalidOperationException($"{who} differs from the hand-written reader at {at}:\n  hand: {Excerpt(expected, at)}\n  {who}: {Excerpt(actual, at)}");
        }
    }

    private static string Excerpt(string text, int at) => text.Substring(Math.Max(0, at - 60), Math.Min(160, text.Length - Math.Max(0, at - 60)));
}
