namespace B24Gen.Generator.Model;

/// <summary>What one file declares and references, without its content: the input of the cross-file index.</summary>
internal sealed record SchemaDeclarations(
    string FilePath,
    bool IsStock,
    MethodDeclaration? Method,
    EquatableArray<TypeDeclaration> Types,
    EquatableArray<NamedTypeRef> References);

internal sealed record MethodDeclaration(string Name, string Scope, ApiGroupModel Group, SourceSpan Span);

/// <summary>
/// A type's name and C# member names; for a <c>partial: true</c> extension also its fields or values, which the
/// index hands to the file that owns the type.
/// </summary>
internal sealed record TypeDeclaration(
    string Name,
    TypeKind Kind,
    bool IsPartial,
    EquatableArray<string> MemberNames,
    TypeExtension? Extension,
    SourceSpan Span);

/// <summary>Fields or enum values that a <c>partial: true</c> declaration adds to a type defined elsewhere.</summary>
internal sealed record TypeExtension(string TypeName, string FilePath, EquatableArray<FieldModel> Fields, EquatableArray<EnumMemberModel> EnumMembers);
