namespace B24Gen.Generator.Model;

/// <summary>The cross-file facts: which types exist, which file owns each method, the API tree, and cross-file diagnostics.</summary>
/// <c>ExternalGroups</c> are the groups (<c>Crm.Deal</c>, and every prefix) of the precompiled stock API;
/// <c>StockTypeNames</c> its types; <c>StockExtensions</c> the fields that <c>partial: true</c> declarations add to
/// its object types, checked against their members, emitted as extension properties.
internal sealed record SchemaIndex(
    EquatableArray<string> TypeNames,
    EquatableArray<TypeOwner> TypeOwners,
    EquatableArray<MethodOwner> MethodOwners,
    EquatableArray<ApiGroupModel> Groups,
    EquatableArray<string> FilePaths,
    EquatableArray<TypeExtension> Extensions,
    EquatableArray<FastPagingModel> FastPaging,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public EquatableArray<string> ExternalGroups { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> StockTypeNames { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<TypeExtension> StockExtensions { get; init; } = EquatableArray<TypeExtension>.Empty;

    /// <summary>The wrapped lists of methods (<c>paging: { list: ... }</c>), looked up in their result types.</summary>
    public EquatableArray<WrappedPagingModel> WrappedPaging { get; init; } = EquatableArray<WrappedPagingModel>.Empty;

    /// <summary>The stock types that <see cref="StockExtensions"/> extend and that are input types.</summary>
    public EquatableArray<string> StockExtendedInputTypes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Each event's code and the file that describes it, sorted by code; an event left out (a duplicate, a clash) is not here.</summary>
    public EquatableArray<EventOwner> EventOwners { get; init; } = EquatableArray<EventOwner>.Empty;
}

internal sealed record EventOwner(string Code, string FilePath);

internal sealed record TypeOwner(string TypeName, string FilePath);

internal sealed record MethodOwner(string MethodName, string FilePath);

/// <summary>A <c>paging: fast</c> method whose items have an <c>ID: int</c> field, and that field's C# name.</summary>
internal sealed record FastPagingModel(string MethodName, string IdProperty);

/// <summary>A method that pages over a list its result wraps (<c>paging: { list: tasks }</c>), with that list found in the result's type.</summary>
internal sealed record WrappedPagingModel(string MethodName, PagedListModel List);
