using System.Text;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// <see cref="B24PropertyNames"/>: how a reader finds a property's index by its UTF-8 name, trying the expected next
/// index first (the portal usually sends fields in one order) and else the names of the same length.
/// </summary>
public sealed class PropertyNamesTests
{
    private static readonly B24PropertyNames Names = new(["ID", "NAME", "TYPE", "DESCRIPTION", "Ключ", "AB"]);

    private static int IndexOf(string name, int next) => Names.IndexOf(Encoding.UTF8.GetBytes(name), next);

    [Theory]
    [InlineData("ID", 0, 0)]
    [InlineData("NAME", 1, 1)]
    [InlineData("TYPE", 1, 2)] // not the expected next: found among the names of its length
    [InlineData("NAME", 2, 1)]
    [InlineData("DESCRIPTION", 0, 3)]
    [InlineData("Ключ", 4, 4)]
    [InlineData("Ключ", 0, 4)] // 8 bytes in UTF-8
    [InlineData("AB", 6, 5)] // the expected next is past the end after the last property
    [InlineData("AB", -1, 5)]
    [InlineData("AB", int.MaxValue, 5)]
    public void A_name_is_found_whichever_index_was_expected_next(string name, int next, int expected) =>
        Assert.Equal(expected, IndexOf(name, next));

    [Theory]
    [InlineData("id", 0)] // names are case-sensitive on the wire
    [InlineData("NAMES", 1)]
    [InlineData("NAM", 1)]
    [InlineData("DESCRIPTIONS", 3)] // longer than any name
    [InlineData("", 0)]
    [InlineData("XY", 5)] // same length as AB, other bytes
    public void An_unknown_name_is_minus_one(string name, int next) =>
        Assert.Equal(-1, IndexOf(name, next));

    [Fact]
    public void Names_keep_their_order_and_encoded_forms()
    {
        Assert.Equal(6, Names.Count);
        Assert.Equal("DESCRIPTION", Names[3]);
        Assert.Equal("\"\\u041A\\u043B\\u044E\\u0447\"", "\"" + Names.Encoded[4] + "\"");
        Assert.Equal("ID", Names.Encoded[0].Value);
    }

    [Fact]
    public void A_type_without_properties_finds_nothing() =>
        Assert.Equal(-1, new B24PropertyNames([]).IndexOf("ID"u8, 0));
}
