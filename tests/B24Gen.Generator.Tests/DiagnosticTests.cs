using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>Every bad input becomes a diagnostic at the YAML file, line and column; the generator never throws.</summary>
public class DiagnosticTests
{
    private const string Minimal = "method: demo.thing.get\nresult: int\nkind: read\n";

    // The bad-YAML cases, each at its line and column, run under the standard harness: HarnessDiagnosticTests.

    [Fact]
    public void A_method_without_kind_is_a_write_and_its_docs_say_so()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.deal.add.yaml", "method: demo.deal.add\nresult: int\n"));

        var info = Assert.Single(result.Diagnostics);
        Assert.Equal(("B24G0016", DiagnosticSeverity.Info), (info.Id, info.Severity));
        Assert.Contains("kind: read", info.GetMessage(), StringComparison.Ordinal);
        var text = result.Results.Single().GeneratedSources.Single(s => s.HintName == "demo.deal.add.g.cs").SourceText.ToString();
        Assert.Contains("global::B24Gen.B24MethodKind.Write,", text, StringComparison.Ordinal);
        Assert.Contains("Changes data: never retried blindly.", text, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    /// <summary>Text from the YAML goes into XML docs escaped: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> would otherwise break them (CS1570).</summary>
    [Fact]
    public void Xml_special_characters_in_yaml_text_are_escaped_in_the_docs()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.deal.get.yaml", """
            method: demo.deal.get
            kind: read
            summary: Deals & leads <b>bold</b> of A&B.
            description: R&D > sales & marketing < support.
            docs: https://example.com/docs?a=1&b=2
            params:
              id: { type: int, required: true, description: "Id & key <1>." }
            result: { type: Deal, description: "The deal & its > contacts." }
            errors:
              - { code: "A&B", status: 400, message: "Fields & <values> are wrong", description: "When x & y." }
            types:
              Kind:
                summary: Kinds & sorts.
                enum: [{ value: "a&b", name: AB, description: "A & B <c>." }]
              Deal:
                summary: A deal & more.
                description: Fields & <stuff>.
                fields:
                  "R&D": { type: string, name: Rd, description: "R & D < 5." }
                  KIND: Kind
            """));

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var text = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("Deals &amp; leads &lt;b&gt;bold&lt;/b&gt; of A&amp;B.", text, StringComparison.Ordinal);
        Assert.Contains("R&amp;D &gt; sales &amp; marketing &lt; support.", text, StringComparison.Ordinal);
        Assert.Contains("https://example.com/docs?a=1&amp;b=2", text, StringComparison.Ordinal);
        Assert.Contains("<c>R&amp;D</c>", text, StringComparison.Ordinal);
        Assert.Contains("Fields &amp; &lt;values&gt; are wrong", text, StringComparison.Ordinal);
        Assert.Contains("<c>A&amp;B</c>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("& ", text.Replace("&amp;", "", StringComparison.Ordinal).Replace("&&", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_group_and_name_mean_the_defaults()
    {
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", "method: demo.thing.get\ngroup: ~\nname: null\nresult: int\nkind: read\n"));

        Assert.Empty(result.Diagnostics);
        // A method without a group extends the runtime's B24Api.
        Assert.NotEmpty(ApiMembers.Methods(output, "B24Gen.B24Api", "GetAsync"));
    }

    [Fact]
    public void Messages_say_how_to_fix_the_problem()
    {
        var (result, _) = GeneratorHarness.Run(("/s/a.yaml", "method: demo.thing.get\nresult: Thing\nkind: read\n"));

        var message = Assert.Single(result.Diagnostics).GetMessage();
        Assert.Contains("Unknown type 'Thing'", message, StringComparison.Ordinal);
        Assert.Contains("define 'Thing' under 'types:'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_method_is_reported_in_the_second_file_and_emitted_once()
    {
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", Minimal), ("/s/b.yaml", Minimal));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0005", diagnostic.Id);
        Assert.Equal("/s/b.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("/s/a.yaml", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Method_names_differing_only_in_case_are_duplicates()
    {
        var (result, _) = GeneratorHarness.Run(("/s/a.yaml", Minimal), ("/s/b.yaml", Minimal.Replace("demo.thing.get", "demo.Thing.get")));

        Assert.Equal("B24G0005", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_duplicate_type_is_reported_in_the_second_file()
    {
        const string types = "types:\n  Box:\n    fields: { ID: int }\n";
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", types), ("/s/b.yaml", types));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0011", diagnostic.Id);
        Assert.Equal(("/s/b.yaml", 1), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_unknown_type_leaves_out_only_what_uses_it_and_the_rest_compiles()
    {
        const string yaml = "method: demo.thing.get\nresult: Box\ntypes:\n  Box:\n    fields:\n      ID: int\n      BAD: Missing\nkind: read\n";
        var (result, output) = GeneratorHarness.Run(("/s/a.yaml", yaml));

        Assert.Equal("B24G0003", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var box = output.GetTypeByMetadataName("B24Gen.Api.Box")!;
        Assert.NotEmpty(box.GetMembers("Id"));
        Assert.Empty(box.GetMembers("Bad"));
    }

    [Fact]
    public void Other_files_still_generate_when_one_file_is_broken()
    {
        var (result, output) = GeneratorHarness.Run(("/s/broken.yaml", "method: [unclosed"), ("/s/ok.yaml", Minimal));

        Assert.Equal("B24G0001", Assert.Single(result.Diagnostics).Id);
        Assert.NotNull(output.GetTypeByMetadataName("B24Gen.Api.DemoThingApi"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_generator_never_throws_on_any_prefix_of_a_real_schema_file()
    {
        // Every truncation of a real file: unterminated flows, dangling keys, half-written type expressions.
        var text = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "schema", "calendar", "calendar.section.get.yaml"));
        var driver = GeneratorHarness.CreateDriver([]);
        var compilation = GeneratorHarness.CreateCompilation();
        for (var length = 0; length <= text.Length; length += 7)
        {
            var yaml = new InMemoryAdditionalText("/s/cut.yaml", text[..length]);
            var result = GeneratorHarness.CreateDriver([yaml]).RunGenerators(compilation).GetRunResult();
            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "B24G0099");
        }

        Assert.NotNull(driver);
    }
}
