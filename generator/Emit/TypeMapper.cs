using System;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>How a schema type looks in C#: its type name and the value a property starts with.</summary>
internal static class TypeMapper
{
    public static string CSharpType(TypeRef type) => type switch
    {
        PrimitiveTypeRef p => Primitive(p.Kind),
        NamedTypeRef n => n.Name,
        NullableTypeRef n => CSharpType(n.Inner) + "?",
        ListTypeRef l => "IReadOnlyList<" + CSharpType(l.Item) + ">",
        MapTypeRef m => "IReadOnlyDictionary<string, " + CSharpType(m.Value) + ">",
        UnionTypeRef u => "B24Union<" + CSharpType(u.First) + ", " + CSharpType(u.Second) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The C# type of an optional parameter: nullable, so "not set" is null and never sent.</summary>
    public static string OptionalCSharpType(TypeRef type) => type is NullableTypeRef ? CSharpType(type) : CSharpType(type) + "?";

    /// <summary>
    /// The initializer of a result property (and of the reader's local): lists and maps start empty and never
    /// come back null; strings start empty; named types start as a fresh default instance.
    /// </summary>
    public static string? Initializer(TypeRef type) => type switch
    {
        PrimitiveTypeRef { Kind: PrimitiveKind.String } => "\"\"",
        ListTypeRef => "[]",
        MapTypeRef m => "ReadOnlyDictionary<string, " + CSharpType(m.Value) + ">.Empty",
        NamedTypeRef => "new()",
        _ => null,
    };

    public static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "string",
        PrimitiveKind.Int => "long",
        PrimitiveKind.Double => "double",
        PrimitiveKind.Bool or PrimitiveKind.YesNo => "bool",
        PrimitiveKind.Date => "B24Date",
        PrimitiveKind.DateTime => "B24DateTime",
        PrimitiveKind.Timestamp => "DateTimeOffset",
        PrimitiveKind.Any => "JsonElement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Calls <paramref name="visit"/> for every named type the expression mentions.</summary>
    public static void VisitNames(TypeRef type, Action<NamedTypeRef> visit)
    {
        switch (type)
        {
            case NamedTypeRef n: visit(n); break;
            case NullableTypeRef n: VisitNames(n.Inner, visit); break;
            case ListTypeRef l: VisitNames(l.Item, visit); break;
            case MapTypeRef m: VisitNames(m.Value, visit); break;
            case UnionTypeRef u:
                VisitNames(u.First, visit);
                VisitNames(u.Second, visit);
                break;
        }
    }
}
