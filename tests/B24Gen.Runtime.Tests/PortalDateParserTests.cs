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
    [InlineData("04/17/2025 19:40:48", "MM/dd/yyyy HH:mm:ss", null)]
    [InlineData("04/02/2024 09:13:29", "MM/dd/yyyy HH:mm:ss", null)]
    [InlineData("27/09/2025 09:20:00", "dd/MM/yyyy HH:mm:ss", null)]
    [InlineData("27/09/2025", "dd/MM/yyyy", null)]
    [InlineData("13/01/2026 05:59:00 pm", "dd/MM/yyyy hh:mm:ss tt", null)]
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
    [InlineData("13/13/2025 10:00:00")]
    [InlineData("31/02/2025")]
    public void Text_that_is_not_a_valid_date_keeps_its_text_and_has_no_value(string text)
    {
        var parsed = B24DateTime.Parse(text);

        Assert.Equal(text, parsed.Text);
        Assert.Null(parsed.Value);
    }

    [Fact]
    public void A_slash_date_is_day_first_only_when_its_first_number_cannot_be_a_month()
    {
        // Portals in day-first locales (la, br, fr...) write 27 September as 27/09/2025; the docs' en portal writes
        // 09/27/2025. Only a first number above 12 tells them apart: 05/09/2025 stays May 9 (the en reading).
        Assert.Equal(new DateTime(2025, 9, 27, 9, 20, 0), B24DateTime.Parse("27/09/2025 09:20:00").Value);
        Assert.Equal(new DateTime(2025, 9, 27, 9, 20, 0), B24DateTime.Parse("09/27/2025 09:20:00").Value);
        Assert.Equal(new DateTime(2025, 5, 9), B24DateTime.Parse("05/09/2025").Value);
        Assert.Equal(new DateOnly(2026, 3, 16), B24Date.Parse("16/03/2026").Value);
        Assert.Equal(new DateOnly(2026, 3, 16), B24Date.Parse("03/16/2026").Value);
    }

    /// <summary>
    /// The fast parser itself, without the exact-format fallback behind it (which would hide its mistakes): the
    /// edges of each field and of the offset.
    /// </summary>
    [Theory]
    [InlineData("0001-01-01", true, null)]
    [InlineData("0000-01-01", false, null)]
    [InlineData("2024-02-29", true, null)]
    [InlineData("2025-02-29", false, null)]
    [InlineData("2025-01-31", true, null)]
    [InlineData("2025-01-32", false, null)]
    [InlineData("2025-01-00", false, null)]
    [InlineData("2025-12-01", true, null)]
    [InlineData("2025-00-01", false, null)]
    [InlineData("2025-13-01", false, null)]
    [InlineData("2025-03-20 23:59:59", true, null)]
    [InlineData("2025-03-20 24:00:00", false, null)]
    [InlineData("2025-03-20 23:60:00", false, null)]
    [InlineData("2025-03-20 23:59:60", false, null)]
    [InlineData("2025-03-20T15:00:00Z", true, "00:00")]
    [InlineData("2025-03-20T15:00:00z", false, null)]
    [InlineData("2025-03-20T15:00:00ZZ", false, null)]
    [InlineData("2025-03-20T15:00:00+14:00", true, "14:00")]
    [InlineData("2025-03-20T15:00:00-14:00", true, "-14:00")]
    [InlineData("2025-03-20T15:00:00+15:00", false, null)]
    [InlineData("2025-03-20T15:00:00+05:59", true, "05:59")]
    [InlineData("2025-03-20T15:00:00+05:60", false, null)]
    [InlineData("2025-03-20T15:00:00+0530", false, null)]
    [InlineData("2025-03-20T15:00:00+05-30", false, null)]
    [InlineData("2025-03-20T15:00:00*05:30", false, null)]
    [InlineData("2025-03-20T15:00:00+05:3", false, null)]
    [InlineData("2025-03-20T15:00:00+05:300", false, null)]
    [InlineData("2025-03-20T15:00:00+5a:00", false, null)]
    [InlineData("2025-03-20T15:00", false, null)]
    [InlineData("2025-03-2", false, null)]
    [InlineData("2025-3-20", false, null)]
    public void The_fast_parser_takes_exactly_the_valid_values(string text, bool parses, string? offset)
    {
        var ok = B24Gen.PortalDateParser.TryParse(text, out var value, out var parsedOffset);

        Assert.Equal(parses, ok);
        if (parses)
        {
            Assert.Equal(DateTime.Parse(text[..Math.Min(text.Length, 19)].Replace('T', ' '), CultureInfo.InvariantCulture), value);
            Assert.Equal(offset is null ? null : TimeSpan.Parse(offset.TrimStart('+'), CultureInfo.InvariantCulture), parsedOffset);
        }
    }
}
