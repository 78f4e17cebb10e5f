namespace B24Gen.Generator.Model;

internal enum TypeKind
{
    Object,
    Enum,
}

/// <summary>
/// A named type from a <c>types:</c> section: an object with fields, or an open string enum. An input object
/// (<c>input: true</c>) is sent in requests: settable, with required members, and unset fields never sent.
/// </summary>
internal sealed record TypeModel(
    string Name,
    TypeKind Kind,
    string? Summary,
    string? Description,
    bool IsPartial,
    bool IsInput,
    EquatableArray<FieldModel> Fields,
    EquatableArray<EnumMemberModel> EnumMembers,
    SourceSpan Span);
