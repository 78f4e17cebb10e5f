using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Reading;

/// <summary>
/// Diagnostic for suite 3 (not a target): how much of the generated readers' time goes to parsing dates.
/// The same responses with their date-time fields replaced (sections: <c>null</c>, allowed by <c>datetime?</c>;
/// events: Unix seconds as numbers, which <c>datetime</c> also reads) take the text parsing out and keep the rest.
/// Baseline: the hand-written reader on the unchanged responses.
/// </summary>
[IterationCount(15)]
[MemoryDiagnoser]
public class ReadingBreakdownBenchmarks
{
    private readonly byte[] _sections = ResponseData.Sections;
    private readonly byte[] _sectionsWithoutDates = Replace(ResponseData.Sections, ["DATE_CREATE", "TIMESTAMP_X"], _ => null);
    private readonly byte[] _events = ResponseData.Events;
    private readonly byte[] _eventsWithoutDateText = Replace(ResponseData.Events, ["DATE_FROM", "DATE_TO", "DATE_CREATE", "TIMESTAMP_X"], i => 1733932740 + i);

    [Benchmark(Baseline = true, Description = "Sections: hand-written")]
    public List<PlainSection> SectionsHandWritten() => HandWrittenReaders.ReadSections(_sections);

    [Benchmark(Description = "Sections: generated")]
    public IReadOnlyList<CalendarSection> SectionsGenerated() => ReadSections(_sections);

    [Benchmark(Description = "Sections: generated, dates null")]
    public IReadOnlyList<CalendarSection> SectionsGeneratedNoDates() => ReadSections(_sectionsWithoutDates);

    [Benchmark(Description = "Sections: hand-written, dates null")]
    public List<PlainSection> SectionsHandWrittenNoDates() => HandWrittenReaders.ReadSections(_sectionsWithoutDates);

    [Benchmark(Description = "Events: hand-written")]
    public List<PlainEvent> EventsHandWritten() => HandWrittenReaders.ReadEvents(_events);

    [Benchmark(Description = "Events: generated")]
    public IReadOnlyList<CalendarEvent> EventsGenerated() => ReadEvents(_events);

    [Benchmark(Description = "Events: generated, date-times as Unix numbers")]
    public IReadOnlyList<CalendarEvent> EventsGeneratedNoDateText() => ReadEvents(_eventsWithoutDateText);

    [Benchmark(Description = "Events: hand-written, date-times as Unix numbers")]
    public List<PlainEvent> EventsHandWrittenNoDateText() => HandWrittenReaders.ReadEvents(_eventsWithoutDateText);

    private static IReadOnlyList<CalendarSection> ReadSections(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return B24Methods.CalendarSectionGet.ReadResult(ref reader);
    }

    private static IReadOnlyList<CalendarEvent> ReadEvents(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return B24Methods.CalendarEventGet.ReadResult(ref reader);
    }

    private static byte[] Replace(byte[] json, string[] names, Func<int, long?> value)
    {
        var items = JsonNode.Parse(json)!.AsArray();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var name in names)
            {
                items[i]![name] = value(i) is { } number ? JsonValue.Create(number) : null;
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(items);
    }
}

/// <summary>
/// Diagnostic for suite 3: one date or date-time parsed from the portal's text, by the runtime's lenient parsers
/// (<c>B24DateTime.Parse</c> tries 5 offset formats, then 12 local ones, in order) against one
/// <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/> with the right format.
/// </summary>
[IterationCount(15)]
[MemoryDiagnoser]
public class DateParsingBenchmarks
{
    [Benchmark(Baseline = true, Description = "TryParseExact, the one right format")]
    public bool KnownFormat() => DateTime.TryParseExact("2024-12-10 06:36:00", "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [Benchmark(Description = "B24DateTime.Parse(\"2024-12-10 06:36:00\") (sections)")]
    public B24DateTime SectionDate() => B24DateTime.Parse("2024-12-10 06:36:00");

    [Benchmark(Description = "B24DateTime.Parse(\"12/11/2024 05:59:00 pm\") (events)")]
    public B24DateTime EventDate() => B24DateTime.Parse("12/11/2024 05:59:00 pm");

    [Benchmark(Description = "B24DateTime.Parse(\"2025-03-20T15:00:00+02:00\")")]
    public B24DateTime IsoDate() => B24DateTime.Parse("2025-03-20T15:00:00+02:00");

    [Benchmark(Description = "B24Date.Parse(\"12/24/2024\") (RRULE UNTIL)")]
    public B24Date UntilDate() => B24Date.Parse("12/24/2024");
}
