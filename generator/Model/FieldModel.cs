namespace B24Gen.Generator.Model;

/// <summary>A result field or a method parameter: its wire name, C# name, type and documentation.</summary>
internal sealed record FieldModel(
    string WireName,
    string PropertyName,
    TypeRef Type,
    bool Required,
    string? Description,
    SourceSpan Span);
