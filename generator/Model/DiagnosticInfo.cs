using B24Gen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Model;

/// <summary>A diagnostic as equatable data: the pipeline caches it and materializes a <see cref="Diagnostic"/> only when reporting.</summary>
internal sealed record DiagnosticInfo(string Id, SourceSpan? Span, EquatableArray<string> Arguments)
{
    /// <summary>For the cross-file index: the declaration to point at, given its span when reported.</summary>
    public DeclarationPlace? Place { get; init; }

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan? span, params string[] arguments) =>
        new(descriptor.Id, span, arguments.ToEquatableArray());

    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, DeclarationPlace place, params string[] arguments) =>
        new(descriptor.Id, null, arguments.ToEquatableArray()) { Place = place };

    // A placed diagnostic is located before it is reported; should one slip through, it still names its file.
    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        DiagnosticDescriptors.ById(Id),
        (Span ?? (Place is { } place ? SourceSpan.StartOf(place.FilePath) : null))?.ToLocation() ?? Location.None,
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Cast<object>(Arguments)));
}
