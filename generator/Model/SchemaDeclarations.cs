namespace B24Gen.Generator.Model;

/// <summary>
/// What one file declares and references, without its content or positions (but for <c>partial: true</c> members):
/// the input of the cross-file index, so edits that change neither (descriptions, line moves) leave the index cached. Diagnostics point at a
/// <see cref="DeclarationPlace"/>; <c>References</c> are the referenced type names in the order of
/// <see cref="Resolution.DeclarationCollector.References"/>. <c>IsPrecompiled</c>: a file of the precompiled stock
/// API, known from the stock index; its declarations exist in a referenced assembly and are never emitted.
/// </summary>
internal sealed record SchemaDeclarations(
    string FilePath,
    bool IsStock,
    MethodDeclaration? Method,
    EquatableArray<TypeDeclaration> Types,
    EquatableArray<string> References,
    bool IsPrecompiled = false)
{
    /// <summary>The event the file describes, if it is an <c>event:</c> document.</summary>
    public EventDeclaration? Event { get; init; }
}

/// <summary>An event's code (upper case, as the portal sends it) and the classes it generates: checked across files.</summary>
internal sealed record EventDeclaration(string Code, string ClassName, string DataTypeName);

/// <summary>
/// A method's name, scope, place in the API tree and the C# names it generates (checked for clashes across files), and how it pages; for <c>paging: fast</c> the index checks that
/// the named item type (<c>PagingItemType</c>; null when the items are not a named type) has an <c>ID: int</c> field.
/// </summary>
internal sealed record MethodDeclaration(
    string Name,
    string Scope,
    ApiGroupModel Group,
    PagingKind Paging = PagingKind.None,
    string? PagingItemType = null,
    string Verb = "",
    string DescriptorName = "",
    string RequestTypeName = "")
{
    /// <summary>A wrapped list (<c>paging: { list: tasks }</c>): its wire name, looked up in the result's type by the index.</summary>
    public string? PagedListName { get; init; }

    /// <summary>The result's type name, when <see cref="PagedListName"/> is set.</summary>
    public string? ResultTypeName { get; init; }
}

/// <summary>
/// A type's name and kind; for a <c>partial: true</c> extension also its fields or values, which the index hands to
/// the file that owns the type (which checks them against its members: <see cref="Resolution.ExtensionMerger"/>).
/// <c>IdProperty</c> is the C# name of its <c>ID: int</c> field, if it has one. <c>MemberNames</c> are its fields'
/// C# names only for an object type without one (empty otherwise): the fast paging mode may then take an ID added by
/// a <c>partial: true</c> declaration, if it does not clash with them. Keeping them out for every other type lets a
/// field be added to those without rebuilding the index.
/// </summary>
internal sealed record TypeDeclaration(
    string Name,
    TypeKind Kind,
    bool IsPartial,
    EquatableArray<string> MemberNames,
    TypeExtension? Extension,
    string? IdProperty = null,
    bool IsInput = false)
{
    /// <summary>Its list fields (an object type's): what a method declared elsewhere may page over (<c>paging: { list: ... }</c>).</summary>
    public EquatableArray<PagedListModel> ListFields { get; init; } = EquatableArray<PagedListModel>.Empty;
}

/// <summary>
/// Fields or enum values that a <c>partial: true</c> declaration (at <c>Span</c>) adds to a type defined elsewhere.
/// They keep their spans (clashes are reported at them), so moving lines in a file with such a declaration does
/// rebuild the index; such files are few.
/// </summary>
internal sealed record TypeExtension(string TypeName, string FilePath, EquatableArray<FieldModel> Fields, EquatableArray<EnumMemberModel> EnumMembers, SourceSpan Span);
