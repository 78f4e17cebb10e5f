namespace B24Gen.Generator.Model;

/// <summary>The cross-file facts: which types exist, which file owns each method, the API tree, and cross-file diagnostics.</summary>
internal sealed record SchemaIndex(
    EquatableArray<string> TypeNames,
    EquatableArray<TypeOwner> TypeOwners,
    EquatableArray<MethodOwner> MethodOwners,
    EquatableArray<ApiGroupModel> Groups,
    EquatableArray<string> FilePaths,
    EquatableArray<TypeExtension> Extensions,
    EquatableArray<FastPagingModel> FastPaging,
    EquatableArray<DiagnosticInfo> Diagnostics);

internal sealed record TypeOwner(string TypeName, string FilePath);

internal sealed record MethodOwner(string MethodName, string FilePath);

/// <summary>A <c>paging: fast</c> method whose items have an <c>ID: int</c> field, and that field's C# name.</summary>
internal sealed record FastPagingModel(string MethodName, string IdProperty);
