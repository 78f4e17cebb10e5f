using System.Text;
using System.Text.Json;
using B24Gen.Api;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>Lists, maps and objects in the portal's PHP shapes, and wrong shapes with their JSON path.</summary>
public sealed class LenientCollectionReadTests
{
    private static readonly B24ReadFunc<IReadOnlyList<long>> s_longs = (ref Utf8JsonReader reader) => B24JsonRead.List(ref reader, B24JsonRead.Int64);
    private static readonly B24ReadFunc<IReadOnlyDictionary<string, long>> s_longMap = (ref Utf8JsonReader reader) => B24JsonRead.Map(ref reader, B24JsonRead.Int64);

    [Theory]
    [InlineData("[]")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void Empty_list_spellings_read_as_an_empty_list(string json)
    {
        var list = TestJson.ReadFirstOfPair(json, s_longs);

        Assert.NotNull(list);
        Assert.Empty(list);
    }

    [Fact]
    public void Lists_read_items_leniently()
    {
        Assert.Equal([1L, 2L, 3L], TestJson.ReadFirstOfPair("""[1, "2", "3.00"]""", s_longs));
    }

    [Fact]
    public void A_PHP_array_with_keys_reads_as_its_values_in_order()
    {
        Assert.Equal([5L, 7L, 9L], TestJson.ReadFirstOfPair("""{"0": 5, "3": "7", "10": 9}""", s_longs));
    }

    [Theory]
    [InlineData("5", "the number 5")]
    [InlineData("\"x\"", "the string \"x\"")]
    [InlineData("true", "true")]
    public void A_scalar_is_not_a_list(string json, string found)
    {
        var error = TestJson.ReadFails(json, s_longs);

        Assert.Equal($"Expected a list at $, found {found}.", error.Message);
    }

    [Fact]
    public void A_bad_item_is_named_by_its_index_or_key()
    {
        Assert.Equal("$[1]", TestJson.ReadFails("""[1, "x"]""", s_longs).JsonPath);
        Assert.Equal("$['5']", TestJson.ReadFails("""{"0": 1, "5": "x"}""", s_longs).JsonPath);

        B24ReadFunc<IReadOnlyList<IReadOnlyList<long>>> nested = (ref Utf8JsonReader reader) => B24JsonRead.List(ref reader, s_longs);
        var error = TestJson.ReadFails("""[[1], [2, "x"]]""", nested);
        Assert.Equal("$[1][1]", error.JsonPath);
        Assert.Equal("Expected an integer at $[1][1], found the string \"x\".", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void Empty_map_spellings_read_as_an_empty_map(string json)
    {
        var map = TestJson.ReadFirstOfPair(json, s_longMap);

        Assert.NotNull(map);
        Assert.Empty(map);
    }

    [Fact]
    public void Maps_read_values_leniently_and_a_PHP_list_as_index_keys()
    {
        var map = TestJson.ReadFirstOfPair("""{"user1": "4", "group6": 49}""", s_longMap);
        Assert.Equal(4L, map["user1"]);
        Assert.Equal(49L, map["group6"]);
        Assert.Equal(2, map.Count);

        var list = TestJson.ReadFirstOfPair("""[5, "6"]""", s_longMap);
        Assert.Equal(5L, list["0"]);
        Assert.Equal(6L, list["1"]);
    }

    [Theory]
    [InlineData("""{"U1": "x"}""", "$.U1")]
    [InlineData("""{"U1": 1, "SG6-K": {}}""", "$['SG6-K']")]
    [InlineData("""{"it's": true}""", "$['it\\'s']")]
    [InlineData("""{"1": []}""", "$['1']")]
    [InlineData("""[1, "x"]""", "$[1]")]
    public void A_bad_map_value_is_named_by_its_key(string json, string path)
    {
        Assert.Equal(path, TestJson.ReadFails(json, s_longMap).JsonPath);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"x\"")]
    [InlineData("true")]
    public void A_scalar_is_not_a_map(string json)
    {
        var error = TestJson.ReadFails(json, s_longMap);

        Assert.Equal("a map (a JSON object)", error.Expected);
        Assert.Equal("$", error.JsonPath);
    }

    [Fact]
    public void StartObject_enters_objects_and_reads_an_empty_list_as_an_empty_object()
    {
        var reader = Reader("{}");
        Assert.True(B24JsonRead.StartObject(ref reader));

        reader = Reader("[]");
        Assert.False(B24JsonRead.StartObject(ref reader));
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);

        reader = Reader("[1]");
        var threw = false;
        try
        {
            B24JsonRead.StartObject(ref reader);
        }
        catch (B24JsonReadException error)
        {
            threw = true;
            Assert.Equal("an object", error.Expected);
        }

        Assert.True(threw);
        Assert.Equal("an object", TestJson.ReadFails("5", (ref Utf8JsonReader r) => B24JsonRead.StartObject(ref r)).Expected);
    }

    [Fact]
    public void Generated_objects_read_through_their_JSON_type_including_an_empty_PHP_object()
    {
        var section = TestJson.ReadFirstOfPair("""{"ID": "190", "ACCESS": [], "UF_A": 1}""", CalendarSection.JsonType.ReadFunc);
        var empty = TestJson.ReadFirstOfPair("[]", CalendarSection.JsonType.ReadFunc);

        Assert.Equal(190L, section.Id);
        Assert.Equal("1", section.AdditionalFields["UF_A"].GetRawText());
        Assert.Equal(0L, empty.Id);
        Assert.Empty(empty.Access);
        Assert.True(CalendarSection.JsonType.CanStartWith(JsonTokenType.StartObject));
        Assert.False(CalendarSection.JsonType.CanStartWith(JsonTokenType.Number));
    }

    [Fact]
    public void A_bad_field_of_a_generated_object_is_named_by_its_path()
    {
        B24ReadFunc<IReadOnlyList<CalendarSection>> sections = (ref Utf8JsonReader reader) => B24JsonRead.List(ref reader, CalendarSection.JsonType.ReadFunc);

        var error = TestJson.ReadFails("""[{"ID": "1"}, {"ID": "2", "PERM": {"add": "sometimes"}}]""", sections);

        Assert.Equal("$[1].PERM.add", error.JsonPath);
        Assert.Matches(
            @"^Expected a boolean \(true/false, Y/N, 1/0\) at \$\[1\]\.PERM\.add \(CalendarSectionPermissions\.add, declared in calendar\.section\.get\.yaml, line \d+\), "
            + @"found the string ""sometimes""\. Declare the field with the type the portal sends in its schema YAML \('string', a union 'A \| B', or 'any'\)\.$",
            error.Message);
        Assert.Equal("CalendarSectionPermissions.add", error.Member);
    }

    [Fact]
    public void Unions_pick_the_shape_by_the_first_token()
    {
        B24ReadFunc<B24Union<long, CalendarSection>> read = (ref Utf8JsonReader reader) => B24JsonRead.Union(
            ref reader, token => token is JsonTokenType.Number or JsonTokenType.String, B24JsonRead.Int64, CalendarSection.JsonType.ReadFunc);

        var id = TestJson.ReadFirstOfPair("\"5\"", read);
        var section = TestJson.ReadFirstOfPair("""{"ID": "7"}""", read);

        Assert.True(id.IsFirst);
        Assert.Equal(5L, id.First);
        Assert.True(section.IsSecond);
        Assert.Equal(7L, section.Second.Id);
        Assert.Throws<InvalidOperationException>(() => id.Second);
    }

    private static Utf8JsonReader Reader(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader;
    }
}
