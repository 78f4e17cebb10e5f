using System.Text.Json;
using B24Gen.Api;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// Every kind of field written the way the portal reads it, and only when it was set: on a result type (set or read
/// members only; an explicit null is sent as null) and on an input type (null members are not sent).
/// Types: Schema/test.kinds.yaml.
/// </summary>
public sealed class WriteEveryKindTests
{
    private static readonly KindNested Nested = new() { Name = "n" };

    public static TheoryData<string, string> OneOutputField => new()
    {
        { "TEXT", """{"TEXT":"t"}""" },
        { "COUNT", """{"COUNT":5}""" },
        { "PRICE", """{"PRICE":1.5}""" },
        { "ACTIVE", """{"ACTIVE":true}""" },
        { "FLAG", """{"FLAG":"Y"}""" },
        { "DAY", """{"DAY":"2025-03-20"}""" },
        { "WHEN", """{"WHEN":"2025-03-20T15:00:00\u002B03:00"}""" }, // JsonSerializer escapes +; the client's request writer does not
        { "STAMP", """{"STAMP":1742472000}""" },
        { "RAW", """{"RAW":{"a":[1,"b"]}}""" },
        { "TAGS", """{"TAGS":["a","b"]}""" },
        { "LIMITS", """{"LIMITS":{"x":1}}""" },
        { "NESTED", """{"NESTED":{"NAME":"n"}}""" },
        { "EITHER", """{"EITHER":7}""" },
        { "MAYBE_TEXT", """{"MAYBE_TEXT":null}""" },
        { "MAYBE_COUNT", """{"MAYBE_COUNT":null}""" },
        { "MAYBE_PRICE", """{"MAYBE_PRICE":2.25}""" },
        { "MAYBE_ACTIVE", """{"MAYBE_ACTIVE":false}""" },
        { "MAYBE_FLAG", """{"MAYBE_FLAG":"N"}""" },
        { "MAYBE_DAY", """{"MAYBE_DAY":null}""" },
        { "MAYBE_WHEN", """{"MAYBE_WHEN":"2025-03-20T15:00:00"}""" },
        { "MAYBE_STAMP", """{"MAYBE_STAMP":0}""" },
        { "MAYBE_RAW", """{"MAYBE_RAW":null}""" },
        { "MAYBE_TAGS", """{"MAYBE_TAGS":[]}""" },
        { "MAYBE_NESTED", """{"MAYBE_NESTED":null}""" },
        { "MAYBE_EITHER", """{"MAYBE_EITHER":"x"}""" },
    };

