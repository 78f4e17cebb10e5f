using System.Text.Json;
using B24Gen.Api;
using B24Gen.Serialization;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Reading;

/// <summary>
/// Suite 3a, reading a 50-calendar <c>calendar.section.get</c> result (the bytes of <c>result</c>).
/// Baseline: a hand-written <see cref="Utf8JsonReader"/> reader into plain classes. Targets: the generated
/// reader within 1.2x of it in time and allocations, and faster than System.Text.Json and Newtonsoft.
/// </summary>
[IterationCount(15)]
[MemoryDiagnoser]
public class ReadSectionsBenchmarks
{
    private readonly byte[] _json = ResponseData.Sections;

    [Benchmark(Baseline = true, Description = "Hand-written Utf8JsonReader")]
    public List<PlainSection> HandWritten() => HandWrittenReaders.ReadSections(_json);

    [Benchmark(Description = "System.Text.Json (reflection + converters)")]
    public List<PlainSection>? SystemTextJson() => JsonSerializer.Deserialize<List<PlainSection>>(_json, StjOptions.Read);

    [Benchmark(Description = "Newtonsoft JToken + extraction")]
    public List<PlainSection> Newtonsoft() => NewtonsoftReaders.ReadSections(_json);

    [Benchmark(Description = "Generated (B24Methods.CalendarSectionGet.ReadResult)")]
    public IReadOnlyList<CalendarSection> Generated()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return B24Methods.CalendarSectionGet.ReadResult(ref reader);
    }

    [Benchmark(Description = "Generated, lenient (the client's default: a value that does not fit keeps its default)")]
    public IReadOnlyList<CalendarSection> GeneratedLenient()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        using var session = ReadSession.Begin();
        return B24Methods.CalendarSectionGet.ReadResult(ref reader);
    }
}

/// <summary>
/// Suite 3b, reading a 50-event result (<c>calendar.event.get</c>'s shape: the events of
/// <c>calendar.event.getbyid</c> and <c>calendar.event.get</c>). Same readers and targets as suite 3a.
/// </summary>
[IterationCount(15)]
[MemoryDiagnoser]
public class ReadEventsBenchmarks
{
    private readonly byte[] _json = ResponseData.Events;

    [Benchmark(Baseline = true, Description = "Hand-written Utf8JsonReader")]
    public List<PlainEvent> HandWritten() => HandWrittenReaders.ReadEvents(_json);

    [Benchmark(Description = "System.Text.Json (reflection + converters)")]
    public List<PlainEvent>? SystemTextJson() => JsonSerializer.Deserialize<List<PlainEvent>>(_json, StjOptions.Read);

    [Benchmark(Description = "Newtonsoft JToken + extraction")]
    public List<PlainEvent> Newtonsoft() => NewtonsoftReaders.ReadEvents(_json);

    [Benchmark(Description = "Generated (B24Methods.CalendarEventGet.ReadResult)")]
    public IReadOnlyList<CalendarEvent> Generated()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return B24Methods.CalendarEventGet.ReadResult(ref reader);
    }

    [Benchmark(Description = "Generated, lenient (the client's default: a value that does not fit keeps its default)")]
    public IReadOnlyList<CalendarEvent> GeneratedLenient()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        using var session = ReadSession.Begin();
        return B24Methods.CalendarEventGet.ReadResult(ref reader);
    }
}
