using B24Gen.Generator.Parsing;
using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary>The build properties as a project would spell them: spaces, case, separators, empty values.</summary>
public class OptionsReaderTests
{
    private static B24Gen.Generator.Model.GeneratorOptions Read(params (string Key, string Value)[] properties) =>
        OptionsReader.Read(new TestOptionsProvider(properties.ToDictionary(p => p.Key, p => p.Value)), CancellationToken.None);

    [Fact]
    public void No_properties_give_the_defaults_and_no_diagnostics()
    {
        var options = Read();

        Assert.Equal(("B24Gen.Api", "public", "global::B24Gen.Api."), (options.Namespace, options.Visibility, options.Qualifier));
        Assert.Empty(options.Scopes);
        Assert.Empty(options.SourceScopes);
        Assert.Empty(options.Diagnostics);
        Assert.True(options.IncludesScope("anything"));
    }

    [Theory]
    [InlineData("  Contoso.Bitrix ", "Contoso.Bitrix")]
    [InlineData("   ", "B24Gen.Api")]
    [InlineData("", "B24Gen.Api")]
    [InlineData("Systems.Crm", "Systems.Crm")] // only System itself and below it are the platform's
    [InlineData("B24Gen.Custom", "B24Gen.Custom")] // only the runtime's own namespaces are kept
    public void The_namespace_is_trimmed_and_blank_means_the_default(string value, string expected)
    {
        var options = Read(("B24GenNamespace", value));

        Assert.Equal(expected, options.Namespace);
        Assert.Equal("global::" + expected + ".", options.Qualifier);
        Assert.Empty(options.Diagnostics);
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData("My-App")]
    [InlineData("System")]
    [InlineData("Microsoft.Extensions")]
    [InlineData("B24Gen")]
    [InlineData("B24Gen.Serialization")]
    public void A_namespace_the_generated_code_cannot_use_falls_back_to_the_default_with_a_diagnostic(string value)
    {
        var options = Read(("B24GenNamespace", value));

        Assert.Equal("B24Gen.Api", options.Namespace);
        var diagnostic = Assert.Single(options.Diagnostics);
        Assert.Equal("B24G0010", diagnostic.Id);
        Assert.Equal("B24GenNamespace", diagnostic.Arguments[0]);
        Assert.StartsWith($"'{value}' ", diagnostic.Arguments[1], StringComparison.Ordinal);
        Assert.EndsWith("; using 'B24Gen.Api'", diagnostic.Arguments[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" Internal ", "internal")]
    [InlineData("PUBLIC", "public")]
    [InlineData("internal", "internal")]
    [InlineData(" ", "public")]
    public void Visibility_ignores_case_and_spaces(string value, string expected)
    {
        var options = Read(("B24GenVisibility", value));

        Assert.Equal(expected, options.Visibility);
        Assert.Empty(options.Diagnostics);
    }

    [Fact]
    public void An_unknown_visibility_is_public_with_a_diagnostic()
    {
        var options = Read(("B24GenVisibility", "Private"));

        Assert.Equal("public", options.Visibility);
        Assert.Equal(["B24GenVisibility", "'private' is neither 'public' nor 'internal'; using 'public'"], Assert.Single(options.Diagnostics).Arguments);
    }

    [Fact]
    public void Scopes_split_on_commas_semicolons_and_spaces_lower_cased_sorted_and_once_each()
    {
        var options = Read(("B24GenScopes", " Crm; calendar,crm  TASKS;;"), ("B24GenSourceScopes", "CRM"));

        Assert.Equal(["calendar", "crm", "tasks"], options.Scopes);
        Assert.Equal(["crm"], options.SourceScopes);
        Assert.True(options.IncludesScope("Calendar"));
        Assert.False(options.IncludesScope("user"));
    }

    [Fact]
    public void Blank_scope_lists_mean_every_scope()
    {
        var options = Read(("B24GenScopes", " ; , "), ("B24GenSourceScopes", "  "));

        Assert.Empty(options.Scopes);
        Assert.Empty(options.SourceScopes);
        Assert.True(options.IncludesScope("crm"));
    }
}
