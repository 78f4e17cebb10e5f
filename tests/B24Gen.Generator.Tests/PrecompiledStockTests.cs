using B24Gen.Generator.Model;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator.Tests;

/// <summary>
/// A package user's build: the stock index (schema/stock-index.tsv) tells the generator what the precompiled stock
/// assemblies hold, the user's YAML builds on it, and the output compiles against those assemblies.
/// </summary>
public class PrecompiledStockTests
{
    private const string DealGet = "method: crm.deal.archive\nscope: crm\nkind: read\nparams:\n  id: { type: int, required: true }\nresult: CrmDeal\n";

    private const string DealRating = "types:\n  CrmDeal:\n    partial: true\n    fields:\n      UF_CRM_RATING: \"int?\"\n";

    [Fact]
    public void The_index_alone_generates_nothing()
    {
        var (result, _) = Run([]);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void The_index_is_read_only_once_the_project_has_schema_files()
    {
        var compilation = GeneratorHarness.CreateStockCompilation();
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.StockIndex()]).RunGenerators(compilation);
        Assert.Empty(StockFiles(driver));

        driver = driver.AddAdditionalTexts([new InMemoryAdditionalText("/user/crm.deal.archive.yaml", DealGet)]).RunGenerators(compilation);
        Assert.Contains(StockFiles(driver), f => f.Method?.Name == "crm.deal.list");

