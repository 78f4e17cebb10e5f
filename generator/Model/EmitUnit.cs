namespace B24Gen.Generator.Model;

/// <summary>
/// One file's input to emission: its model, the names it references that exist, and which of its declarations
/// it owns. Built from the index but holding only what concerns this file, so edits elsewhere leave it equal.
/// <c>FastPagingIdProperty</c> is the C# name of the items' ID when the file's method pages in the fast mode.
/// </summary>
internal sealed record EmitUnit(
    SchemaFileModel File,
    EquatableArray<string> ResolvedTypeNames,
    EquatableArray<string> OwnedTypeNames,
    bool OwnsMethod,
    EquatableArray<TypeExtension> Extensions,
    string HintName,
    string? FastPagingIdProperty = null)
{
    /// <summary>The referenced types that the precompiled stock API defines (their namespace is the stock one).</summary>
    public EquatableArray<string> StockTypeNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The groups on the way to this file's method that the precompiled stock API defines.</summary>
    public EquatableArray<string> ExternalGroups { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The wrapped list this file's method pages over, as the index found it in the result's type.</summary>
    public PagedListModel? PagedList { get; init; }

    /// <summary>Whether this file's event is generated here (not a duplicate of another file's, nor clashing).</summary>
    public bool OwnsEvent { get; init; }

    /// <summary>Clashes found merging other files' <c>partial: true</c> members into this file's types.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics { get; init; } = EquatableArray<DiagnosticInfo>.Empty;
}
