namespace B24Gen.Generator.Model;

/// <summary>
/// The declaration of a file that a cross-file diagnostic points at, without its line and column. The index is
/// built from position-free declarations, so an edit that only moves lines (a longer summary) leaves it equal and
/// cached; <see cref="Resolution.DiagnosticLocator"/> turns the place into the file's current span when reporting.
/// </summary>
internal readonly record struct DeclarationPlace(string FilePath, DeclarationPart Part, int Index = 0);

/// <summary>What <see cref="DeclarationPlace.Index"/> counts: the file's types, or the type names it references.</summary>
internal enum DeclarationPart
{
    /// <summary>The <c>method:</c> entry.</summary>
    Method,

    /// <summary>The <c>event:</c> entry.</summary>
    Event,

    /// <summary>The <c>paging:</c> entry (the method's, when the file has none).</summary>
    Paging,

    /// <summary>The file's <c>Index</c>-th type.</summary>
    Type,

    /// <summary>The <c>Index</c>-th type name the file references, in <see cref="Resolution.DeclarationCollector.References"/> order.</summary>
    Reference,
}
