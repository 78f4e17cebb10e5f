using System.Globalization;

namespace B24Gen.Runtime.Tests;

/// <summary>The fast path for portal dates agrees with exact parsing of the same formats, and refuses what is not a date.</summary>
public class PortalDateParserTests
{
    [Theory]
    [InlineData("2024-12-10 06:36:00", "yyyy-MM-dd HH:mm:ss", null)]
    [InlineData("2024-12-10T06:36:00", "yyyy-MM-dd'T'HH:mm:ss", null)]
    [InlineData("2024-12-10T06:36:00.1234567", "yyyy-MM-dd'T'HH:mm:ss.fffffff", null)]
    [InlineData("2024-12-10T06:36:00.5", "yyyy-MM-dd'T'HH:mm:ss.f", null)]
    [InlineData("2024-12-08T06:36:04+00:00", "yyyy-MM-dd'T'HH:mm:sszzz", "00:00")]
    [InlineData("2025-03-20T15:00:00+02:00", "yyyy-MM-dd'T'HH:mm:sszzz", "02:00")]
    [InlineData("2025-03-20T15:00:00-05:30", "yyyy-MM-dd'T'HH:mm:sszzz", "-05:30")]
    [InlineData("2025-08-04T23:00:00Z", "yyyy-MM-dd'T'HH:mm:ss'Z'", "00:00")]
    [InlineData("2024-06-14", "yyyy-MM-dd", null)]
    [InlineData("02.12.2024 11:00:00", "dd.MM.yyyy HH:mm:ss", null)]
    [InlineData("20.12.2024", "dd.MM.yyyy", null)]
    [InlineData("12/11/2024 05:59:00 pm", "MM/dd/yyyy hh:mm:ss tt", null)]
    [InlineData("12/11/2024 12:05:00 am", "MM/dd/yyyy hh:mm:ss tt", null)]
    [InlineData("12/11/2024 12:05:00 PM", "MM/dd/yyyy hh:mm:ss tt", null)]
    [InlineData("12/24/2024", "MM/dd/yyyy", null)]
    public void Known_formats_parse_as_exact_parsing_does(string text, string format, string? offset)
    {
        // Value is the wall-clock time as written; the offset, if any, is kept beside it.
        var expected = offset is null
            ? DateTime.ParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None)
            : DateTimeOffset.ParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).DateTime;

        var parsed = B24DateTime.Parse(text);

        Assert.Equal(text, parsed.Text);
        Assert.Equal(expected, parsed.Value);
        Assert.Equal(offset is null ? null : TimeSpan.Parse(offset.TrimStart('+'), CultureInfo.InvariantCulture), parsed.Offset);
    }

    [Theory]
    [InlineData("2024-13-10 06:36:00")]
    [InlineData("2024-02-30")]
    [InlineData("2024-12-10 25:00:00")]
    [InlineData("31.02.2024 10:00:00")]
    [InlineData("12/11/2024 13:59:00 pm")]
    [InlineData("12/11/2024 05:59:00 xm")]
    [InlineData("2024-12-10T06:36:00+25:00")]
    [InlineData("Wed Dec 11 2024 17:59:00")]
    public void Text_that_is_not_a_valid_date_keeps_its_text_and_has_no_value(string text)
    {
        var parsed = B24DateTime.Parse(text);

        Assert.Equal(text, parsed.Text);
        Assert.Null(parsed.Value);
    }
}