        static EquatableArray<SchemaDeclarations> StockFiles(GeneratorDriver driver) =>
            ((StockIndex)driver.GetRunResult().Results.Single().TrackedSteps["StockIndex"].Single().Outputs.Single().Value).Files;
    }

    [Fact]
    public void A_user_method_joins_a_precompiled_group()
    {
        var (result, output) = Run([("/user/crm.deal.archive.yaml", DealGet)], """
            using B24Gen;
            using B24Gen.Api;

            internal static class Use
            {
                public static async System.Threading.Tasks.Task<string?> RunAsync(B24Api api)
                {
                    CrmDeal deal = await api.Crm.Deal.ArchiveAsync(new() { Id = 5 });
                    var page = await api.Crm.Deal.ListAsync();
                    B24Method<CrmDealArchiveRequest, CrmDeal> descriptor = B24Methods.CrmDealArchive;
                    return deal.Title + page.Count + descriptor.Name + B24Methods.CrmDealList.Name;
                }
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["crm.deal.archive.g.cs"], Hints(result));
        var source = GeneratorHarness.Source(result, "crm.deal.archive.g.cs");
        Assert.Contains("extension(global::B24Gen.Api.CrmDealApi group)", source, StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void A_user_method_in_its_own_namespace_joins_precompiled_groups_at_every_depth()
    {
        // The stock groups stay in B24Gen.Api; the user's request types and new groups go to the user's namespace.
        var rating = "method: crm.deal.rating.get\nscope: crm\nkind: read\nresult: int\n";
        var (result, output) = Run(
            [("/user/crm.deal.archive.yaml", DealGet), ("/user/crm.deal.rating.get.yaml", rating)],
            new Dictionary<string, string> { ["B24GenNamespace"] = "Contoso.Bitrix" },
            """
            using B24Gen;
            using B24Gen.Api;
            using Contoso.Bitrix;

            internal static class Use
            {
                public static async System.Threading.Tasks.Task<string?> RunAsync(B24Api api)
                {
                    CrmDeal deal = await api.Crm.Deal.ArchiveAsync(new CrmDealArchiveRequest { Id = 5 });
                    long rating = await api.Crm.Deal.Rating.GetAsync();
                    return deal.Title + rating + B24Methods.CrmDealArchive.Name + B24Methods.CrmDealRatingGet.Name;
                }
            }
            """);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("extension(global::B24Gen.Api.CrmDealApi group)", GeneratorHarness.Source(result, "crm.deal.archive.g.cs"), StringComparison.Ordinal);
        Assert.Contains("extension(global::B24Gen.Api.CrmDealApi parent)", GeneratorHarness.Source(result, "B24Api.g.cs"), StringComparison.Ordinal);
        Assert.NotNull(output.GetTypeByMetadataName("Contoso.Bitrix.CrmDealRatingApi"));
        Assert.Null(output.GetTypeByMetadataName("Contoso.Bitrix.CrmDealApi"));
    }

    [Fact]
    public void A_new_scope_attaches_to_B24Api()
    {
        var yaml = "method: acc.invoice.list\nscope: acc\nkind: read\nresult: \"CrmDeal[]\"\n";
        var (result, output) = Run([("/user/acc.invoice.list.yaml", yaml)], """
            using B24Gen;
            using B24Gen.Api;

            internal static class Use
            {
                public static async System.Threading.Tasks.Task<int> RunAsync(B24Api api) => (await api.Acc.Invoice.ListAsync()).Count;
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["B24Api.g.cs", "acc.invoice.list.g.cs"], Hints(result));
        Assert.Contains("extension(global::B24Gen.B24Api parent)", GeneratorHarness.Source(result, "B24Api.g.cs"), StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void A_new_group_in_a_precompiled_scope_attaches_to_the_stock_scope_and_holds_its_descriptors()
    {
        var yaml = "method: crm.widget.get\nscope: crm\nkind: read\nresult: CrmDeal\n";
        var (result, output) = Run([("/user/crm.widget.get.yaml", yaml)], """
            using B24Gen;
            using B24Gen.Api;

            internal static class Use
            {
                public static async System.Threading.Tasks.Task<string> RunAsync(B24Api api) =>
                    (await api.Crm.Widget.GetAsync()).Title + B24Methods.CrmWidgetGet.Name;
            }
            """);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("extension(global::B24Gen.Api.CrmApi parent)", GeneratorHarness.Source(result, "B24Api.g.cs"), StringComparison.Ordinal);

        // The group is this assembly's: the calls are members of its class, the descriptor is in the class that
        // attaches it to the stock CrmApi.
        Assert.Equal(2, output.GetTypeByMetadataName("B24Gen.Api.CrmWidgetApi")!.GetMembers("GetAsync").Length); // with and without a request
        Assert.Single(ApiMembers.ExtensionsOf(output, "B24Gen.B24Methods", "CrmWidgetGet"), d => d.ContainingType.ContainingType.Name == "CrmWidgetApiExtensions");
    }

    [Fact]
    public void Partial_fields_on_stock_types_are_typed_extension_properties_that_can_be_set()
    {
        var input = "types:\n  CalendarEventMeetingInput:\n    partial: true\n    fields:\n      UF_NOTE: string\n";
        var (result, output) = Run([("/user/deal-uf.yaml", DealRating), ("/user/meeting-uf.yaml", input)], """
            using B24Gen.Api;

            internal static class Use
            {
                public static long? Rating(CrmDeal deal) => deal.UfCrmRating;

                public static CrmDeal Rated() => new() { Title = "t", UfCrmRating = 5 };

                public static CalendarEventMeetingInput Noted() => new() { Notify = true, UfNote = "n" };
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal([StockExtensionEmitterHint], Hints(result));
        var source = GeneratorHarness.Source(result, StockExtensionEmitterHint);
        Assert.Contains("extension(global::B24Gen.Api.CrmDeal target)", source, StringComparison.Ordinal);
        Assert.Contains("UfCrmRating", source, StringComparison.Ordinal);
        Assert.Contains("\"UF_CRM_RATING\"", source, StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
    }

    [Theory]
    [InlineData("method: crm.deal.list\nscope: crm\nkind: read\nresult: \"any[]\"\n", 0, 8, "crm.deal.list", "replace this method")]
    [InlineData("types:\n  CrmDeal:\n    fields:\n      ID: int\n", 1, 2, "CrmDeal", "redefine this type")]
    [InlineData("types:\n  CalendarType:\n    partial: true\n    enum: [mine]\n", 1, 2, "CalendarType", "add values to this enum")]
    public void Changing_the_precompiled_stock_api_is_a_located_error_that_names_source_mode(string yaml, int line, int column, string name, string what)
    {
        var (result, _) = Run([("/user/change.yaml", yaml)]);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "B24G0018");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/user/change.yaml", error.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(line, column), error.Location.GetLineSpan().StartLinePosition);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"'{name}'", message, StringComparison.Ordinal);
        Assert.Contains($"To {what}, compile the scope from its YAML in this build: <B24GenSourceScopes>", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_found_with_and_without_the_declaration_index_in_one_build_are_each_located()
    {
        // A redefined type is found from the cached index and located afterwards; an enum extension is located when found.
        var (result, _) = Run([
            ("/user/a-enum.yaml", "types:\n  CalendarType:\n    partial: true\n    enum: [mine]\n"),
            ("/user/b-deal.yaml", "# a comment moves the type down\ntypes:\n  CrmDeal:\n    fields:\n      ID: int\n")]);

        var errors = result.Diagnostics.Where(d => d.Id == "B24G0018").Select(d => d.Location.GetLineSpan())
            .Select(span => (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character)).Order().ToList();
        Assert.Equal([("/user/a-enum.yaml", 1, 2), ("/user/b-deal.yaml", 2, 2)], errors);
    }

    [Fact]
    public void In_source_mode_a_stock_method_may_be_replaced()
    {
        var crm = GeneratorHarness.StockSchema().Where(f => f.Path.Contains($"{Path.DirectorySeparatorChar}crm{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var replaced = new InMemoryAdditionalText("/user/crm.deal.list.yaml", "method: crm.deal.list\nscope: crm\nkind: read\nresult: \"any[]\"\n");
        var properties = new Dictionary<string, string> { ["B24GenSourceScopes"] = "crm" };
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.StockIndex(), .. crm, replaced], properties)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateStockCompilation(), out _, out _);
        var result = driver.GetRunResult();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "B24G0018" || d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(result.Diagnostics, d => d.Id == "B24G0014");
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.HintName == "crm.deal.list.g.cs");
    }

    [Fact]
    public void An_older_language_version_is_one_diagnostic_at_the_first_schema_file()
    {
        var csharp13 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp13);
        var files = new AdditionalText[] { GeneratorHarness.StockIndex(), new InMemoryAdditionalText("/user/b.yaml", DealRating), new InMemoryAdditionalText("/user/a.yaml", DealGet) };
        var result = GeneratorHarness.CreateDriver(files, parseOptions: csharp13).RunGenerators(GeneratorHarness.CreateStockCompilation()).GetRunResult();

        var error = Assert.Single(result.Diagnostics, d => d.Id == "B24G0019");
        Assert.Equal("/user/a.yaml", error.Location.GetLineSpan().Path);
        Assert.Contains("C# 13", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var indexOnly = GeneratorHarness.CreateDriver([GeneratorHarness.StockIndex()], parseOptions: csharp13).RunGenerators(GeneratorHarness.CreateStockCompilation()).GetRunResult();
        Assert.Empty(indexOnly.Diagnostics);
    }

    [Fact]
    public void Editing_csharp_reruns_no_step_with_the_stock_index()
    {
        var compilation = GeneratorHarness.CreateStockCompilation("class A {}");
        var files = new AdditionalText[] { GeneratorHarness.StockIndex(), new InMemoryAdditionalText("/user/crm.deal.archive.yaml", DealGet), new InMemoryAdditionalText("/user/uf.yaml", DealRating) };
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B {}", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { "StockIndex", "Parse", "Declarations", "Index", "Resolve", "Emit", "EmitApi", "EmitStockExtensions" })
        {
            Assert.NotEmpty(TrackedSteps.Reasons(result, step));
            Assert.All(TrackedSteps.Reasons(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached, $"{step}: {reason}"));
        }
    }

    [Fact]
    public void Editing_a_user_yaml_leaves_the_stock_index_cached()
    {
        var compilation = GeneratorHarness.CreateStockCompilation();
        var get = new InMemoryAdditionalText("/user/crm.deal.archive.yaml", DealGet);
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.StockIndex(), get]).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(get.Path, DealGet.Replace("crm.deal.archive\n", "crm.deal.archive\nsummary: Get one deal.\n", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(get, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(TrackedSteps.Reasons(result, "StockIndex"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(TrackedSteps.Reasons(result, "Emit"), r => r == IncrementalStepRunReason.Modified);
    }

    private const string StockExtensionEmitterHint = "B24StockExtensions.g.cs";

    private static (GeneratorDriverRunResult Result, Compilation Output) Run((string Path, string Text)[] yaml, params string[] sources) =>
        Run(yaml, null, sources);

    private static (GeneratorDriverRunResult Result, Compilation Output) Run((string Path, string Text)[] yaml, IReadOnlyDictionary<string, string>? properties, params string[] sources)
    {
        var files = yaml.Select(y => (AdditionalText)new InMemoryAdditionalText(y.Path, y.Text)).Prepend(GeneratorHarness.StockIndex());
        var driver = GeneratorHarness.CreateDriver(files, properties).RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateStockCompilation(sources), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    private static List<string> Hints(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal).ToList();
}
