using System;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// The C# that names a schema type's runtime JSON type (<c>B24JsonType.Int64</c>, <c>CalendarSection.JsonType.List</c>),
/// and the one-line reads and writes of a property. The reading loop, name lookup and composition live in the
/// runtime, so each property costs one line to read and one to write: less code for every build to compile.
/// </summary>
internal static class JsonTypeCode
{
    /// <summary>An expression of type <c>B24JsonType&lt;T&gt;</c> for <paramref name="type"/>.</summary>
    public static string Expression(TypeRef type, TypeQualifier qualifier) => type switch
    {
        PrimitiveTypeRef p => GlobalNames.B24JsonType + "." + PrimitiveName(p.Kind),
        NullableTypeRef { Inner: PrimitiveTypeRef p } => GlobalNames.B24JsonType + ".Nullable" + PrimitiveName(p.Kind),
        // Generated types have an instance OrNull(); lists, maps and unions go through the runtime's static helpers.
        NullableTypeRef { Inner: NamedTypeRef } n => Expression(n.Inner, qualifier) + ".OrNull()",
        NullableTypeRef { Inner: UnionTypeRef } n => GlobalNames.B24NullableValueJsonType + ".OrNull(" + Expression(n.Inner, qualifier) + ")",
        NullableTypeRef n => GlobalNames.B24NullableReferenceJsonType + ".OrNull(" + Expression(n.Inner, qualifier) + ")",
        NamedTypeRef n => qualifier.For(n.Name) + n.Name + ".JsonType",
        ListTypeRef l => Expression(l.Item, qualifier) + ".List",
        MapTypeRef m => Expression(m.Value, qualifier) + ".Map",
        UnionTypeRef u => GlobalNames.B24JsonType + ".Union(" + Expression(u.First, qualifier) + ", " + Expression(u.Second, qualifier) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Reads a value of <paramref name="type"/> with the reading constructor's <c>reader</c>.</summary>
    public static string Read(TypeRef type, TypeQualifier qualifier) => type switch
    {
        PrimitiveTypeRef p => p.Kind switch
        {
            PrimitiveKind.String => "reader.String()",
            PrimitiveKind.Int => "reader.Int64()",
            PrimitiveKind.Double => "reader.Double()",
            PrimitiveKind.Bool or PrimitiveKind.YesNo => "reader.Boolean()",
            PrimitiveKind.Date => "reader.Date()",
            PrimitiveKind.DateTime => "reader.DateTime()",
            PrimitiveKind.Timestamp => "reader.Timestamp()",
            _ => "reader.Any()",
        },
        NullableTypeRef { Inner: PrimitiveTypeRef p } => p.Kind switch
        {
            PrimitiveKind.String => "reader.NullableString()",
            PrimitiveKind.Int => "reader.NullableInt64()",
            PrimitiveKind.Double => "reader.NullableDouble()",
            PrimitiveKind.Bool or PrimitiveKind.YesNo => "reader.NullableBoolean()",
            PrimitiveKind.Date => "reader.NullableDate()",
            PrimitiveKind.DateTime => "reader.NullableDateTime()",
            PrimitiveKind.Timestamp => "reader.NullableTimestamp()",
            _ => "reader.NullableAny()",
        },
        _ => "reader.Read(" + Expression(type, qualifier) + ")",
    };

    /// <summary>Writes property <paramref name="index"/>, <c>value.{property}</c>; null is written as <c>null</c>.</summary>
    public static void Write(IndentedWriter code, TypeRef type, int index, string property, TypeQualifier qualifier)
    {
        if (type is PrimitiveTypeRef p)
        {
            code.Line($"writer.{PrimitiveName(p.Kind)}({index}, value.{property});");
        }
        else
        {
            code.Line($"writer.Write({index}, value.{property}, {Expression(type, qualifier)});");
        }
    }

    /// <summary>Writes an optional parameter, or nothing when it is null.</summary>
    public static void WriteOptional(IndentedWriter code, TypeRef type, int index, string property, TypeQualifier qualifier)
    {
        var inner = type is NullableTypeRef n ? n.Inner : type;
        if (inner is PrimitiveTypeRef { Kind: PrimitiveKind.YesNo })
        {
            code.Line($"writer.OptionalYesNo({index}, value.{property});");
        }
        else if (inner is PrimitiveTypeRef)
        {
            // The runtime has a direct overload per primitive: no JSON type, no virtual call.
            code.Line($"writer.Optional({index}, value.{property});");
        }
        else
        {
            code.Line($"writer.Optional({index}, value.{property}, {Expression(inner, qualifier)});");
        }
    }

    private static string PrimitiveName(PrimitiveKind kind) => kind switch
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
