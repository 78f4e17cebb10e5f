using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>The generated code compiles with the runtime, warning-free, nullable on, in every supported configuration.</summary>
public class GeneratedCodeCompilationTests
{
    // The README's usage snippet (README.md, "Usage"), as a user writes it.
    private const string DesignSnippet = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using B24Gen;
        using B24Gen.Api;

        internal static class Usage
        {
            public static async Task RunAsync()
            {
                var client = new B24Client(B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/abc123xyz/"));
                var api = new B24Api(client);

                IReadOnlyList<CalendarSection> sections =
                    await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });
                CalendarUserSettings settings = await api.Calendar.User.Settings.GetAsync();
                Console.WriteLine($"{sections[0].Name} {sections[0].Id} {settings.TimezoneName} {settings.WorkTimeStart}");
            }
        }
        """;

    [Fact]
    public void Stock_schema_generates_without_diagnostics_and_compiles_warning_free()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema(), null, DesignSnippet);

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Results.Single().Exception);
        AssertNoDiagnostics(output);
    }

    [Fact]
    public void Internal_visibility_and_a_custom_namespace_are_honoured()
    {
        var properties = new Dictionary<string, string> { ["B24GenNamespace"] = "Contoso.Bitrix", ["B24GenVisibility"] = "internal" };
        var usage = DesignSnippet.Replace("using B24Gen.Api;", "using Contoso.Bitrix;").Replace("public static class", "internal static class");
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema(), properties, usage);

        Assert.Empty(result.Diagnostics);
        AssertNoDiagnostics(output);
        var section = output.GetTypeByMetadataName("Contoso.Bitrix.CalendarSection");
        Assert.NotNull(section);
        Assert.Equal(Accessibility.Internal, section.DeclaredAccessibility);
        // B24Api is the runtime's (public); the generated groups (with their calls) and the classes that attach them (with the descriptors) are internal.
        foreach (var name in new[] { "Contoso.Bitrix.CalendarApi", "Contoso.Bitrix.CalendarSectionApi", "Contoso.Bitrix.CalendarApiExtensions" })
        {
            Assert.True(output.GetTypeByMetadataName(name) is not null, $"{name} not generated.");
            Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName(name)!.DeclaredAccessibility);
        }

        Assert.Single(ApiMembers.Of(output, "B24Gen.B24Api", "Calendar"));
        Assert.Equal(Accessibility.Internal, Assert.Single(ApiMembers.Methods(output, "Contoso.Bitrix.CalendarSectionApi", "GetAsync")).ContainingType.DeclaredAccessibility);
        Assert.Null(output.GetTypeByMetadataName("B24Gen.Api.CalendarApiExtensions"));
        Assert.Null(output.GetTypeByMetadataName("B24Gen.Api.CalendarSection"));
    }

    [Fact]
    public void Invalid_build_properties_fall_back_to_defaults_with_a_diagnostic()
    {
        var properties = new Dictionary<string, string> { ["B24GenNamespace"] = "1Bad Namespace", ["B24GenVisibility"] = "protected" };
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema(), properties);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "B24G0010"));
        Assert.NotNull(output.GetTypeByMetadataName("B24Gen.Api.CalendarSection"));
        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("B24Gen.Api.CalendarSection")!.DeclaredAccessibility);
    }

    [Fact]
    public void Required_parameters_are_required_members_so_forgetting_one_does_not_compile()
    {
        const string forgetful = """
            using B24Gen.Api;
            internal static class Forgetful
            {
                public static CalendarSectionGetRequest Make() => new() { Type = CalendarType.User };
            }
            """;
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema(), null, forgetful);

        var error = Assert.Single(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS9035", error.Id); // Required member 'OwnerId' must be set.
        Assert.Contains("OwnerId", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_public_generated_member_has_xml_documentation()
    {
        var (_, output) = GeneratorHarness.Run(GeneratorHarness.StockSchema());
        var section = output.GetTypeByMetadataName("B24Gen.Api.CalendarSection")!;
        // B24Api and B24Methods are runtime classes; the scopes and descriptors are the extension members of the
        // generated CalendarApiExtensions, so that class and the members of its extension blocks are checked. The
        // calls are members of the group classes.
        var undocumented = new[] { "B24Gen.Api.CalendarSection", "B24Gen.Api.CalendarType", "B24Gen.Api.CalendarSectionApi", "B24Gen.Api.CalendarUserSettingsApi", "B24Gen.Api.CalendarApi", "B24Gen.Api.CalendarApiExtensions", "B24Gen.Api.CalendarUserSettings", "B24Gen.Api.CalendarSectionGetRequest" }
            .Select(name => output.GetTypeByMetadataName(name) ?? throw new InvalidOperationException(name + " not generated."))
            .SelectMany(type => PublicMembers(type).Prepend(type))
            .Where(m => string.IsNullOrWhiteSpace(m.GetDocumentationCommentXml()))
            .Select(m => m.ToDisplayString())
            .ToList();

        Assert.Empty(undocumented);
        var id = section.GetMembers("Id").Single().GetDocumentationCommentXml()!;
        Assert.Contains("Calendar identifier.", id, StringComparison.Ordinal);
        Assert.Contains("<c>ID</c>", id, StringComparison.Ordinal);
        var getAsync = Assert.Single(ApiMembers.Methods(output, "B24Gen.Api.CalendarSectionApi", "GetAsync")).GetDocumentationCommentXml()!;
        Assert.Contains("calendar.section.get", getAsync, StringComparison.Ordinal);
        Assert.Contains("The required parameter &quot;type&quot;", getAsync.Replace("\"type\"", "&quot;type&quot;"), StringComparison.Ordinal);
        Assert.Contains("cref=\"T:B24Gen.B24MethodException\"", getAsync, StringComparison.Ordinal);
    }

    // Public, explicitly declared members that are not accessors; for an extension block (which itself carries no
    // documentation), its members.
    private static IEnumerable<ISymbol> PublicMembers(INamedTypeSymbol type) => type.GetMembers()
        .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m is not IMethodSymbol { AssociatedSymbol: not null })
        .SelectMany(m => m is INamedTypeSymbol { IsExtension: true } block ? PublicMembers(block) : [m]);

    private static void AssertNoDiagnostics(Compilation output)
    {
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
