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

    // Clashing method, type and member names, each at its line and column: HarnessCrossFileDiagnosticTests.

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
