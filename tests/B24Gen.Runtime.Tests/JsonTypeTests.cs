using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using B24Gen.Api;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>The runtime JSON types the generated code is built on: objects, required parameters, nullable forms, unions.</summary>
public sealed class JsonTypeTests
{
    private static readonly JsonSerializerOptions s_options = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Fact]
    public void A_request_read_without_a_required_parameter_names_it()
    {
        var error = Assert.Throws<B24JsonReadException>(() => JsonSerializer.Deserialize<CalendarSectionGetRequest>("""{"type": "user"}""", s_options));

        Assert.Equal("the required property 'ownerId'", error.Expected);
        Assert.Equal("an object without it", error.Found);
    }

    [Fact]
    public void A_request_reads_back_what_it_wrote_and_skips_unknown_parameters()
    {
        var request = JsonSerializer.Deserialize<CalendarSectionGetRequest>("""{"type": "group", "extra": [1, 2], "ownerId": "7"}""", s_options)!;

        Assert.Equal(CalendarType.Group, request.Type);
        Assert.Equal(7L, request.OwnerId);
        Assert.Equal("""{"type":"group","ownerId":7}""", JsonSerializer.Serialize(request, s_options));
    }

    [Fact]
    public void Unset_optional_parameters_are_not_written()
    {
        var json = JsonSerializer.Serialize(new CalendarEventGetRequest { Type = CalendarType.User, OwnerId = 1 }, s_options);

        Assert.Equal("""{"type":"user","ownerId":1}""", json);
    }

    [Fact]
    public void Nullable_forms_read_null_and_empty_text_as_null_and_write_null()
    {
        var nullableEnum = CalendarType.JsonType.OrNull();
        var nullableObject = CalendarSectionExport.JsonType.OrNull();

        Assert.Same(nullableEnum, CalendarType.JsonType.OrNull());
        Assert.Null(Read(nullableEnum, "\"\""));
        Assert.Null(Read(nullableEnum, "null"));
        Assert.Equal(CalendarType.Location, Read(nullableEnum, "\"location\""));
        Assert.Null(Read(nullableObject, "null"));
        Assert.True(Read(nullableObject, """{"ALLOW": "Y"}""")!.Allow);
        Assert.Equal("null", Write(nullableObject, null));
        Assert.Equal("null", Write(nullableEnum, null));
    }

    [Fact]
    public void A_union_is_made_once_per_pair_and_picks_the_shape_by_the_first_token()
    {
        var union = B24JsonType.Union(B24JsonType.Int64, CalendarSection.JsonType);

        Assert.Same(union, B24JsonType.Union(B24JsonType.Int64, CalendarSection.JsonType));
        Assert.NotSame(union, B24JsonType.Union(B24JsonType.Int64, CalendarSectionExport.JsonType));
        Assert.Equal(5L, Read(union, "\"5\"").First);
        Assert.Equal(7L, Read(union, """{"ID": 7}""").Second.Id);
        Assert.Equal("5", Write(union, new B24Union<long, CalendarSection>(5)));
    }

    [Theory]
    [InlineData("5", true, "5")]
    [InlineData("\"5\"", true, "5")]
    [InlineData("\"abc\"", false, "abc")]
    [InlineData("\"12 monkeys\"", false, "12 monkeys")]
    [InlineData("true", false, "true")]
    public void A_scalar_both_alternatives_take_is_the_first_unless_it_does_not_fit(string json, bool isFirst, string text)
    {
        var union = B24JsonType.Union(B24JsonType.Int64, B24JsonType.String);

        var value = Read(union, json);

        Assert.Equal(isFirst, value.IsFirst);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void A_union_whose_alternatives_both_fail_names_the_second()
    {
        var union = B24JsonType.Union(B24JsonType.Int64, B24JsonType.Double);

        var error = Assert.ThrowsAny<JsonException>(() => Read(union, "\"abc\""));

        Assert.Contains("a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_values_are_kept_and_known_ones_are_the_shared_instances()
    {
        var known = Read(CalendarType.JsonType, "\"company_calendar\"");
        var unknown = Read(CalendarType.JsonType, "\"open_space\"");
        var number = Read(CalendarType.JsonType, "12");

        Assert.Equal(CalendarType.CompanyCalendar, known);
        Assert.Equal("open_space", unknown.ToString());
        Assert.Equal("12", number.ToString());
    }

    [Fact]
    public void Required_properties_beyond_the_64th_are_checked_too()
    {
        var names = Enumerable.Range(0, 70).Select(i => "P" + i).ToArray();
        var type = new B24ObjectType<Wide>(names, static (ref B24ObjectReader reader) => new Wide(ref reader), static (_, _) => { }, keepUnknown: false, required: [3, 68]);

        var complete = Read(type, """{"P3": 1, "P68": 2, "P69": 3}""");
        var error = Assert.Throws<B24JsonReadException>(() => Read(type, """{"P3": 1, "P67": 2}"""));

        Assert.Equal(3, complete.Count);
        Assert.Equal("the required property 'P68'", error.Expected);
    }

    [Fact]
    public void A_failure_inside_a_nested_object_carries_the_whole_path()
    {
        var error = Assert.Throws<B24JsonReadException>(() => Read(CalendarSection.JsonType.List, """[{"ID": 1}, {"EXPORT": {"ALLOW": "maybe"}}]"""));

        Assert.Equal("$[1].EXPORT.ALLOW", error.JsonPath);
    }

    private static T Read<T>(B24JsonType<T> type, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var value = type.Read(ref reader);
        Assert.False(reader.Read(), "the reader is left on the value's last token");
        return value;
    }

    private static string Write<T>(B24JsonType<T> type, T value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            type.Write(writer, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class Wide
    {
        public Wide(ref B24ObjectReader reader)
        {
            while (reader.Next(out _))
            {
                reader.Int64();
                Count++;
            }
        }

        public int Count { get; }
    }
}
