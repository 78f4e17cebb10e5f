using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits a class with fields: a result type (init-only properties, unknown fields kept in <c>AdditionalFields</c>)
/// or a request (settable properties, required parameters as <c>required</c> members, unset ones never sent).
/// Its JSON code goes into a file-local companion class so the public surface holds only the properties.
/// </summary>
internal static class ObjectEmitter
{
    public static void EmitObjectType(IndentedWriter code, TypeModel type, EmitContext context)
    {
        var fields = type.Fields.Where(f => context.IsResolved(f.Type)).ToList();
        DocComments.Summary(code, type.Summary is null ? $"The <c>{type.Name}</c> object." : DocComments.Text(type.Summary));
        DocComments.Remarks(code, DocComments.Text(type.Description));
        var shape = new Shape(type.Name, fields, IsInput: type.IsInput);
        EmitClass(code, shape, context);
    }

    public static void EmitRequest(IndentedWriter code, MethodModel method, EmitContext context)
    {
        DocComments.Summary(code, $"Parameters of <c>{method.Name}</c>" + (method.Summary is null ? "." : ": " + DocComments.Text(method.Summary)));
        var shape = new Shape(method.RequestTypeName, method.Parameters.ToList(), IsInput: true);
        EmitClass(code, shape, context);
    }

    private static void EmitClass(IndentedWriter code, Shape shape, EmitContext context)
    {
        var name = shape.TypeName;
        code.Line($"[JsonConverter(typeof(B24JsonConverter<{name}>))]");
        code.Open($"{context.Visibility} sealed partial class {name} : IB24JsonObject<{name}>");
        foreach (var field in shape.Fields)
        {
            EmitProperty(code, field, shape.IsInput);
            code.Line();
        }

        if (!shape.IsInput)
        {
            DocComments.Summary(code, "Fields the schema does not describe (such as a portal's <c>UF_*</c> fields), exactly as the portal sent them.");
            code.Line("public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; init; } = ReadOnlyDictionary<string, JsonElement>.Empty;");
            code.Line();
        }

        code.Line($"static bool IB24JsonValue<{name}>.CanStartWith(JsonTokenType token) => token is JsonTokenType.StartObject or JsonTokenType.StartArray;");
        code.Line();
        code.Line($"static {name} IB24JsonValue<{name}>.Read(ref Utf8JsonReader reader) => {name}Json.Read(ref reader);");
        code.Line();
        code.Line($"static void IB24JsonValue<{name}>.Write(Utf8JsonWriter writer, {name} value) => B24JsonWrite.Object(writer, value);");
        code.Line();
        code.Line($"static void IB24JsonObject<{name}>.WriteProperties(Utf8JsonWriter writer, {name} value) => {name}Json.WriteProperties(writer, value);");
        code.Close();
        code.Line();
        EmitJsonCompanion(code, shape);
    }

    private static void EmitProperty(IndentedWriter code, FieldModel field, bool isInput)
    {
        var wire = (isInput ? "Sent as" : "Read from") + $" <c>{DocComments.Text(field.WireName)}</c>." + (isInput && !field.Required ? " Not sent when null." : string.Empty);
        if (field.Description is null)
        {
            DocComments.Summary(code, wire);
        }
        else
        {
            DocComments.Summary(code, DocComments.Text(field.Description));
            DocComments.Remarks(code, wire);
        }
        if (isInput)
        {
            code.Line(field.Required
                ? $"public required {TypeMapper.CSharpType(field.Type)} {field.PropertyName} {{ get; set; }}"
                : $"public {TypeMapper.OptionalCSharpType(field.Type)} {field.PropertyName} {{ get; set; }}");
            return;
        }

        var initializer = TypeMapper.Initializer(field.Type);
        code.Line($"public {TypeMapper.CSharpType(field.Type)} {field.PropertyName} {{ get; init; }}" + (initializer is null ? string.Empty : " = " + initializer + ";"));
    }

    private static void EmitJsonCompanion(IndentedWriter code, Shape shape)
    {
        code.Line($"/// <summary>Reads and writes <see cref=\"{shape.TypeName}\"/> as the portal's JSON.</summary>");
        code.Open($"file static class {shape.TypeName}Json");
        EmitRead(code, shape);
        code.Line();
        EmitWriteProperties(code, shape);
        code.Line();
        EmitPropertyIndex(code, shape);
        code.Line();
        EmitWireName(code, shape);
        code.Close();
    }

    private static void EmitRead(IndentedWriter code, Shape shape)
    {
        code.Open($"public static {shape.TypeName} Read(ref Utf8JsonReader reader)");
        foreach (var field in shape.Fields)
        {
            var local = LocalNames.For(field.PropertyName);
            code.Line(LocalDeclaration(field, local, shape.IsInput));
            if (shape.IsInput && field.Required)
            {
                code.Line($"var seen{field.PropertyName} = false;");
            }
        }

        if (!shape.IsInput)
        {
            code.Line("Dictionary<string, JsonElement>? additionalFields = null;");
        }

        code.Open("if (B24JsonRead.StartObject(ref reader))");
        code.Open("while (B24JsonRead.NextProperty(ref reader))");
        code.Line("var propertyIndex = PropertyIndex(B24JsonRead.PropertyName(ref reader));");
        code.Line("var unknownProperty = propertyIndex < 0 ? reader.GetString()! : null;");
        code.Open("try");
        code.Line("B24JsonRead.Value(ref reader);");
        code.Open("switch (propertyIndex)");
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var field = shape.Fields[i];
            var local = LocalNames.For(field.PropertyName);
            var read = JsonReadCode.Expression(field.Type, "reader");
            code.Line($"case {i}:");
            code.Indent();
            code.Line($"{local} = {read};");
            if (shape.IsInput && field.Required)
            {
                code.Line($"seen{field.PropertyName} = true;");
            }

            code.Line("break;");
            code.Outdent();
        }

