namespace B24Gen.Generator.Model;

/// <summary>What one file declares and references, without its content: the input of the cross-file index.</summary>
internal sealed record SchemaDeclarations(
    string FilePath,
    MethodDeclaration? Method,
    EquatableArray<TypeDeclaration> Types,
    EquatableArray<NamedTypeRef> References);

internal sealed record MethodDeclaration(string Name, ApiGroupModel Group, SourceSpan Span);

internal sealed record TypeDeclaration(string Name, bool IsPartial, SourceSpan Span);
