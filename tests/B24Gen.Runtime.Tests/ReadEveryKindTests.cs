using System.Text.Json;
using B24Gen.Api;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// Every kind of field read strictly (outside a client call, or with <see cref="B24ClientOptions.StrictReading"/>: a
/// value of the wrong type throws, naming the member) and leniently (inside a client call: the problem is recorded,
/// the member gets its default, the raw value is kept in <c>AdditionalFields</c>). Types: Schema/test.kinds.yaml.
/// </summary>
public sealed class ReadEveryKindTests
{
    /// <summary>A value of the wrong type for each field that can have one (<c>any</c> takes everything).</summary>
    public static TheoryData<string, string, string> WrongValues => new()
    {
        { "TEXT", "{}", "a string" },
        { "COUNT", "\"abc\"", "an integer" },
        { "PRICE", "\"abc\"", "a number" },
        { "ACTIVE", "\"maybe\"", "a boolean (true/false, Y/N, 1/0)" },
        { "FLAG", "\"maybe\"", "a boolean (true/false, Y/N, 1/0)" },
        { "DAY", "{}", "a date" },
        { "WHEN", "{}", "a date and time" },
        { "STAMP", "\"abc\"", "a Unix timestamp" },
        { "TAGS", "5", "a list" },
        { "NESTED", "5", "an object" },
        { "MAYBE_TEXT", "{}", "a string" },
        { "MAYBE_COUNT", "\"abc\"", "an integer" },
        { "MAYBE_PRICE", "\"abc\"", "a number" },
        { "MAYBE_ACTIVE", "\"maybe\"", "a boolean (true/false, Y/N, 1/0)" },
        { "MAYBE_FLAG", "\"maybe\"", "a boolean (true/false, Y/N, 1/0)" },
        { "MAYBE_DAY", "{}", "a date" },
        { "MAYBE_WHEN", "{}", "a date and time" },
        { "MAYBE_STAMP", "\"abc\"", "a Unix timestamp" },
        { "MAYBE_TAGS", "5", "a list" },
    };

    private static KindSample Read(string json) => TestJson.Read(json, KindSample.JsonType.ReadFunc);

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_strict_read_throws_naming_the_member(string field, string wrong, string expected)
    {
        var error = Assert.Throws<B24JsonReadException>(() => Read($$"""{"COUNT": 1, "{{field}}": {{wrong}}, "TEXT": "after"}"""));

        Assert.Equal(expected, error.Expected);
        Assert.Equal("$." + field, error.JsonPath);
        Assert.Equal("KindSample." + field, error.Member);
    }

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void A_lenient_read_records_the_problem_keeps_the_raw_value_and_reads_on(string field, string wrong, string expected)
    {
        var json = $$"""{"PRICE": 2.5, "{{field}}": {{wrong}}, "MAYBE_EITHER": "x"}""";
        KindSample sample;
        IReadOnlyList<B24ReadProblem> problems;
        using (var scope = ReadSession.Begin())
        {
            sample = Read(json);
            problems = scope.Session.Problems("$.result");
        }

        var problem = Assert.Single(problems);
        Assert.Equal("$.result." + field, problem.JsonPath);
        Assert.Equal("KindSample", problem.TypeName);
        Assert.Equal(field, problem.WireName);
        Assert.Equal(expected, problem.Expected);
        Assert.Equal(JsonDocument.Parse(wrong).RootElement.GetRawText(), problem.RawJson);
        Assert.Equal(wrong, sample.AdditionalFields[field].GetRawText());
        Assert.Equal("x", sample.MaybeEither!.Value.Second);
        if (field != "PRICE")
        {
            Assert.Equal(2.5, sample.Price);
        }

        // The member that failed was not read, so it is not written back as a member; the raw value goes back as it
        // came, once, from AdditionalFields.
        var written = JsonSerializer.Serialize(sample);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(written, $"\"{field}\":"));
        Assert.Contains($"\"{field}\":{wrong}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lenient_read_of_good_values_records_nothing()
    {
        const string json = """{"TEXT":"t","COUNT":"5","PRICE":"1.5","ACTIVE":"Y","FLAG":"N","DAY":"2025-03-20","WHEN":"2025-03-20T15:00:00+03:00","STAMP":1742472000,"TAGS":["a"],"NESTED":{"NAME":"n"},"MAYBE_TEXT":null,"MAYBE_COUNT":"","MAYBE_PRICE":null,"MAYBE_ACTIVE":"","MAYBE_FLAG":null,"MAYBE_DAY":"","MAYBE_WHEN":null,"MAYBE_STAMP":null,"MAYBE_TAGS":null}""";
        KindSample lenient;
        using (var scope = ReadSession.Begin())
        {
            lenient = Read(json);
            Assert.Empty(scope.Session.Problems("$"));
        }

        var strict = Read(json);
        foreach (var sample in new[] { lenient, strict })
        {
            Assert.Equal(("t", 5L, 1.5, true, false), (sample.Text, sample.Count, sample.Price, sample.Active, sample.Flag));
            Assert.Equal(new DateOnly(2025, 3, 20), sample.Day.Value);
            Assert.Equal(TimeSpan.FromHours(3), sample.When.Offset);
            Assert.Equal(1742472000, sample.Stamp.ToUnixTimeSeconds());
            Assert.Equal(["a"], sample.Tags);
            Assert.Equal("n", sample.Nested.Name);
            Assert.Null(sample.MaybeText);
            Assert.Null(sample.MaybeCount);
            Assert.Null(sample.MaybeActive);
            Assert.Null(sample.MaybeDay);
            Assert.Null(sample.MaybeStamp);
            Assert.Null(sample.MaybeTags);
            Assert.Empty(sample.AdditionalFields);
        }
    }
}
