using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>Every type expression and type flavour compiles warning-free, and each maps to the C# type the format promises.</summary>
public class FeatureCoverageTests
{
    private static (GeneratorDriverRunResult Result, Compilation Output) Run()
    {
        var path = Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Schemas", "features.yaml");
        return GeneratorHarness.Run((path, File.ReadAllText(path)));
    }

    [Fact]
    public void Every_type_expression_compiles_warning_free()
    {
        var (result, output) = Run();

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Id", "long", true)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Name", "string?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Flags", "bool?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Tags", "System.Collections.Generic.IReadOnlyList<string>?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Weights", "System.Collections.Generic.IReadOnlyDictionary<string, double>?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "When", "B24Gen.B24DateTime?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Day", "B24Gen.B24Date?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "At", "System.DateTimeOffset?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Raw", "System.Text.Json.JsonElement?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Kind", "B24Gen.Api.DemoKind?", false)]
    [InlineData("B24Gen.Api.DemoFeatureUpdateRequest", "Choice", "B24Gen.B24Union<long, B24Gen.Api.DemoRule>?", false)]
    [InlineData("B24Gen.Api.DemoRule", "Freq", "string", true)]
    [InlineData("B24Gen.Api.DemoRule", "Count", "long?", false)]
    [InlineData("B24Gen.Api.DemoOutcome", "Names", "System.Collections.Generic.IReadOnlyList<string?>", false)]
    [InlineData("B24Gen.Api.DemoOutcome", "Nested", "System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IReadOnlyList<B24Gen.Api.DemoKind>>", false)]
    [InlineData("B24Gen.Api.DemoOutcome", "OptionalList", "System.Collections.Generic.IReadOnlyList<long>?", false)]
    [InlineData("B24Gen.Api.DemoOutcome", "Either", "B24Gen.B24Union<long, string>?", false)]
    [InlineData("B24Gen.Api.DemoOutcome", "Flag", "bool", false)]
    [InlineData("B24Gen.Api.DemoOutcomeChild", "RawName", "string", false)]
    public void Type_expressions_map_to_the_promised_csharp_types(string typeName, string property, string expected, bool required)
    {
        var (_, output) = Run();

        var symbol = Assert.IsAssignableFrom<IPropertySymbol>(output.GetTypeByMetadataName(typeName)!.GetMembers(property).Single());
        Assert.Equal(expected, symbol.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted).WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes)));
        Assert.Equal(required, symbol.IsRequired);
    }

    [Fact]
    public void Input_types_are_settable_and_result_types_are_init_only()
    {
        var (_, output) = Run();

        var rule = (IPropertySymbol)output.GetTypeByMetadataName("B24Gen.Api.DemoRule")!.GetMembers("Count").Single();
        var outcome = (IPropertySymbol)output.GetTypeByMetadataName("B24Gen.Api.DemoOutcome")!.GetMembers("Id").Single();
        Assert.False(rule.SetMethod!.IsInitOnly);
        Assert.True(outcome.SetMethod!.IsInitOnly);
        // An input object type and a method's request carry settable AdditionalFields (sent after the described
        // members); a result type an init-only one.
        var ruleExtra = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(output.GetTypeByMetadataName("B24Gen.Api.DemoRule")!.GetMembers("AdditionalFields")));
        Assert.False(ruleExtra.SetMethod!.IsInitOnly);
        var outcomeExtra = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(output.GetTypeByMetadataName("B24Gen.Api.DemoOutcome")!.GetMembers("AdditionalFields")));
        Assert.True(outcomeExtra.SetMethod!.IsInitOnly);
        var requestExtra = Assert.IsAssignableFrom<IPropertySymbol>(Assert.Single(output.GetTypeByMetadataName("B24Gen.Api.DemoFeatureUpdateRequest")!.GetMembers("AdditionalFields")));
        Assert.False(requestExtra.SetMethod!.IsInitOnly);
    }

    [Fact]
    public void The_method_returns_the_union_and_has_no_parameterless_overload_when_a_parameter_is_required()
    {
        var (_, output) = Run();

        var methods = ApiMembers.Methods(output, "B24Gen.Api.DemoFeatureApi", "UpdateAsync");
        var update = Assert.Single(methods);
        Assert.Equal("System.Threading.Tasks.Task<B24Gen.B24Union<long, B24Gen.Api.DemoOutcome>>", update.ReturnType.ToDisplayString());
    }
}
