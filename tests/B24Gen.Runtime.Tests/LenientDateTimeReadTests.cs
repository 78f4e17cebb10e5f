using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>Dates and times in every portal format: the text is kept, the value parsed when possible.</summary>
public sealed class LenientDateTimeReadTests
{
    [Theory]
    [InlineData("2024-12-10 06:36:00", 2024, 12, 10, 6, 36, 0)]
    [InlineData("02.12.2024 11:00:00", 2024, 12, 2, 11, 0, 0)]
    [InlineData("12/11/2024 05:59:00 pm", 2024, 12, 11, 17, 59, 0)]
    [InlineData("12/11/2024 05:59:00 am", 2024, 12, 11, 5, 59, 0)]
    [InlineData("12/11/2024 05:59:00 PM", 2024, 12, 11, 17, 59, 0)]
    [InlineData("02.12.2024", 2024, 12, 2, 0, 0, 0)]
    [InlineData("2024-12-10", 2024, 12, 10, 0, 0, 0)]
    public void Wall_clock_formats_keep_the_text_and_have_no_offset(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var value = TestJson.ReadFirstOfPair($"\"{text}\"", B24JsonRead.DateTime);

        Assert.Equal(text, value.Text);
        Assert.Equal(text, value.ToString());
        Assert.Equal(new DateTime(year, month, day, hour, minute, second), value.Value);
        Assert.Equal(DateTimeKind.Unspecified, value.Value!.Value.Kind);
        Assert.Null(value.Offset);
        Assert.Null(value.ToDateTimeOffset());
    }

    [Theory]
    [InlineData("2024-12-10T06:36:00", 0)]
    [InlineData("2024-12-10T06:36:00.5", 500)]
    public void ISO_without_offset_is_wall_clock_time_not_the_machines_zone(string text, int milliseconds)
    {
        // Guards a fixed bug: B24DateTime.s_offsetFormats has "yyyy-MM-dd'T'HH:mm:ssK" (and the .FFFFFFFK form); K also matches
        // "no offset", and DateTimeOffset.TryParseExact then assumes the machine's local offset. The value gets an
        // Offset it never had (+00:00 on a UTC machine, +09:00 in Tokyo). B24DateTime(DateTime) writes exactly
        // this format for wall-clock times, so they do not survive a JSON round trip either.
        var value = B24DateTime.Parse(text);

        Assert.Equal(new DateTime(2024, 12, 10, 6, 36, 0).AddMilliseconds(milliseconds), value.Value);
        Assert.Null(value.Offset);
        Assert.Null(value.ToDateTimeOffset());
        Assert.Null(B24DateTime.Parse(new B24DateTime(new DateTime(2025, 3, 20, 15, 0, 0)).Text).Offset);
    }

    [Theory]
    [InlineData("2024-12-08T06:36:04+00:00", 0)]
    [InlineData("2025-03-20T15:00:00+03:00", 180)]
    [InlineData("2025-03-20T15:00:00-05:30", -330)]
    [InlineData("2024-12-08T06:36:04Z", 0)]
    public void ISO_with_offset_sets_the_offset(string text, int offsetMinutes)
    {
        var value = TestJson.ReadFirstOfPair($"\"{text}\"", B24JsonRead.DateTime);

        Assert.Equal(text, value.Text);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
        Assert.Equal(DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture), value.ToDateTimeOffset());
        Assert.Equal(DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).DateTime, value.Value);
    }

    [Theory]
    [InlineData("next Tuesday")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("31.02.2024 10:00:00")]
    public void Unparseable_text_is_kept_with_a_null_value(string text)
    {
        var value = TestJson.ReadFirstOfPair($"\"{text}\"", B24JsonRead.DateTime);

        Assert.Equal(text, value.Text);
        Assert.Null(value.Value);
        Assert.Null(value.Offset);
        Assert.Null(value.ToDateTimeOffset(TimeSpan.Zero));
    }

    [Fact]
    public void Unix_seconds_read_as_a_UTC_instant()
    {
        var value = TestJson.ReadFirstOfPair("1733828946", B24JsonRead.DateTime);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1733828946), value.ToDateTimeOffset());
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Fact]
    public void Unix_seconds_out_of_range_are_a_read_error_not_a_crash()
    {
        // Guards a fixed bug: B24JsonRead.DateTime calls DateTimeOffset.FromUnixTimeSeconds without the range check Timestamp has,
        // so an ArgumentOutOfRangeException escapes the reader (and B24Client: it is not a B24Exception).
        var error = Record.Exception(() => TestJson.Read("99999999999999", B24JsonRead.DateTime));

        var readError = Assert.IsType<B24JsonReadException>(error);
        Assert.Equal("a date and time", readError.Expected);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void NullableDateTime_reads_empty_string_and_null_as_null(string json)
    {
        Assert.Null(TestJson.ReadFirstOfPair(json, B24JsonRead.NullableDateTime));
    }

    [Theory]
    [InlineData("\"\"", "the string \"\"")]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    [InlineData("{}", "an object")]
    public void DateTime_rejects_empty_and_non_text(string json, string found)
    {
        var error = TestJson.ReadFails(json, B24JsonRead.DateTime);

        Assert.Equal("a date and time", error.Expected);
        Assert.Equal(found, error.Found);
        Assert.Equal("$", error.JsonPath);
    }

    [Fact]
    public void Values_compare_by_text_and_construct_from_instants()
    {
        Assert.Equal(B24DateTime.Parse("2024-12-10 06:36:00"), B24DateTime.Parse("2024-12-10 06:36:00"));
        Assert.NotEqual(B24DateTime.Parse("2024-12-10 06:36:00"), B24DateTime.Parse("2024-12-10T06:36:00"));

        B24DateTime instant = new DateTimeOffset(2025, 3, 20, 15, 0, 0, TimeSpan.FromHours(2));
        Assert.Equal("2025-03-20T15:00:00+02:00", instant.Text);
        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);

        B24DateTime wallClock = new DateTime(2025, 3, 20, 15, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal("2025-03-20T15:00:00", wallClock.Text);
        Assert.Null(wallClock.Offset);

        B24DateTime utc = new DateTime(2025, 3, 20, 15, 0, 0, DateTimeKind.Utc);
        Assert.Equal("2025-03-20T15:00:00Z", utc.Text);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Theory]
    [InlineData("2025-12-28")]
    [InlineData("28.12.2025")]
    [InlineData("12/28/2025")]
    [InlineData("2025-12-28 10:00:00")]
    [InlineData("2025-12-28T10:00:00+03:00")]
    public void Dates_read_in_every_format(string text)
    {
        var value = TestJson.ReadFirstOfPair($"\"{text}\"", B24JsonRead.Date);

        Assert.Equal(text, value.Text);
        Assert.Equal(new DateOnly(2025, 12, 28), value.Value);
    }

    [Fact]
    public void Dates_keep_unparseable_text_and_read_empty_as_null_when_nullable()
    {
        var garbage = TestJson.ReadFirstOfPair("\"someday\"", B24JsonRead.Date);

        Assert.Equal("someday", garbage.Text);
        Assert.Null(garbage.Value);
        Assert.Null(TestJson.ReadFirstOfPair("\"\"", B24JsonRead.NullableDate));
        Assert.Equal("a date", TestJson.ReadFails("\"\"", B24JsonRead.Date).Expected);
    }
}
