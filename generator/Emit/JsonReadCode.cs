using System;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// The C# that reads one value of a schema type with a <c>Utf8JsonReader</c>, on top of the runtime's lenient
/// primitives (<c>B24JsonRead</c>). Nested types become static lambdas with their own reader variable.
/// </summary>
internal static class JsonReadCode
{
    /// <summary>An expression that reads a value of <paramref name="type"/> from the reader variable <paramref name="reader"/>.</summary>
    public static string Expression(TypeRef type, string reader, int depth = 0) => type switch
    {
        PrimitiveTypeRef p => "B24JsonRead." + PrimitiveReader(p.Kind, nullable: false) + "(ref " + reader + ")",
        NullableTypeRef { Inner: PrimitiveTypeRef p } => "B24JsonRead." + PrimitiveReader(p.Kind, nullable: true) + "(ref " + reader + ")",
        // default(T?) rather than null: the same code then reads for classes and for structs (enums, unions).
        NullableTypeRef n => "B24JsonRead.IsNull(ref " + reader + ") ? default(" + TypeMapper.CSharpType(n) + ") : " + Expression(n.Inner, reader, depth),
        NamedTypeRef n => "B24JsonRead.Model<" + n.Name + ">(ref " + reader + ")",
        ListTypeRef l => "B24JsonRead.List<" + TypeMapper.CSharpType(l.Item) + ">(ref " + reader + ", " + Function(l.Item, depth + 1) + ")",
        MapTypeRef m => "B24JsonRead.Map<" + TypeMapper.CSharpType(m.Value) + ">(ref " + reader + ", " + Function(m.Value, depth + 1) + ")",
        UnionTypeRef u => "B24JsonRead.Union<" + TypeMapper.CSharpType(u.First) + ", " + TypeMapper.CSharpType(u.Second) + ">(ref " + reader + ", "
            + "static token => " + CanStartWith(u.First, "token") + ", "
            + Function(u.First, depth + 1) + ", " + Function(u.Second, depth + 1) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>A <c>B24ReadFunc&lt;T&gt;</c>: a method group where one exists, else a static lambda.</summary>
    public static string Function(TypeRef type, int depth)
    {
        switch (type)
        {
            case PrimitiveTypeRef p:
                return "B24JsonRead." + PrimitiveReader(p.Kind, nullable: false);
            case NullableTypeRef { Inner: PrimitiveTypeRef p }:
                return "B24JsonRead." + PrimitiveReader(p.Kind, nullable: true);
            case NamedTypeRef n:
                return "B24JsonRead.Model<" + n.Name + ">";
            default:
                var reader = "reader" + depth;
                return "static (ref Utf8JsonReader " + reader + ") => " + Expression(type, reader, depth);
        }
    }

    /// <summary>A boolean expression: can a value of <paramref name="type"/> start with the token in <paramref name="token"/>?</summary>
    public static string CanStartWith(TypeRef type, string token) => type switch
    {
        PrimitiveTypeRef { Kind: PrimitiveKind.String } => token + " is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False",
        PrimitiveTypeRef { Kind: PrimitiveKind.Bool or PrimitiveKind.YesNo } => token + " is JsonTokenType.True or JsonTokenType.False or JsonTokenType.String or JsonTokenType.Number",
        PrimitiveTypeRef { Kind: PrimitiveKind.Any } => "true",
        PrimitiveTypeRef => token + " is JsonTokenType.Number or JsonTokenType.String",
        NamedTypeRef n => "B24JsonRead.CanRead<" + n.Name + ">(" + token + ")",
        NullableTypeRef n => token + " == JsonTokenType.Null || " + CanStartWith(n.Inner, token),
        ListTypeRef => token + " == JsonTokenType.StartArray",
        MapTypeRef => token + " == JsonTokenType.StartObject",
        UnionTypeRef u => "(" + CanStartWith(u.First, token) + ") || (" + CanStartWith(u.Second, token) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string PrimitiveReader(PrimitiveKind kind, bool nullable)
    {
        var name = kind switch
        {
            PrimitiveKind.String => "String",
            PrimitiveKind.Int => "Int64",
            PrimitiveKind.Double => "Double",
            PrimitiveKind.Bool or PrimitiveKind.YesNo => "Boolean",
            PrimitiveKind.Date => "Date",
            PrimitiveKind.DateTime => "DateTime",
            PrimitiveKind.Timestamp => "Timestamp",
            PrimitiveKind.Any => "Any",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return nullable ? "Nullable" + name : name;
    }
}
