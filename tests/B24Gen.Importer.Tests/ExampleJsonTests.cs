using System.Text.Json;
using B24Gen.Importer.Examples;

namespace B24Gen.Importer.Tests;

/// <summary>The docs' JSON examples as written: abridged with "...", commas missing, comments. Each case is a form found in the docs.</summary>
public class ExampleJsonTests
{
    [Fact]
    public void Valid_json_reads_as_written()
    {
        var (value, reading, error) = ExampleJson.Read("""{"result": [1, 2], "time": {"start": 1.5}}""");

        Assert.Equal(ExampleReading.Strict, reading);
        Assert.Null(error);
        Assert.Equal(2, value!.Value.GetProperty("result").GetArrayLength());
    }

    [Theory]
    [InlineData("{\n  \"result\": [\n    {\"ID\": \"1\"},\n    ...\n  ]\n}", "[{\"ID\":\"1\"}]")] // an elided item on its own line
    [InlineData("{\n  \"result\": [\n    {\"ID\": \"1\"},\n    ... // the other sections\n  ]\n}", "[{\"ID\":\"1\"}]")] // with a comment saying what
    [InlineData("{\n  \"result\": [\n    {\"ID\": \"1\"},\n    …\n  ]\n}", "[{\"ID\":\"1\"}]")] // the ellipsis character
    [InlineData("{\"result\": [1, 2, ...]}", "[1,2]")] // inline, after a comma
    [InlineData("{\n  \"result\": [\n    {\"ID\": \"1\"}\n    {\"ID\": \"2\"}\n  ]\n}", "[{\"ID\":\"1\"},{\"ID\":\"2\"}]")] // no comma between items
    [InlineData("{\n  \"result\": {\n    \"A\": 1\n    \"B\": 2\n  }\n}", "{\"A\":1,\"B\":2}")] // no comma between members
    [InlineData("{\"result\": [1, 2,],}", "[1,2]")] // trailing commas
    [InlineData("{\n  // the answer\n  \"result\": true /* yes */\n}", "true")] // comments
    public void Abridged_and_hand_edited_examples_are_repaired(string text, string result)
    {
        var (value, reading, _) = ExampleJson.Read(text);

        Assert.Equal(ExampleReading.Repaired, reading);
        Assert.Equal(result, JsonSerializer.Serialize(value!.Value.GetProperty("result")));
    }

    [Theory]
    [InlineData("{\n  \"result\": {\n    []\n  }\n}")] // tasks.dependence.add: a list as a member name
    [InlineData("Array ( [0] => 1 )")] // a PHP dump
    [InlineData("")]
    public void Examples_that_are_not_json_fail_with_the_reason(string text)
    {
        var (value, reading, error) = ExampleJson.Read(text);

        Assert.Equal(ExampleReading.Failed, reading);
        Assert.Null(value);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void The_repairs_do_not_touch_strings()
    {
        var (value, reading, _) = ExampleJson.Read("{\n  \"result\": \"wait...\"\n  \"next\": \"a\\n{b\"\n}");

        Assert.Equal(ExampleReading.Repaired, reading);
        Assert.Equal("wait...", value!.Value.GetProperty("result").GetString());
    }
}
