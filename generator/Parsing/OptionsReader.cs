using System.Collections.Generic;
using System.Linq;
using System.Threading;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace B24Gen.Generator.Parsing;

/// <summary>Reads the MSBuild properties the generator honours (made compiler-visible by the package's props).</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GlobalOptions;
        var diagnostics = new List<DiagnosticInfo>();

        var ns = GeneratorOptions.DefaultNamespace;
        if (options.TryGetValue("build_property.B24GenNamespace", out var nsValue) && !string.IsNullOrWhiteSpace(nsValue))
        {
            nsValue = nsValue.Trim();
            if (!nsValue.Split('.').All(NameMapper.IsValidIdentifier))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, null, "B24GenNamespace", $"'{nsValue}' is not a C# namespace; using '{GeneratorOptions.DefaultNamespace}'"));
            }
            else if (ReservedNames.NamespaceProblem(nsValue) is { } problem)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, null, "B24GenNamespace", $"'{nsValue}' {problem}; using '{GeneratorOptions.DefaultNamespace}'"));
            }
            else
            {
                ns = nsValue;
            }
        }

        var visibility = "public";
        if (options.TryGetValue("build_property.B24GenVisibility", out var visibilityValue) && !string.IsNullOrWhiteSpace(visibilityValue))
        {
            visibilityValue = visibilityValue.Trim().ToLowerInvariant();
            if (visibilityValue is "public" or "internal")
            {
                visibility = visibilityValue;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, null, "B24GenVisibility", $"'{visibilityValue}' is neither 'public' nor 'internal'; using 'public'"));
            }
        }

        return new GeneratorOptions(ns, visibility, ScopeList(options, "B24GenScopes"), diagnostics.ToEquatableArray())
        {
            SourceScopes = ScopeList(options, "B24GenSourceScopes"),
        };
    }

    /// <summary>A list of scopes, separated by commas, semicolons or spaces, lower-cased and sorted.</summary>
    private static EquatableArray<string> ScopeList(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Split(',', ';', ' ').Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToEquatableArray()
            : EquatableArray<string>.Empty;
}
