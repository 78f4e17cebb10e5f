using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// No YAML breaks the C# build: names the generated code shares with other generated names, the runtime, the BCL or
/// the user's own types either compile (every outside name is <c>global::</c>) or are a located B24G diagnostic.
/// </summary>
public sealed class NameClashTests
{
    [Fact]
    public void A_result_type_named_like_its_method_descriptor_compiles()
    {
        var (result, output) = GeneratorHarness.Run(("/s/acc.echo.yaml", """
            method: acc.echo
            kind: read
            params:
              text: { type: string, required: true }
            result: AccEcho
            types:
              AccEcho:
                fields:
                  text: string
                  items: "AccEcho[]"
            """));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void A_descriptor_named_like_another_methods_descriptor_field_compiles()
    {
        // The descriptor of demo.thing.get is kept in the field DemoThingGetMethod, beside B24Methods.DemoThingGetMethod.
        var (result, output) = GeneratorHarness.Run(
            ("/s/demo.thing.get.yaml", "method: demo.thing.get\nkind: read\nresult: int\n"),
            ("/s/demo.thing.get.method.yaml", "method: demo.thing.get.method\nkind: read\nresult: string\n"));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Single(ApiMembers.Of(output, "B24Gen.B24Methods", "DemoThingGetMethod"));
    }

    [Fact]
    public void A_property_named_like_a_type_it_lists_compiles()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.box.get.yaml", """
            method: demo.box.get
            kind: read
            params:
              Item: "Item[]"
              DemoBoxGetRequest: { type: Item, name: Thing }
            result: Box
            types:
              Item:
                fields: { ID: int }
              Box:
                fields:
                  Item: "Item[]"
                  Box2: { type: "map<Item>", name: Items }
                  Task: int
                  JsonElement: string
            """));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
    }

    /// <summary>A user's own types named like what the generated code uses, next to the generated namespace.</summary>
    [Fact]
    public void User_types_named_like_runtime_and_bcl_types_are_not_captured()
    {
        const string userTypes = """
            #pragma warning disable CS1591
            namespace MyApp
            {
                public class Task { }
                public class Type { }
                public class String { }
                public class JsonElement { }
                public class B24Date { }
                public class B24Client { }
                public class CancellationToken { }
                public class IReadOnlyList<T> { }
                public class IReadOnlyDictionary<TKey, TValue> { }
                public class ArgumentNullException { }
                public class StringComparer { }
                public class DateTimeOffset { }
                public class System { }
                public class B24Gen { }
            }

            namespace MyApp.Crm
            {
                public class Serialization { }
            }
            """;
        var properties = new Dictionary<string, string> { ["B24GenNamespace"] = "MyApp.Crm" };

        var (result, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema(), properties, userTypes);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void Generated_types_carry_GeneratedCode()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema());

        // B24Api and B24Methods are runtime classes now; the generated classes that extend them are checked instead.
        foreach (var name in new[] { "B24Gen.Api.CalendarSection", "B24Gen.Api.CalendarType", "B24Gen.Api.CalendarSectionGetRequest", "B24Gen.Api.CalendarApi", "B24Gen.Api.CalendarSectionApi", "B24Gen.Api.CalendarApiExtensions" })
        {
            var type = output.GetTypeByMetadataName(name);
            Assert.NotNull(type);
            var attribute = Assert.Single(type.GetAttributes(), a => a.AttributeClass?.Name == "GeneratedCodeAttribute");
            Assert.Equal("B24Gen", attribute.ConstructorArguments[0].Value);
        }
    }

    public static TheoryData<string, (string Path, string Text)[], string, string, int> MethodClashes => new()
    {
        {
            "two methods with one descriptor and request type",
            [("/s/a.yaml", "method: a.b.c.get\nkind: read\n"), ("/s/b.yaml", "method: a_b.c.get\nkind: read\n")],
            "/s/b.yaml", "'ABCGetRequest'", 1
        },
        {
            "ListAllAsync of a paged list beside a method list_all",
            [("/s/a.yaml", "method: demo.thing.list\nkind: read\nresult: 'int[]'\npaging: start\n"), ("/s/b.yaml", "method: demo.thing.list_all\nkind: read\n")],
            "/s/b.yaml", "'ListAllAsync'", 1
        },
        {
            "GetWithResponseAsync of get beside a verb GetWithResponse",
            [("/s/a.yaml", "method: demo.thing.get\nkind: read\n"), ("/s/b.yaml", "method: demo.thing.getwr\nkind: read\nname: GetWithResponse\n")],
            "/s/b.yaml", "'GetWithResponseAsync'", 1
        },
        {
            "a type named like a request type",
            [("/s/a.yaml", "types:\n  DemoThingGetRequest:\n    fields: { ID: int }\n"), ("/s/b.yaml", "method: demo.thing.get\nkind: read\n")],
            "/s/b.yaml", "'DemoThingGetRequest'", 1
        },
        {
            "a type named like a group class",
            [("/s/a.yaml", "types:\n  DemoThingApi:\n    enum: [a]\n"), ("/s/b.yaml", "method: demo.thing.get\nkind: read\n")],
            "/s/b.yaml", "'DemoThingApi'", 1
        },
        {
            "a group named like a method of its parent",
            [("/s/a.yaml", "method: demo.get\nkind: read\n"), ("/s/b.yaml", "method: demo.get_async.run\nkind: read\n")],
            "/s/a.yaml", "'GetAsync'", 1
        },
        {
            "a scope named client beside B24Api.Client",
            [("/s/a.yaml", "method: client.thing.get\nkind: read\n")],
            "/s/a.yaml", "'Client'", 1
        },
        {
            "a group named like its parent's class",
            [("/s/a.yaml", "method: demo.demo_api.get\nkind: read\n")],
            "/s/a.yaml", "'DemoApi'", 1
        },
        {
            "two methods with one verb in one group",
            [("/s/a.yaml", "method: demo.thing.get\nkind: read\n"), ("/s/b.yaml", "method: demo.thing.fetch\nkind: read\nname: Get\n")],
            "/s/b.yaml", "'DemoThingGetRequest'", 1
        },
    };

    [Theory]
    [MemberData(nameof(MethodClashes))]
    public void Methods_whose_generated_names_clash_are_reported_and_left_out(string name, (string Path, string Text)[] files, string path, string clashing, int line)
    {
        var (result, output) = GeneratorHarness.Run(files);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "B24G0017");
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(span.Path == path, name);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Contains(clashing, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'name:'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "B24G0099");
        GeneratorHarness.AssertCompiles(output);
    }

    [Theory]
    [InlineData("B24Client", "starts with 'B24'")]
    [InlineData("B24Response", "starts with 'B24'")]
    [InlineData("B24Api", "declares itself")]
    [InlineData("B24Methods", "declares itself")]
    [InlineData("JsonConverters", "declares itself")]
    public void Type_names_the_generated_code_or_the_runtime_uses_are_reported(string typeName, string reason)
    {
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", $"types:\n  {typeName}:\n    fields: {{ ID: int }}\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0020", diagnostic.Id);
        Assert.Equal((2, 3), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
    }

    [Theory]
    [InlineData("fields:\n      JsonType: int\n", "every generated type already has")]
    [InlineData("fields:\n      WriteProperties: int\n", "every generated type already has")]
    [InlineData("fields:\n      x: { type: int, name: _set }\n", "starts with '_'")]
    [InlineData("enum: [{ value: a, name: JsonType }]\n", "every generated type already has")]
    [InlineData("enum: [{ value: a, name: _value }]\n", "starts with '_'")]
    [InlineData("input: true\n    fields:\n      JsonType: int\n", "every generated type already has")]
    public void Member_names_the_generated_code_uses_are_reported(string body, string reason)
    {
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", "types:\n  Thing:\n    " + body));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0008", diagnostic.Id);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void A_parameter_named_JsonType_is_reported()
    {
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", "method: demo.thing.get\nkind: read\nparams:\n  JsonType: int\n"));

        Assert.Equal("B24G0008", Assert.Single(result.Diagnostics).Id);
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void A_partial_field_named_like_generated_members_is_reported()
    {
        var (result, output) = GeneratorHarness.Run(
            ("/s/a.yaml", "types:\n  Thing:\n    fields: { ID: int }\n"),
            ("/s/b.yaml", "types:\n  Thing:\n    partial: true\n    fields:\n      WriteProperties: int\n      AdditionalFields: int\n      OK: int\n"));

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "B24G0008"));
        GeneratorHarness.AssertCompiles(output);
        Assert.NotNull(output.GetTypeByMetadataName("B24Gen.Api.Thing")!.GetMembers("Ok").SingleOrDefault());
    }
}
