namespace B24Gen.Generator.Model;

/// <summary>The cross-file facts: which types exist, which file owns each method, the API tree, and cross-file diagnostics.</summary>
internal sealed record SchemaIndex(
    EquatableArray<string> TypeNames,
    EquatableArray<TypeOwner> TypeOwners,
    EquatableArray<MethodOwner> MethodOwners,
    EquatableArray<ApiGroupModel> Groups,
    EquatableArray<string> FilePaths,
    EquatableArray<TypeExtension> Extensions,
    EquatableArray<DiagnosticInfo> Diagnostics);

internal sealed record TypeOwner(string TypeName, string FilePath);

internal sealed record MethodOwner(string MethodName, string FilePath);
