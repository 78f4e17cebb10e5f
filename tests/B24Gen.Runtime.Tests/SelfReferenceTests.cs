using System.Text.Json;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// A type that contains itself: its shared default object is made once, and the innermost self-reference of the
/// default is null instead of an endless chain. Reading and writing real trees is unaffected.
/// Only these tests touch <c>KindTree</c>, so the first access to its default happens here.
/// </summary>
public sealed class SelfReferenceTests
{
    [Fact]
    public void The_default_of_a_self_referencing_type_is_made_once_and_ends()
    {
        var first = KindTree.JsonType.Default;
        var second = KindTree.JsonType.Default;

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Null(first.Parent);
        Assert.Empty(first.Children);
        Assert.Equal("", first.Name);
        Assert.Same(first, new KindTree().Parent); // a new object starts from the shared default
    }

    [Fact]
    public void A_tree_reads_and_writes_at_any_depth()
    {
        const string json = """{"NAME":"root","CHILDREN":[{"NAME":"a","PARENT":{"NAME":"root"}},{"NAME":"b","CHILDREN":[{"NAME":"c"}]}]}""";

        var tree = JsonSerializer.Deserialize<KindTree>(json)!;

        Assert.Equal("c", tree.Children[1].Children[0].Name);
        Assert.Equal("root", tree.Children[0].Parent.Name);
        Assert.Equal(json, JsonSerializer.Serialize(tree));
    }
}