    private static KindSample OutputWith(string field) => field switch
    {
        "TEXT" => new() { Text = "t" },
        "COUNT" => new() { Count = 5 },
        "PRICE" => new() { Price = 1.5 },
        "ACTIVE" => new() { Active = true },
        "FLAG" => new() { Flag = true },
        "DAY" => new() { Day = new DateOnly(2025, 3, 20) },
        "WHEN" => new() { When = new DateTimeOffset(2025, 3, 20, 15, 0, 0, TimeSpan.FromHours(3)) },
        "STAMP" => new() { Stamp = DateTimeOffset.FromUnixTimeSeconds(1742472000) },
        "RAW" => new() { Raw = Of("""{"a":[1,"b"]}""") },
        "TAGS" => new() { Tags = ["a", "b"] },
        "LIMITS" => new() { Limits = new Dictionary<string, long> { ["x"] = 1 } },
        "NESTED" => new() { Nested = Nested },
        "EITHER" => new() { Either = 7 },
        "MAYBE_TEXT" => new() { MaybeText = null },
        "MAYBE_COUNT" => new() { MaybeCount = null },
        "MAYBE_PRICE" => new() { MaybePrice = 2.25 },
        "MAYBE_ACTIVE" => new() { MaybeActive = false },
        "MAYBE_FLAG" => new() { MaybeFlag = false },
        "MAYBE_DAY" => new() { MaybeDay = null },
        "MAYBE_WHEN" => new() { MaybeWhen = new DateTime(2025, 3, 20, 15, 0, 0) },
        "MAYBE_STAMP" => new() { MaybeStamp = DateTimeOffset.UnixEpoch },
        "MAYBE_RAW" => new() { MaybeRaw = null },
        "MAYBE_TAGS" => new() { MaybeTags = [] },
        "MAYBE_NESTED" => new() { MaybeNested = null },
        "MAYBE_EITHER" => new() { MaybeEither = "x" },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    [Theory]
    [MemberData(nameof(OneOutputField))]
    public void A_result_type_sends_only_the_field_that_was_set_in_the_portals_format(string field, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(OutputWith(field)));

    [Fact]
    public void A_result_type_with_nothing_set_sends_an_empty_object() =>
        Assert.Equal("{}", JsonSerializer.Serialize(new KindSample()));

    [Fact]
    public void A_result_type_read_from_the_portal_writes_back_what_was_read()
    {
        const string json = """{"COUNT":"5","FLAG":"Y","DAY":"20.03.2025","STAMP":1742472000,"RAW":[1],"LIMITS":[],"EITHER":{"NAME":"n"},"MAYBE_PRICE":null,"MAYBE_FLAG":"1","MAYBE_EITHER":"12","UF_X":"kept"}""";

        var sample = JsonSerializer.Deserialize<KindSample>(json)!;

        Assert.Equal(
            """{"COUNT":5,"FLAG":"Y","DAY":"20.03.2025","STAMP":1742472000,"RAW":[1],"LIMITS":{},"EITHER":{"NAME":"n"},"MAYBE_PRICE":null,"MAYBE_FLAG":"Y","MAYBE_EITHER":12,"UF_X":"kept"}""",
            JsonSerializer.Serialize(sample));
    }

    [Fact]
    public void An_input_type_sends_only_the_members_that_are_not_null_and_its_required_ones()
    {
        Assert.Equal("""{"NEEDED":0}""", JsonSerializer.Serialize(new KindInput { Needed = 0 }));

        var full = new KindInput
        {
            Text = "t",
            Count = 5,
            Price = 1.5,
            Active = false,
            Flag = true,
            Day = new DateOnly(2025, 3, 20),
            When = new DateTimeOffset(2025, 3, 20, 15, 0, 0, TimeSpan.Zero),
            Stamp = DateTimeOffset.FromUnixTimeSeconds(1742472000),
            Raw = Of("null"),
            Tags = ["a"],
            Nested = Nested,
            Either = "abc",
            Needed = 9,
        };

        Assert.Equal(
            """{"TEXT":"t","COUNT":5,"PRICE":1.5,"ACTIVE":false,"FLAG":"Y","DAY":"2025-03-20","WHEN":"2025-03-20T15:00:00\u002B00:00","STAMP":1742472000,"RAW":null,"TAGS":["a"],"NESTED":{"NAME":"n"},"EITHER":"abc","NEEDED":9}""",
            JsonSerializer.Serialize(full));
    }

    [Fact]
    public void A_default_json_element_holds_no_json_and_is_sent_as_no_value()
    {
        // default(JsonElement) is what a JsonElement member holds until set; writing one threw InvalidOperationException.
        Assert.Equal("{}", JsonSerializer.Serialize(new KindSample { Raw = default }));
        Assert.Equal("""{"MAYBE_RAW":null}""", JsonSerializer.Serialize(new KindSample { MaybeRaw = default(JsonElement) }));
        Assert.Equal("""{"NEEDED":1}""", JsonSerializer.Serialize(new KindInput { Needed = 1, Raw = default }));
        var withFields = new KindInput { Needed = 1, AdditionalFields = new Dictionary<string, JsonElement> { ["UF_A"] = default, ["UF_B"] = Of("2") } };
        Assert.Equal("""{"NEEDED":1,"UF_B":2}""", JsonSerializer.Serialize(withFields));

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            B24Gen.Serialization.B24JsonWrite.List<JsonElement>(writer, [default, Of("3")], B24Gen.Serialization.B24JsonWrite.Any);
        }

        Assert.Equal("[null,3]", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void A_member_that_is_not_nullable_but_holds_null_is_written_as_null()
    {
        // An object or list member set to null! threw ArgumentNullException for a parameter called 'value'. (An
        // input type's optional members are simply not sent when null.)
        Assert.Equal("""{"TAGS":null,"NESTED":null}""", JsonSerializer.Serialize(new KindSample { Nested = null!, Tags = null! }));
        Assert.Equal("""{"NEEDED":1}""", JsonSerializer.Serialize(new KindInput { Needed = 1, Nested = null, Tags = null }));

        // default(B24Union) holds neither alternative: it threw ArgumentNullException from the second one's writer.
        Assert.Equal("""{"EITHER":null}""", JsonSerializer.Serialize(new KindSample { Either = default }));
        Assert.Equal("""{"EITHER":null,"NEEDED":1}""", JsonSerializer.Serialize(new KindInput { Needed = 1, Either = default(B24Union<long, string>) }));
    }
}
