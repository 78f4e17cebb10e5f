using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>A user's YAML beside the stock schema: new methods, typed UF_* fields on stock types, replaced methods, scopes.</summary>
public class ExtensionTests
{
    private static (GeneratorDriverRunResult Result, Compilation Output) RunWithStock(IReadOnlyDictionary<string, string>? properties, params (string Path, string Text)[] userFiles)
    {
        var files = GeneratorHarness.StockSchema().Concat(userFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));
        return GeneratorHarness.Run(files, properties);
    }

    [Fact]
    public void A_user_file_adds_a_method_beside_the_stock_ones()
    {
        var (result, output) = RunWithStock(null, ("/app/b24/crm.lead.get.yaml", "method: crm.lead.get\nparams:\n  id: { type: int, required: true }\nresult: CrmLead\ntypes:\n  CrmLead:\n    fields:\n      ID: int\n      TITLE: string\nkind: read\n"));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.NotNull(output.GetTypeByMetadataName("B24Gen.Api.CrmLeadApi"));
        // Scopes attach to the runtime's B24Api as extension properties.
        Assert.NotEmpty(ApiMembers.Of(output, "B24Gen.B24Api", "Crm"));
        Assert.NotEmpty(ApiMembers.Of(output, "B24Gen.B24Api", "Calendar"));
    }

    [Fact]
    public void Partial_adds_typed_uf_fields_to_a_stock_type()
    {
        const string yaml = """
            types:
              CalendarEvent:
                partial: true
                fields:
                  UF_CRM_PROJECT: { type: int?, description: Our project. }
                  UF_ROOM_CODES: "string[]"
            """;
        var (result, output) = RunWithStock(null, ("/app/b24/uf.yaml", yaml));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var calendarEvent = output.GetTypeByMetadataName("B24Gen.Api.CalendarEvent")!;
        var project = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(calendarEvent.GetMembers("UfCrmProject")));
        Assert.Equal("long?", project.Type.ToDisplayString());
        Assert.Contains("Our project.", project.GetDocumentationCommentXml(), StringComparison.Ordinal);
        Assert.NotEmpty(calendarEvent.GetMembers("UfRoomCodes"));
        Assert.NotEmpty(calendarEvent.GetMembers("Name"));
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName == "calendar.event.types.types.g.cs").SourceText.ToString();
        Assert.Contains("\"UF_CRM_PROJECT\"", source, StringComparison.Ordinal);
        Assert.Contains("UfCrmProject = reader.NullableInt64();", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_adds_values_to_a_stock_enum()
    {
        var (result, output) = RunWithStock(null, ("/app/b24/types.yaml", "types:\n  CalendarType:\n    partial: true\n    enum: [{ value: crm_pipeline, name: CrmPipeline }]\n"));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.NotEmpty(output.GetTypeByMetadataName("B24Gen.Api.CalendarType")!.GetMembers("CrmPipeline"));
    }

    // A user file clashing with stock types, at its line and column: HarnessCrossFileDiagnosticTests.

    [Fact]
    public void Two_extensions_adding_one_member_keep_the_first_and_report_the_second()
    {
        const string yaml = "types:\n  CalendarEvent:\n    partial: true\n    fields:\n      UF_A: string\n";
        var (result, output) = RunWithStock(null, ("/app/b24/a.yaml", yaml), ("/app/b24/b.yaml", yaml));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0008", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/app/b24/b.yaml", 5, 7), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains("(in /app/b24/a.yaml)", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(output.GetTypeByMetadataName("B24Gen.Api.CalendarEvent")!.GetMembers("UfA"));
    }

    [Fact]
    public void Fast_paging_does_not_take_an_id_that_a_clash_drops()
    {
        var list = new InMemoryAdditionalText("/s/a.list.yaml", "method: demo.thing.list\nresult: Thing[]\npaging: fast\ntypes:\n  Thing:\n    fields:\n      id: string\nkind: read\n");
        var extension = new InMemoryAdditionalText("/s/b.yaml", "types:\n  Thing:\n    partial: true\n    fields:\n      ID: int\n");
        var (result, output) = GeneratorHarness.Run([list, extension]);

        // The added ID clashes with the own 'id' (both are Id in C#), so the method pages by start, and it compiles.
        Assert.Equal(["B24G0008", "B24G0010"], result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        GeneratorHarness.AssertCompiles(output);
    }

    [Fact]
    public void Fast_paging_takes_an_id_added_by_a_partial_declaration()
    {
        var list = new InMemoryAdditionalText("/s/a.list.yaml", "method: demo.thing.list\nresult: Thing[]\npaging: fast\ntypes:\n  Thing:\n    fields:\n      NAME: string\nkind: read\n");
        var extension = new InMemoryAdditionalText("/s/b.yaml", "types:\n  Thing:\n    partial: true\n    fields:\n      ID: int\n");
        var (result, output) = GeneratorHarness.Run([list, extension]);

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("item => item.Id", result.Results.Single().GeneratedSources.Single(s => s.HintName == "demo.thing.list.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_listed_twice_does_not_fail_the_generator()
    {
        var file = new InMemoryAdditionalText("/s/a.yaml", "method: demo.thing.get\nresult: int\nkind: read\n");
        var (result, _) = GeneratorHarness.Run([file, file]);

        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Results.Single().GeneratedSources, s => s.HintName == "demo.thing.get.g.cs");
    }

    [Fact]
    public void A_user_file_with_a_stock_method_replaces_it_with_an_info_diagnostic()
    {
        const string yaml = "method: calendar.section.get\nsummary: Ours.\nparams:\n  type: { type: CalendarType, required: true }\nresult: \"int[]\"\nkind: read\n";
        var (result, output) = RunWithStock(null, ("/app/b24/calendar.section.get.yaml", yaml));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("B24G0014", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("/app/b24/calendar.section.get.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("calendar.section.get.yaml", diagnostic.GetMessage(), StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
        var getAsync = Assert.Single(ApiMembers.Methods(output, "B24Gen.Api.CalendarSectionApi", "GetAsync"));
        Assert.Equal("System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<long>>", getAsync.ReturnType.ToDisplayString());
        Assert.Empty(output.GetTypeByMetadataName("B24Gen.Api.CalendarSectionGetRequest")!.GetMembers("OwnerId"));
        // The stock file's own types stay: other methods may use them.
        Assert.NotNull(output.GetTypeByMetadataName("B24Gen.Api.CalendarSection"));
    }

    [Fact]
    public void Two_user_files_with_one_method_are_an_error()
    {
        const string yaml = "method: crm.deal.get\nresult: int\nkind: read\n";
        var (result, _) = RunWithStock(null, ("/app/b24/a.yaml", yaml), ("/app/b24/b.yaml", yaml));

        Assert.Equal("B24G0005", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Scopes_limit_the_generated_methods()
    {
        var properties = new Dictionary<string, string> { ["B24GenScopes"] = "crm" };
        var (result, output) = RunWithStock(properties, ("/app/b24/crm.deal.get.yaml", "method: crm.deal.get\nscope: crm\nresult: int\nkind: read\n"));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.NotEmpty(ApiMembers.Of(output, "B24Gen.B24Api", "Crm"));
        Assert.Empty(ApiMembers.Of(output, "B24Gen.B24Api", "Calendar"));
        Assert.Null(output.GetTypeByMetadataName("B24Gen.Api.CalendarSectionGetRequest"));
    }

    [Fact]
    public void Editing_a_partial_file_reemits_only_the_file_that_owns_the_type()
    {
        var stock = GeneratorHarness.StockSchema();
        var user = new InMemoryAdditionalText("/app/b24/uf.yaml", "types:\n  CalendarEvent:\n    partial: true\n    fields: { UF_A: int }\n");
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(stock.Append(user)).RunGenerators(compilation);

        var result = driver
            .ReplaceAdditionalText(user, new InMemoryAdditionalText(user.Path, "types:\n  CalendarEvent:\n    partial: true\n    fields: { UF_A: int, UF_B: string }\n"))
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();

        var emitted = result.TrackedSteps["Emit"].SelectMany(s => s.Outputs).Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
        var modified = Assert.Single(emitted);
        Assert.Contains("UF_B", ((Model.GeneratedSource)modified.Value).Text, StringComparison.Ordinal);
    }
}
