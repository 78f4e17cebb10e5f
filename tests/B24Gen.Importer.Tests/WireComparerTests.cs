using System.Text.Json;
using B24Gen.Importer.Gates;

namespace B24Gen.Importer.Tests;

/// <summary>What the request gate calls the same request: keys at every depth and each value's wire form.</summary>
public class WireComparerTests
{
    [Theory]
    [InlineData("""{"id":5,"fields":{"TITLE":"a","OPENED":"Y","IDS":[1,2]}}""", """{"fields":{"IDS":[1,2],"OPENED":"Y","TITLE":"a"},"id":5}""")]
    [InlineData("""{"id":"5","sum":"10.50"}""", """{"id":5,"sum":10.5}""")]
    [InlineData("""{"auth":"token","id":1}""", """{"id":1}""")]
    [InlineData("""{"start":50,"filter":{">ID":1}}""", """{"filter":{">ID":1},"start":0}""")]
    [InlineData("""{"flag":true,"empty":null}""", """{"flag":false,"empty":null}""")]
    public void Same_keys_and_forms_agree(string example, string sent) =>
        Assert.Empty(Differences(example, sent));

    [Theory]
    [InlineData("""{"id":5,"extra":1}""", """{"id":5}""", "$.extra is in the example but was not sent (no such parameter or field)")]
    [InlineData("""{"id":5}""", """{"id":5,"COMMENTS":null}""", "$.COMMENTS was sent but is not in the example")]
    [InlineData("""{"fields":{"OPENED":"Y"}}""", """{"fields":{"OPENED":true}}""", "$.fields.OPENED: the example sends \"Y\", the request type sent true")]
    [InlineData("""{"mode":1}""", """{"mode":true}""", "$.mode: the example sends 1, the request type sent true")]
    [InlineData("""{"ids":[1,2]}""", """{"ids":{"0":1,"1":2}}""", "$.ids: the example sends [1,2], the request type sent {\"0\":1,\"1\":2}")]
    [InlineData("""{"ids":[1,2]}""", """{"ids":[1]}""", "$.ids: the example has 2 items, 1 were sent")]
    [InlineData("""{"rows":[{"A":"x"}]}""", """{"rows":[{"A":1}]}""", "$.rows[0].A: the example sends \"x\", the request type sent 1")]
    [InlineData("""{"id":"five"}""", """{"id":5}""", "$.id: the example sends \"five\", the request type sent 5")]
    [InlineData("""{"text":"a very long text that goes on and on and on"}""", """{"text":7}""", "$.text: the example sends \"a very long text that goes on and on..., the request type sent 7")]
    public void A_difference_names_its_path_and_both_forms(string example, string sent, string difference) =>
        Assert.Equal([difference], Differences(example, sent));

    [Fact]
    public void Only_top_level_keys_are_left_out_of_the_comparison()
    {
        Assert.Equal(["$.data.auth is in the example but was not sent (no such parameter or field)"], Differences("""{"data":{"auth":1}}""", """{"data":{}}"""));
    }

    private static IReadOnlyList<string> Differences(string example, string sent)
    {
        using var left = JsonDocument.Parse(example);
        using var right = JsonDocument.Parse(sent);
        return WireComparer.Differences(left.RootElement, right.RootElement, ["auth", "start"]);
    }
}
