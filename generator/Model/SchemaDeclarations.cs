namespace B24Gen.Generator.Model;

/// <summary>What one file declares and references, without its content: the input of the cross-file index.</summary>
internal sealed record SchemaDeclarations(
    string FilePath,
    bool IsStock,
    MethodDeclaration? Method,
    EquatableArray<TypeDeclaration> Types,
    EquatableArray<NamedTypeRef> References);

/// <summary>
/// A method's name, scope and place in the API tree, and how it pages; for <c>paging: fast</c> the index checks that
/// the named item type (<c>PagingItemType</c>; null when the items are not a named type) has an <c>ID: int</c> field.
/// </summary>
internal sealed record MethodDeclaration(
    string Name,
    string Scope,
    ApiGroupModel Group,
    SourceSpan Span,
    PagingKind Paging = PagingKind.None,
    string? PagingItemType = null,
    SourceSpan? PagingSpan = null);

/// <summary>
/// A type's name and C# member names; for a <c>partial: true</c> extension also its fields or values, which the
/// index hands to the file that owns the type. <c>IdProperty</c> is the C# name of its <c>ID: int</c> field, if it has one.
/// </summary>
internal sealed record TypeDeclaration(
    string Name,
    TypeKind Kind,
    bool IsPartial,
    EquatableArray<string> MemberNames,
    TypeExtension? Extension,
    SourceSpan Span,
    string? IdProperty = null);

/// <summary>Fields or enum values that a <c>partial: true</c> declaration adds to a type defined elsewhere.</summary>
internal sealed record TypeExtension(string TypeName, string FilePath, EquatableArray<FieldModel> Fields, EquatableArray<EnumMemberModel> EnumMembers);
