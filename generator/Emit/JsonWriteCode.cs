using System;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// The C# that writes one value of a schema type with a <c>Utf8JsonWriter</c>. Writing is exact: <c>yn</c> is
/// written as <c>"Y"</c>/<c>"N"</c>, <c>int</c> as a JSON number, dates in the format the portal accepts.
/// </summary>
internal static class JsonWriteCode
{
    /// <summary>Writes statements that write <paramref name="value"/> (an expression of the C# type) to <paramref name="writer"/>.</summary>
    /// <param name="localName">A name for the non-null local of a nullable value, unique in the method.</param>
    public static void Statements(IndentedWriter code, TypeRef type, string value, string writer, string localName, int depth = 0)
    {
        if (type is NullableTypeRef nullable)
        {
            var local = localName;
            code.Open("if (" + value + " is { } " + local + ")");
            Statements(code, nullable.Inner, local, writer, localName + "Value", depth + 1);
            code.Close();
            code.Open("else");
            code.Line(writer + ".WriteNullValue();");
            code.Close();
            return;
        }

        code.Line(Statement(type, value, writer, depth));
    }

    /// <summary>One statement writing a non-nullable value.</summary>
    private static string Statement(TypeRef type, string value, string writer, int depth) => type switch
    {
        PrimitiveTypeRef p => p.Kind switch
        {
            PrimitiveKind.String => writer + ".WriteStringValue(" + value + ");",
            PrimitiveKind.Int or PrimitiveKind.Double => writer + ".WriteNumberValue(" + value + ");",
            PrimitiveKind.Bool => writer + ".WriteBooleanValue(" + value + ");",
            PrimitiveKind.YesNo => writer + ".WriteStringValue(" + value + " ? \"Y\"u8 : \"N\"u8);",
            PrimitiveKind.Date => "B24JsonWrite.Date(" + writer + ", " + value + ");",
            PrimitiveKind.DateTime => "B24JsonWrite.DateTime(" + writer + ", " + value + ");",
            PrimitiveKind.Timestamp => writer + ".WriteNumberValue(" + value + ".ToUnixTimeSeconds());",
            PrimitiveKind.Any => value + ".WriteTo(" + writer + ");",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        },
        NamedTypeRef => "B24JsonWrite.Model(" + writer + ", " + value + ");",
        ListTypeRef l => "B24JsonWrite.List(" + writer + ", " + value + ", " + Function(l.Item, depth + 1) + ");",
        MapTypeRef m => "B24JsonWrite.Map(" + writer + ", " + value + ", " + Function(m.Value, depth + 1) + ");",
        UnionTypeRef u => "B24JsonWrite.Union(" + writer + ", " + value + ", " + Function(u.First, depth + 1) + ", " + Function(u.Second, depth + 1) + ");",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>A <c>B24WriteAction&lt;T&gt;</c>: a method group where one exists, else a static lambda.</summary>
    private static string Function(TypeRef type, int depth)
    {
        switch (type)
        {
            case PrimitiveTypeRef p:
                return "B24JsonWrite." + PrimitiveWriter(p.Kind);
            case NamedTypeRef n:
                return "B24JsonWrite.Model<" + n.Name + ">";
            case NullableTypeRef n:
                var nullableWriter = "writer" + depth;
                var nullableValue = "item" + depth;
                var local = "value" + depth;
                return "static (" + nullableWriter + ", " + nullableValue + ") => { if (" + nullableValue + " is { } " + local + ") { "
                    + Statement(n.Inner, local, nullableWriter, depth + 1) + " } else { " + nullableWriter + ".WriteNullValue(); } }";
            default:
                var writer = "writer" + depth;
                var value = "item" + depth;
                return "static (" + writer + ", " + value + ") => " + Statement(type, value, writer, depth).TrimEnd(';');
        }
    }

    private static string PrimitiveWriter(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "String",
        PrimitiveKind.Int => "Int64",
        PrimitiveKind.Double => "Double",
        PrimitiveKind.Bool => "Boolean",
        PrimitiveKind.YesNo => "YesNo",
        PrimitiveKind.Date => "Date",
        PrimitiveKind.DateTime => "DateTime",
        PrimitiveKind.Timestamp => "Timestamp",
        PrimitiveKind.Any => "Any",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
