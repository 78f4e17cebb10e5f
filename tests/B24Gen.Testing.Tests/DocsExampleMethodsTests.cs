using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary>Methods without a handler of their own answer with their docs page's response example.</summary>
public sealed class DocsExampleMethodsTests : EmulatorFixture
{
    [Fact]
    public async Task A_method_without_a_handler_answers_its_docs_example()
    {
        var answer = await CallAsync("user.current");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var result = answer.Json["result"]!;
        Assert.Equal("3", result["ID"]!.GetValue<string>());
        Assert.Equal("Smith", result["LAST_NAME"]!.GetValue<string>());
        Assert.NotNull(answer.Json["time"]);
    }

    [Fact]
    public async Task A_listed_example_is_one_page_with_its_total_and_no_next()
    {
        var answer = await CallAsync("crm.activity.list", """{"start": 50}""");

        var json = answer.Json;
        Assert.Single(json["result"]!.AsArray());
        Assert.Equal(123456, json["total"]!.GetValue<long>());
        Assert.Null(json["next"]);
    }

    [Fact]
    public async Task Stateful_handlers_keep_answering_their_methods()
    {
        var answer = await CallAsync("calendar.section.get");

        // The calendar handler checks its parameters; a docs example would have answered.
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public void Every_example_the_importer_wrote_is_registered_and_each_answer_is_a_fresh_copy()
    {
        var registry = MethodRegistry.CreateDefault();

        Assert.True(DocsExampleMethods.Names.Count >= 1300, $"{DocsExampleMethods.Names.Count} examples");
        Assert.All(DocsExampleMethods.Names, name => Assert.True(registry.Contains(name), name));
        Assert.Equal(0, DocsExampleMethods.Register(registry));
        Assert.True(registry.TryGet("user.current", out var handler));
        var first = handler(null!).Result!;
        ((JsonObject)first)["ID"] = "changed";
        Assert.Equal("3", handler(null!).Result!["ID"]!.GetValue<string>());
    }

    [Fact]
    public void A_registry_that_already_has_a_method_keeps_its_handler()
    {
        var registry = new MethodRegistry().Register("user.current", _ => MethodResult.Success(JsonValue.Create(42)));

        var added = DocsExampleMethods.Register(registry);

        Assert.Equal(DocsExampleMethods.Names.Count - 1, added);
        Assert.True(registry.TryGet("user.current", out var handler));
        Assert.Equal(42, handler(null!).Result!.GetValue<int>());
    }
}
