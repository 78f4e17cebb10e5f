using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// <c>paging: start</c> and <c>paging: fast</c>: the descriptor carries the mode, the group gets <c>VerbAllAsync</c>
/// returning <c>IAsyncEnumerable</c>, and the fast mode's <c>ID: int</c> requirement is checked across files.
/// </summary>
public class PagingTests
{
    private const string Things = """
        types:
          Thing:
            fields:
              ID: int
              NAME: string
        """;

    private static string ListYaml(string paging, string result = "Thing[]", string parameters = "params:\n  filter: map<any>\n  order: map<string>\n") =>
        $"method: demo.thing.list\n{parameters}result: {result}\npaging: {paging}\nkind: read\n";

    // The group is generated in the same compilation: the calls are members of its class (partial class DemoThingApi).
    private static IMethodSymbol Single(Compilation output, string type, string member) =>
        Assert.Single(ApiMembers.Methods(output, type, member));

    [Fact]
    public void Fast_paging_emits_ListAllAsync_over_the_fast_mode_with_the_id_of_each_item()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("fast")), ("/s/types.yaml", Things));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var text = GeneratorHarness.Source(result, "demo.thing.list.g.cs");
        Assert.Contains("B24Paging.Fast);", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Generic.IAsyncEnumerable<global::B24Gen.Api.Thing> ListAllAsync(global::B24Gen.Api.DemoThingListRequest? request = null, global::System.Threading.CancellationToken cancellationToken = default) =>", text, StringComparison.Ordinal);
        Assert.Contains("public sealed partial class DemoThingApi", text, StringComparison.Ordinal);
        Assert.Single(ApiMembers.Of(output, "B24Gen.B24Methods", "DemoThingList"));
        Assert.Contains("global::B24Gen.B24ListExtensions.ListFastAsync(this.Client, global::B24Gen.Api.DemoApiExtensions.DemoThingListMethod, request ?? new global::B24Gen.Api.DemoThingListRequest(), static item => item.Id, cancellationToken);", text, StringComparison.Ordinal);
        var listAll = Single(output, "B24Gen.Api.DemoThingApi", "ListAllAsync");
        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<B24Gen.Api.Thing>", listAll.ReturnType.ToDisplayString());
        Assert.Contains("fast mode", listAll.GetDocumentationCommentXml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_paging_emits_ListAllAsync_over_start_and_next()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("start")), ("/s/types.yaml", Things));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var text = GeneratorHarness.Source(result, "demo.thing.list.g.cs");
        Assert.Contains("B24Paging.Start);", text, StringComparison.Ordinal);
        Assert.Contains("global::B24Gen.B24ListExtensions.ListAsync(this.Client, global::B24Gen.Api.DemoApiExtensions.DemoThingListMethod, request ?? new global::B24Gen.Api.DemoThingListRequest(), cancellationToken);", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ListFastAsync", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_paging_emits_no_ListAllAsync_and_the_descriptor_as_before()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("none")), ("/s/types.yaml", Things));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var text = GeneratorHarness.Source(result, "demo.thing.list.g.cs");
        Assert.DoesNotContain("B24Paging", text, StringComparison.Ordinal);
        Assert.NotEmpty(ApiMembers.Methods(output, "B24Gen.Api.DemoThingApi", "ListAsync"));
        Assert.Empty(ApiMembers.Of(output, "B24Gen.Api.DemoThingApi", "ListAllAsync"));
    }

    [Fact]
    public void Required_parameters_make_the_request_of_ListAllAsync_required()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("fast", parameters: "params:\n  ownerId: { type: int, required: true }\n")), ("/s/types.yaml", Things));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var listAll = Single(output, "B24Gen.Api.DemoThingApi", "ListAllAsync");
        Assert.False(listAll.Parameters[0].HasExplicitDefaultValue);
    }

    [Fact]
    public void A_method_without_parameters_also_gets_ListAllAsync_with_only_a_token()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("start", parameters: "")), ("/s/types.yaml", Things));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var overloads = ApiMembers.Methods(output, "B24Gen.Api.DemoThingApi", "ListAllAsync");
        Assert.Equal(2, overloads.Count);
        Assert.Contains(overloads, m => m.Parameters.Length == 1 && m.Parameters[0].Type.Name == "CancellationToken");
    }

    [Fact]
    public void The_id_property_follows_a_name_override()
    {
        const string types = "types:\n  Thing:\n    fields:\n      ID: { type: int, name: ThingId }\n";
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("fast")), ("/s/types.yaml", types));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("static item => item.ThingId", GeneratorHarness.Source(result, "demo.thing.list.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_added_by_a_partial_declaration_in_another_file_counts()
    {
        const string types = "types:\n  Thing:\n    fields:\n      NAME: string\n";
        const string extension = "types:\n  Thing:\n    partial: true\n    fields:\n      ID: int\n";
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("fast")), ("/s/types.yaml", types), ("/s/more.yaml", extension));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("ListFastAsync", GeneratorHarness.Source(result, "demo.thing.list.g.cs"), StringComparison.Ordinal);
    }

    // Paging that its item type cannot support, at the paging line: HarnessCrossFileDiagnosticTests. Here, that the
    // method is still generated, paged by start.
    [Fact]
    public void Fast_paging_that_the_item_cannot_support_still_generates_the_method_paged_by_start()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("fast")), ("/s/types.yaml", "types:\n  Thing:\n    fields:\n      NAME: string\n"));

        Assert.Equal("B24G0010", Assert.Single(result.Diagnostics).Id);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("B24ListExtensions.ListAsync(this.Client, global::B24Gen.Api.DemoApiExtensions.DemoThingListMethod, ", GeneratorHarness.Source(result, "demo.thing.list.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_a_result_that_is_not_a_list_generates_no_ListAllAsync()
    {
        var (_, output) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("start", "Thing")), ("/s/types.yaml", Things));

        Assert.NotEmpty(ApiMembers.Methods(output, "B24Gen.Api.DemoThingApi", "ListAsync"));
        Assert.Empty(ApiMembers.Of(output, "B24Gen.Api.DemoThingApi", "ListAllAsync"));
    }

    [Fact]
    public void An_unknown_paging_value_lists_the_three_modes()
    {
        var (result, _) = GeneratorHarness.Run(("/s/demo.thing.list.yaml", ListYaml("quick")), ("/s/types.yaml", Things));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0010", diagnostic.Id);
        Assert.Contains("none, start, fast", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stock_crm_deal_list_pages_fast_by_the_deal_id()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema());

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var listAll = Single(output, "B24Gen.Api.CrmDealApi", "ListAllAsync");
        Assert.Equal("System.Collections.Generic.IAsyncEnumerable<B24Gen.Api.CrmDeal>", listAll.ReturnType.ToDisplayString());
        Assert.Contains("static item => item.Id", GeneratorHarness.Source(result, "crm.deal.list.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_item_type_elsewhere_updates_the_fast_paging_check()
    {
        var list = new InMemoryAdditionalText("/s/demo.thing.list.yaml", ListYaml("fast"));
        var good = new InMemoryAdditionalText("/s/types.yaml", Things);
        var driver = GeneratorHarness.CreateDriver([list, good]).RunGenerators(GeneratorHarness.CreateCompilation());
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var bad = new InMemoryAdditionalText("/s/types.yaml", "types:\n  Thing:\n    fields:\n      NAME: string\n");
        driver = driver.ReplaceAdditionalText(good, bad).RunGenerators(GeneratorHarness.CreateCompilation());

        Assert.Equal("B24G0010", Assert.Single(driver.GetRunResult().Diagnostics).Id);
    }
}
