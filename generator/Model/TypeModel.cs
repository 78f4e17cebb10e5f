namespace B24Gen.Generator.Model;

internal enum TypeKind
{
    Object,
    Enum,
}

/// <summary>A named type from a <c>types:</c> section: an object with fields, or an open string enum.</summary>
internal sealed record TypeModel(
    string Name,
    TypeKind Kind,
    string? Summary,
    string? Description,
    bool IsPartial,
    EquatableArray<FieldModel> Fields,
    EquatableArray<EnumMemberModel> EnumMembers,
    SourceSpan Span);
