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

        var scopes = options.TryGetValue("build_property.B24GenScopes", out var scopesValue) && !string.IsNullOrWhiteSpace(scopesValue)
            ? scopesValue.Split(',', ';', ' ').Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().OrderBy(s => s, System.StringComparer.Ordinal).ToEquatableArray()
            : EquatableArray<string>.Empty;
        return new GeneratorOptions(ns, visibility, scopes, diagnostics.ToEquatableArray());
    }
}