        code.Line("default:");
        code.Indent();
        code.Line(shape.IsInput ? "reader.Skip();" : "B24JsonRead.AdditionalField(ref reader, unknownProperty!, ref additionalFields);");
        code.Line("break;");
        code.Outdent();
        code.Close();
        code.Close();
        code.Open("catch (JsonException exception)");
        code.Line("throw B24JsonReadException.AtProperty(exception, unknownProperty ?? WireName(propertyIndex));");
        code.Close();
        code.Close();
        code.Close();
        code.Line();
        foreach (var field in shape.Fields.Where(f => shape.IsInput && f.Required))
        {
            code.Line($"B24JsonRead.Required(seen{field.PropertyName}, {DocComments.Literal(field.WireName)});");
        }

        code.Open($"return new {shape.TypeName}");
        foreach (var field in shape.Fields)
        {
            var local = LocalNames.For(field.PropertyName);
            var value = !shape.IsInput && field.Type is NamedTypeRef named ? $"{local} ?? new {named.Name}()" : local;
            code.Line($"{field.PropertyName} = {value},");
        }

        if (!shape.IsInput)
        {
            code.Line("AdditionalFields = B24JsonRead.Freeze(additionalFields),");
        }

        code.Close(";");
        code.Close();
    }

    private static string LocalDeclaration(FieldModel field, string local, bool isInput)
    {
        if (isInput)
        {
            return field.Required
                ? $"{TypeMapper.CSharpType(field.Type)} {local} = default!;"
                : $"{TypeMapper.OptionalCSharpType(field.Type)} {local} = null;";
        }

        if (field.Type is NamedTypeRef named)
        {
            // Filled with a default instance only when the portal left the field out.
            return $"{named.Name}? {local} = null;";
        }

        var initializer = TypeMapper.Initializer(field.Type) ?? (field.Type is NullableTypeRef ? "null" : "default");
        return $"{TypeMapper.CSharpType(field.Type)} {local} = {initializer};";
    }

    private static void EmitWriteProperties(IndentedWriter code, Shape shape)
    {
        code.Open($"public static void WriteProperties(Utf8JsonWriter writer, {shape.TypeName} value)");
        foreach (var field in shape.Fields)
        {
            var property = "value." + field.PropertyName;
            if (shape.IsInput && !field.Required)
            {
                // Unset optional parameters are never sent: an empty value changes what the portal does.
                var local = LocalNames.For(field.PropertyName);
                var inner = field.Type is NullableTypeRef nullable ? nullable.Inner : field.Type;
                code.Open($"if ({property} is {{ }} {local})");
                code.Line($"writer.WritePropertyName({DocComments.Utf8Literal(field.WireName)});");
                JsonWriteCode.Statements(code, inner, local, "writer", local + "Value", depth: 1);
                code.Close();
                continue;
            }

            code.Line($"writer.WritePropertyName({DocComments.Utf8Literal(field.WireName)});");
            JsonWriteCode.Statements(code, field.Type, property, "writer", LocalNames.For(field.PropertyName));
        }

        if (!shape.IsInput)
        {
            code.Line("B24JsonWrite.AdditionalFields(writer, value.AdditionalFields);");
        }

        code.Close();
    }

    private static void EmitPropertyIndex(IndentedWriter code, Shape shape)
    {
        code.Open("private static int PropertyIndex(ReadOnlySpan<byte> name)");
        if (shape.Fields.Count == 0)
        {
            code.Line("return -1;");
            code.Close();
            return;
        }

        code.Open("return name.Length switch");
        var byLength = shape.Fields
            .Select((field, index) => (field, index, length: System.Text.Encoding.UTF8.GetByteCount(field.WireName)))
            .GroupBy(entry => entry.length)
            .OrderBy(group => group.Key);
        foreach (var group in byLength)
        {
            var tests = string.Join(" : ", group.Select(entry => $"name.SequenceEqual({DocComments.Utf8Literal(entry.field.WireName)}) ? {entry.index}"));
            code.Line($"{group.Key} => {tests} : -1,");
        }

        code.Line("_ => -1,");
        code.Close(";");
        code.Close();
    }

    private static void EmitWireName(IndentedWriter code, Shape shape)
    {
        code.Open("private static string WireName(int propertyIndex) => propertyIndex switch");
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            code.Line($"{i} => {DocComments.Literal(shape.Fields[i].WireName)},");
        }

        code.Line("_ => \"?\",");
        code.Close(";");
    }

    private sealed record Shape(string TypeName, IReadOnlyList<FieldModel> Fields, bool IsInput);
}
