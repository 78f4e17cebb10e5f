using System.Buffers;
using System.Text;
using System.Text.Json;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// Names and values the reader cannot take as raw bytes: escaped (<c>"\u0049D"</c>, as PHP's json_encode writes
/// non-ASCII and slashes) and split across buffer segments (a reader over a <see cref="ReadOnlySequence{T}"/>, as
/// System.Text.Json gives converters when deserializing from a stream). Both read exactly like plain JSON.
/// </summary>
public sealed class SplitAndEscapedJsonTests
{
    private const string Plain = """{"TEXT":"Встреча/1","COUNT":"42","PRICE":"1.5","FLAG":"Y","DAY":"2025-03-20","WHEN":"2025-03-20T15:00:00+03:00","TAGS":["a","b"],"NESTED":{"NAME":"n"},"LIMITS":{"x":1},"UF_EXTRA":"kept"}""";

    private const string Escaped = """{"\u0054EXT":"\u0412\u0441\u0442\u0440\u0435\u0447\u0430\/1","COUNT":"\u0034\u0032","PRICE":"1\u002E5","FL\u0041G":"\u0059","DAY":"2025\u002D03\u002D20","WHEN":"2025-03-20T15:00:00\u002B03:00","TAGS":["\u0061","b"],"NESTED":{"N\u0041ME":"n"},"LIMITS":{"\u0078":1},"UF_EXTRA":"kept"}""";

    private static KindSample ReadContiguous(string json) => TestJson.Read(json, KindSample.JsonType.ReadFunc);

    private static KindSample ReadSplit(string json, int segmentLength)
    {
        var reader = new Utf8JsonReader(Segments(Encoding.UTF8.GetBytes(json), segmentLength));
        Assert.True(reader.Read());
        return KindSample.JsonType.Read(ref reader);
    }

    private static void AssertSample(KindSample sample)
    {
        Assert.Equal("Встреча/1", sample.Text);
        Assert.Equal(42, sample.Count);
        Assert.Equal(1.5, sample.Price);
        Assert.True(sample.Flag);
        Assert.Equal(new DateOnly(2025, 3, 20), sample.Day.Value);
        Assert.Equal(TimeSpan.FromHours(3), sample.When.Offset);
        Assert.Equal(["a", "b"], sample.Tags);
        Assert.Equal("n", sample.Nested.Name);
        Assert.Equal(1, sample.Limits["x"]);
        Assert.Equal("\"kept\"", Assert.Single(sample.AdditionalFields).Value.GetRawText());
    }

    [Fact]
    public void Escaped_names_and_values_read_like_plain_ones()
    {
        AssertSample(ReadContiguous(Plain));
        AssertSample(ReadContiguous(Escaped));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Names_and_values_split_across_segments_read_like_contiguous_ones(int segmentLength)
    {
        AssertSample(ReadSplit(Plain, segmentLength));
        AssertSample(ReadSplit(Escaped, segmentLength));
    }

    [Fact]
    public void Enum_values_escaped_or_split_are_the_known_values()
    {
        var escaped = new Utf8JsonReader("\"\\u0075ser\""u8);
        escaped.Read();
        var split = new Utf8JsonReader(Segments("\"company_calendar\""u8.ToArray(), 2));
        split.Read();

        Assert.Equal(CalendarType.User, CalendarType.JsonType.Read(ref escaped));
        Assert.Equal(CalendarType.CompanyCalendar, CalendarType.JsonType.Read(ref split));
    }

    [Fact]
    public void An_empty_string_split_or_not_reads_as_null_for_nullable_members()
    {
        const string json = """{"MAYBE_COUNT":"","MAYBE_DAY":"","MAYBE_TEXT":""}""";

        foreach (var sample in new[] { ReadContiguous(json), ReadSplit(json, 1) })
        {
            Assert.Null(sample.MaybeCount);
            Assert.Null(sample.MaybeDay);
            Assert.Equal("", sample.MaybeText);
        }
    }

    private static ReadOnlySequence<byte> Segments(byte[] bytes, int length)
    {
        Segment? first = null;
        Segment? last = null;
        for (var start = 0; start < bytes.Length; start += length)
        {
            var memory = bytes.AsMemory(start, Math.Min(length, bytes.Length - start));
            last = last is null ? first = new Segment(memory, 0) : last.Append(memory);
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
