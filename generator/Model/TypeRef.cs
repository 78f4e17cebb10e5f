namespace B24Gen.Generator.Model;

/// <summary>The built-in scalar types of the schema format.</summary>
internal enum PrimitiveKind
{
    String,
    Int,
    Double,
    Bool,
    YesNo,
    Date,
    DateTime,
    Timestamp,
    Any,
}

/// <summary>A parsed type expression (<c>map&lt;CalendarSection[]?&gt;</c>), compared by value.</summary>
internal abstract record TypeRef;

internal sealed record PrimitiveTypeRef(PrimitiveKind Kind) : TypeRef;

internal sealed record NamedTypeRef(string Name, SourceSpan Span) : TypeRef
{
    // The span is where the name was written: it locates "unknown type" diagnostics but is not part of the type's identity.
    public bool Equals(NamedTypeRef? other) => other is not null && other.Name == Name;

    public override int GetHashCode() => Name.GetHashCode();
}

internal sealed record NullableTypeRef(TypeRef Inner) : TypeRef;

internal sealed record ListTypeRef(TypeRef Item) : TypeRef;

internal sealed record MapTypeRef(TypeRef Value) : TypeRef;

internal sealed record UnionTypeRef(TypeRef First, TypeRef Second) : TypeRef;
