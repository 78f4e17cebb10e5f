using System;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>How a schema type looks in C#: its type name and the value a property starts with.</summary>
internal static class TypeMapper
{
    /// <param name="type">The schema type.</param>
    /// <param name="qualifier">The generated namespace as <c>global::Ns.</c>, written before named types.</param>
    public static string CSharpType(TypeRef type, TypeQualifier qualifier) => type switch
    {
        PrimitiveTypeRef p => Primitive(p.Kind),
        NamedTypeRef n => qualifier.For(n.Name) + n.Name,
        NullableTypeRef n => CSharpType(n.Inner, qualifier) + "?",
        ListTypeRef l => GlobalNames.IReadOnlyList + "<" + CSharpType(l.Item, qualifier) + ">",
        MapTypeRef m => GlobalNames.IReadOnlyDictionary + "<string, " + CSharpType(m.Value, qualifier) + ">",
        UnionTypeRef u => GlobalNames.B24Union + "<" + CSharpType(u.First, qualifier) + ", " + CSharpType(u.Second, qualifier) + ">",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The C# type of an optional parameter: nullable, so "not set" is null and never sent.</summary>
    public static string OptionalCSharpType(TypeRef type, TypeQualifier qualifier) =>
        type is NullableTypeRef ? CSharpType(type, qualifier) : CSharpType(type, qualifier) + "?";

    /// <summary>
    /// The initializer of a result property: lists and maps start empty and never come back null; strings start
    /// empty; named types start as their type's shared default (an object cannot change once made, and a type that
    /// contains itself would make new ones forever; an input type's required members are no obstacle either).
    /// </summary>
    public static string? Initializer(TypeRef type, TypeQualifier qualifier) => type switch
    {
        PrimitiveTypeRef { Kind: PrimitiveKind.String } => "\"\"",
        ListTypeRef => "[]",
        MapTypeRef m => GlobalNames.ReadOnlyDictionary + "<string, " + CSharpType(m.Value, qualifier) + ">.Empty",
        NamedTypeRef n => qualifier.For(n.Name) + n.Name + ".JsonType.Default",
        _ => null,
    };

    public static string Primitive(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "string",
        PrimitiveKind.Int => "long",
        PrimitiveKind.Double => "double",
        PrimitiveKind.Bool or PrimitiveKind.YesNo => "bool",
        PrimitiveKind.Date => GlobalNames.B24Date,
        PrimitiveKind.DateTime => GlobalNames.B24DateTime,
        PrimitiveKind.Timestamp => GlobalNames.DateTimeOffset,
        PrimitiveKind.Any => GlobalNames.JsonElement,
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
