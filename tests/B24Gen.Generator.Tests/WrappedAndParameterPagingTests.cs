using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// <c>paging:</c> as a mapping: the offset, page and cursor modes (<c>param:</c>, <c>cursor:</c>) and paging over a list the
/// result wraps (<c>list:</c>), found in the result's type in the same file or, through the index, in another file.
/// </summary>
public class WrappedAndParameterPagingTests
{
    private const string Page = """
        types:
          ThingPage:
            fields:
              things: Thing[]
              total: int
          Thing:
            fields:
              id: int
              NAME: string
        """;

    private static string Method(string paging, string result = "ThingPage", string parameters = "params:\n  OFFSET: int\n") =>
        $"method: demo.thing.list\nkind: read\n{parameters}result: {result}\npaging: {paging}\n";

    private static string Emitted(params (string Path, string Text)[] files)
    {
        var (result, output) = GeneratorHarness.Run(files);
        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var overloads = ApiMembers.Methods(output, "B24Gen.Api.DemoThingApi", "ListAllAsync");
        Assert.NotEmpty(overloads);
        Assert.All(overloads, listAll => Assert.Equal("System.Collections.Generic.IAsyncEnumerable<B24Gen.Api.Thing>", listAll.ReturnType.ToDisplayString()));
        return GeneratorHarness.Source(result, "demo.thing.list.g.cs");
    }

    [Fact]
    public void Offset_mode_over_a_wrapped_list_in_another_file_names_both_in_the_descriptor()
    {
        var text = Emitted(("/s/demo.thing.list.yaml", Method("{ mode: offset, param: OFFSET, list: things }")), ("/s/types.yaml", Page));

        Assert.Contains("B24Paging.Offset)\n    {\n        PagingParameter = \"OFFSET\",\n        PagedList = \"things\",\n    };", text, StringComparison.Ordinal);
        Assert.Contains("global::B24Gen.B24ListExtensions.ListAsync(this.Client, global::B24Gen.Api.DemoApiExtensions.DemoThingListMethod, request ?? new global::B24Gen.Api.DemoThingListRequest(), static result => result.Things, cancellationToken);", text, StringComparison.Ordinal);
        Assert.Contains("The client sets <c>OFFSET</c> itself", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cursor_mode_defaults_its_cursor_to_ID_and_pages_a_plain_list()
    {
        var text = Emitted(("/s/demo.thing.list.yaml", Method("{ mode: cursor, param: OFFSET }", "Thing[]")), ("/s/types.yaml", Page));

        Assert.Contains("PagingParameter = \"OFFSET\",\n        PagingCursor = \"ID\",\n    };", text, StringComparison.Ordinal);
        Assert.Contains("request ?? new global::B24Gen.Api.DemoThingListRequest(), cancellationToken);", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_mode_over_a_wrapped_list_declared_in_the_same_file()
    {
        var text = Emitted(("/s/demo.thing.list.yaml", Method("{ mode: start, list: things }", parameters: "") + Page));

        Assert.Contains("B24Paging.Start)\n    {\n        PagedList = \"things\",\n    };", text, StringComparison.Ordinal);
        Assert.Contains("static result => result.Things", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_property_follows_a_name_override_and_may_be_nullable()
    {
        const string page = "types:\n  ThingPage:\n    fields:\n      things: { type: \"Thing[]?\", name: Items }\n  Thing:\n    fields:\n      id: int\n";
        var text = Emitted(("/s/demo.thing.list.yaml", Method("{ mode: page, param: OFFSET, list: things }")), ("/s/types.yaml", page));

        Assert.Contains("static result => result.Items", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offset", "'mode: offset' needs 'param:'")]
    [InlineData("{ mode: page }", "'mode: page' needs 'param:'")]
    [InlineData("{ mode: start, param: OFFSET }", "'param:' is for the offset, page and cursor modes")]
    [InlineData("{ mode: offset, param: OFFSET, cursor: id }", "'cursor:' is for 'mode: cursor'")]
    [InlineData("{ mode: fast, list: things }", "the fast mode chains pages")]
    [InlineData("{ mode: none, list: things }", "'paging: none' takes no other keys")]
    [InlineData("{ list: things }", "needs 'mode:'")]
    [InlineData("{ mode: start, list: nothing }", "'ThingPage' has no list field 'nothing' ('nothing: Item[]'); its list fields are 'things'")]
    [InlineData("{ mode: start, list: total }", "'ThingPage' has no list field 'total'")]
    [InlineData("{ mode: start }", "needs a list result ('result: Item[]'), or the result's list field named by 'list:'")]
    public void A_paging_that_cannot_work_is_reported_at_the_paging_line(string paging, string message)
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", Method(paging)), ("/s/types.yaml", Page));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0010", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/s/demo.thing.list.yaml", 6), (span.Path, span.StartLinePosition.Line + 1));
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);

        // The method is still generated, without ListAllAsync, so the error is the only one.
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(ApiMembers.Methods(output, "B24Gen.Api.DemoThingApi", "ListAsync"));
        Assert.Empty(ApiMembers.Of(output, "B24Gen.Api.DemoThingApi", "ListAllAsync"));
    }

    [Fact]
    public void A_paging_parameter_declared_as_text_is_reported()
    {
        var (result, _) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", Method("{ mode: offset, param: OFFSET, list: things }", parameters: "params:\n  OFFSET: string\n")), ("/s/types.yaml", Page));

        Assert.Contains("declare it 'int'", Assert.Single(result.Diagnostics).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_in_the_paging_mapping_is_reported_with_the_known_ones()
    {
        var (result, _) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", Method("{ mode: offset, param: OFFSET, list: things, limit: LIMIT }")), ("/s/types.yaml", Page));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("mode, list, param, cursor", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_page_type_in_another_file_updates_the_wrapped_list()
    {
        var list = new InMemoryAdditionalText("/s/demo.thing.list.yaml", Method("{ mode: start, list: things }"));
        var good = new InMemoryAdditionalText("/s/types.yaml", Page);
        var driver = GeneratorHarness.CreateDriver([list, good]).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var renamed = new InMemoryAdditionalText("/s/types.yaml", Page.Replace("things:", "items:", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(good, renamed).RunGenerators(GeneratorHarness.CreateCompilation());

        Assert.Contains("its list fields are 'items'", Assert.Single(driver.GetRunResult().Diagnostics).GetMessage(), StringComparison.Ordinal);
    }
}
