using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// <see cref="B24JsonReadException"/>: the JSON path of a value that could not be read, built outwards as the error
/// leaves nested readers, and a message that names the member and the schema line that declared it.
/// </summary>
public sealed class JsonReadExceptionTests
{
    [Theory]
    [InlineData("ID", "$.ID")]
    [InlineData("_x9", "$._x9")]
    [InlineData("a b", "$['a b']")]
    [InlineData("9lives", "$['9lives']")]
    [InlineData("", "$['']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("Ключ", "$['Ключ']")]
    [InlineData("filter[>ID]", "$['filter[>ID]']")]
    public void A_property_is_a_dot_segment_only_when_its_name_is_plain(string name, string path) =>
        Assert.Equal(path, B24JsonReadException.AtProperty(new B24JsonReadException("an integer", "\"x\""), name).JsonPath);

    [Fact]
    public void Segments_read_from_the_root_inwards()
    {
        var inner = new B24JsonReadException("an integer", "the string \"x\"");

        var error = B24JsonReadException.AtProperty(B24JsonReadException.AtIndex(B24JsonReadException.AtProperty(inner, "ID"), 12), "result");

        Assert.Same(inner, error);
        Assert.Equal("$.result[12].ID", error.JsonPath);
        Assert.Equal("Expected an integer at $.result[12].ID, found the string \"x\".", error.Message);
    }

    [Fact]
    public void The_message_names_the_member_and_where_it_was_declared()
    {
        var declared = new B24JsonReadException("an integer", "false").InMember("CalendarSection", "ID", "schema/calendar/calendar.section.get.yaml:12:7");
        var undeclared = new B24JsonReadException("an integer", "false").InMember("CalendarSection", "ID", null);

        Assert.Equal("CalendarSection.ID", declared.Member);
        Assert.Equal("schema/calendar/calendar.section.get.yaml:12:7", declared.SchemaLocation);
        Assert.StartsWith("Expected an integer at $ (CalendarSection.ID, declared in schema/calendar/calendar.section.get.yaml:12:7), found false. ", declared.Message, StringComparison.Ordinal);
        Assert.StartsWith("Expected an integer at $ (CalendarSection.ID), found false. ", undeclared.Message, StringComparison.Ordinal);
        Assert.Null(undeclared.SchemaLocation);
    }

    [Fact]
    public void The_innermost_member_is_kept()
    {
        var error = new B24JsonReadException("an integer", "false")
            .InMember("CalendarSection", "ID", "a.yaml:1:1")
            .InMember("CalendarEvent", "SECTION", "b.yaml:2:2");

        Assert.Equal("CalendarSection.ID", error.Member);
        Assert.Equal("a.yaml:1:1", error.SchemaLocation);
    }

    [Fact]
    public void Malformed_json_is_wrapped_with_its_parser_message_and_names_no_member()
    {
        var parser = new JsonException("'}' is invalid after a value.");

        var error = B24JsonReadException.AtIndex(parser, 3).InMember("CalendarSection", "ID", "a.yaml:1:1");

        Assert.Equal("valid JSON", error.Expected);
        Assert.Equal("malformed or truncated JSON ('}' is invalid after a value.)", error.Found);
        Assert.Same(parser, error.InnerException);
        Assert.Null(error.Member);
        Assert.Equal("$[3]", error.JsonPath);
        Assert.Equal("Expected valid JSON at $[3], found malformed or truncated JSON ('}' is invalid after a value.).", error.Message);
    }
}
