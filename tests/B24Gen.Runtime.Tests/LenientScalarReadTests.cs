using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>B24JsonRead's lenient scalars: numbers as strings, Y/N booleans, "" as null for nullable types.</summary>
public sealed class LenientScalarReadTests
{
    [Theory]
    [InlineData("190", 190)]
    [InlineData("\"190\"", 190)]
    [InlineData("\"9.00\"", 9)]
    [InlineData("9.00", 9)]
    [InlineData("\"-5\"", -5)]
    [InlineData("\" 12 \"", 12)]
    [InlineData("0", 0)]
    [InlineData("\"9223372036854775807\"", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("1e3", 1000)]
    [InlineData("\"1.5e3\"", 1500)]
    [InlineData("\"2E2\"", 200)]
    public void Int64_reads_numbers_and_numeric_strings(string json, long expected)
    {
        Assert.Equal(expected, TestJson.Read(json, B24JsonRead.Int64));
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.Int64));
    }

    [Theory]
    [InlineData("1.5", "the number 1.5")]
    [InlineData("\"1.5\"", "the string \"1.5\"")]
    [InlineData("\"abc\"", "the string \"abc\"")]
    [InlineData("\"\"", "the string \"\"")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("[]", "a list")]
    [InlineData("{}", "an object")]
    [InlineData("\"9223372036854775808\"", "the string \"9223372036854775808\"")]
    [InlineData("1e30", "the number 1e30")]
    [InlineData("\"1.5e0\"", "the string \"1.5e0\"")]
    [InlineData("false", "false")]
    [InlineData("\"0123456789012345678901234567890123456789\"", "the string \"0123456789012345678901234567890123456789\"")] // 40: whole
    [InlineData("\"0123456789012345678901234567890123456789x\"", "the string \"0123456789012345678901234567890123456789...\"")] // 41: cut
    public void Int64_rejects_what_is_not_a_whole_number(string json, string found)
    {
        var error = TestJson.ReadFails(json, B24JsonRead.Int64);

        Assert.Equal("$", error.JsonPath);
        Assert.Equal("an integer", error.Expected);
        Assert.Equal(found, error.Found);
        Assert.Equal($"Expected an integer at $, found {found}.", error.Message);
    }

    [Theory]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("\"7\"", 7L)]
    [InlineData("7", 7L)]
    public void NullableInt64_reads_empty_string_and_null_as_null(string json, long? expected)
    {
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.NullableInt64));
    }

    [Theory]
    [InlineData("\"9.00\"", 9.0)]
    [InlineData("\"19.00\"", 19.0)]
    [InlineData("9", 9.0)]
    [InlineData("0.0054471492767333984", 0.0054471492767333984)]
    [InlineData("\"-0.25\"", -0.25)]
    [InlineData("\"1e3\"", 1000.0)]
    public void Double_reads_numbers_and_numeric_strings(string json, double expected)
    {
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.Double));
    }

    [Theory]
    [InlineData("\"nine\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("\"9,5\"")]
    public void Double_rejects_what_is_not_a_number(string json)
    {
        var error = TestJson.ReadFails(json, B24JsonRead.Double);

        Assert.Equal("a number", error.Expected);
        Assert.Equal("$", error.JsonPath);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    public void Double_rejects_non_finite_text(string json)
    {
        // Guards a fixed bug: double.TryParse(NumberStyles.Float, InvariantCulture) accepts "NaN"/"Infinity"; JSON has no such
        // numbers and Utf8JsonWriter.WriteNumberValue throws on them, so such a value cannot even be written back.
        var error = TestJson.ReadFails(json, B24JsonRead.Double);

        Assert.Equal("a number", error.Expected);
    }

    [Theory]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("\"2.5\"", 2.5)]
    public void NullableDouble_reads_empty_string_and_null_as_null(string json, double? expected)
    {
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.NullableDouble));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"Y\"", true)]
    [InlineData("\"N\"", false)]
    [InlineData("\"y\"", true)]
    [InlineData("\"n\"", false)]
    [InlineData("\"1\"", true)]
    [InlineData("\"0\"", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"TRUE\"", true)]
    public void Boolean_reads_every_portal_spelling(string json, bool expected)
    {
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.Boolean));
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("\"maybe\"")]
    [InlineData("2")]
    [InlineData("1.0")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("{}")]
    public void Boolean_rejects_other_values(string json)
    {
        var error = TestJson.ReadFails(json, B24JsonRead.Boolean);

        Assert.Equal("a boolean (true/false, Y/N, 1/0)", error.Expected);
        Assert.Equal("$", error.JsonPath);
    }

    [Theory]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    [InlineData("\"Y\"", true)]
    [InlineData("false", false)]
    public void NullableBoolean_reads_empty_string_and_null_as_null(string json, bool? expected)
    {
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.NullableBoolean));
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"\"", "")]
    [InlineData("190", "190")]
    [InlineData("1.50", "1.50")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("\"caf\\u00e9\"", "café")]
    public void String_reads_strings_and_keeps_scalars_as_their_JSON_text(string json, string expected)
    {
        Assert.Equal(expected, TestJson.ReadFirstOfPair(json, B24JsonRead.String));
    }

    [Fact]
    public void String_rejects_null_containers_and_NullableString_keeps_empty()
    {
        Assert.Equal("a string", TestJson.ReadFails("null", B24JsonRead.String).Expected);
        Assert.Equal("an object", TestJson.ReadFails("{}", B24JsonRead.String).Found);
        Assert.Null(TestJson.ReadFirstOfPair("null", B24JsonRead.NullableString));
        Assert.Equal("", TestJson.ReadFirstOfPair("\"\"", B24JsonRead.NullableString));
    }

    [Fact]
    public void EnumValue_reads_strings_and_numbers_as_text()
    {
        Assert.Equal("min", TestJson.ReadFirstOfPair("\"min\"", B24JsonRead.EnumValue));
        Assert.Equal("5", TestJson.ReadFirstOfPair("5", B24JsonRead.EnumValue));
        Assert.Equal("a string value", TestJson.ReadFails("true", B24JsonRead.EnumValue).Expected);
    }

    [Theory]
    [InlineData("1778747792")]
    [InlineData("\"1778747792\"")]
    public void Timestamp_reads_unix_seconds(string json)
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1778747792), TestJson.ReadFirstOfPair(json, B24JsonRead.Timestamp));
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("99999999999999")]
    [InlineData("true")]
    public void Timestamp_rejects_text_and_out_of_range_seconds(string json)
    {
        Assert.Equal("a Unix timestamp", TestJson.ReadFails(json, B24JsonRead.Timestamp).Expected);
    }

    [Fact]
    public void NullableTimestamp_reads_empty_string_and_null_as_null()
    {
        Assert.Null(TestJson.ReadFirstOfPair("\"\"", B24JsonRead.NullableTimestamp));
        Assert.Null(TestJson.ReadFirstOfPair("null", B24JsonRead.NullableTimestamp));
    }

    [Fact]
    public void Any_keeps_the_raw_JSON()
    {
        Assert.Equal("""{"a": [1, 2.50]}""", TestJson.ReadFirstOfPair("""{"a": [1, 2.50]}""", B24JsonRead.Any).GetRawText());
        Assert.Null(TestJson.ReadFirstOfPair("null", B24JsonRead.NullableAny));
        Assert.Equal("\"\"", TestJson.ReadFirstOfPair("\"\"", B24JsonRead.NullableAny)?.GetRawText());
    }
}
