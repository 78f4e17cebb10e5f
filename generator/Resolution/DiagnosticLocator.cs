using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Gives the index's diagnostics the current line and column of the declaration they point at. The index is built
/// without positions (so it stays cached when lines move); the files here are the current parse of every schema file.
/// </summary>
internal static class DiagnosticLocator
{
    public static EquatableArray<DiagnosticInfo> Locate(EquatableArray<DiagnosticInfo> diagnostics, ImmutableArray<SchemaFileModel> files)
    {
        if (!diagnostics.Any(d => d.Place is not null))
        {
            return diagnostics;
        }

        var byPath = new Dictionary<string, SchemaFileModel>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!byPath.ContainsKey(file.FilePath))
            {
                byPath.Add(file.FilePath, file);
            }
        }

        // A place that cannot be found (not expected: the index comes from these files) still names its file.
        var references = new Dictionary<string, List<NamedTypeRef>>(StringComparer.Ordinal);
        return diagnostics
            .Select(d => d.Place is { } place ? d with { Span = SpanOf(place, byPath, references) ?? SourceSpan.StartOf(place.FilePath), Place = null } : d)
            .ToEquatableArray();
    }

    private static SourceSpan? SpanOf(DeclarationPlace place, Dictionary<string, SchemaFileModel> files, Dictionary<string, List<NamedTypeRef>> references)
    {
        if (!files.TryGetValue(place.FilePath, out var file))
        {
            return null;
        }

        switch (place.Part)
        {
            case DeclarationPart.Method:
                return file.Method?.Span;
            case DeclarationPart.Event:
                return file.Event?.Span;
            case DeclarationPart.Paging:
                return file.Method is { } method ? method.PagingSpan ?? method.Span : null;
            case DeclarationPart.Type:
                return place.Index < file.Types.Count ? file.Types[place.Index].Span : null;
            case DeclarationPart.Reference:
                if (!references.TryGetValue(file.FilePath, out var named))
                {
                    named = DeclarationCollector.References(file);
                    references[file.FilePath] = named;
                }

                return place.Index < named.Count ? named[place.Index].Span : null;
            default:
                return null;
        }
    }
}
