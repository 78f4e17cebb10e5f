using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits a class with fields: a result type (init-only properties, unknown fields kept in <c>AdditionalFields</c>,
/// written with only the properties that were set or read) or a request (settable properties, required parameters as
/// <c>required</c> members, unset ones never sent). Its JSON type (names, reading constructor, property writer) is
/// internal, so the public surface holds only the properties.
/// </summary>
internal static class ObjectEmitter
{
    public static void EmitObjectType(IndentedWriter code, TypeModel type, EmitContext context)
    {
        var fields = type.Fields.Where(f => context.IsResolved(f.Type)).ToList();
        var summary = DocComments.Text(type.Summary);
        DocComments.Summary(code, summary.Length == 0 ? $"The <c>{type.Name}</c> object." : summary);
        DocComments.Remarks(code, DocComments.Text(type.Description));
        var shape = new Shape(type.Name, fields, IsInput: type.IsInput, SchemaFile: type.Span.FilePath);
        EmitClass(code, shape, context);
    }

    public static void EmitRequest(IndentedWriter code, MethodModel method, EmitContext context)
    {
        DocComments.Summary(code, $"Parameters of <c>{method.Name}</c>" + (method.Summary is null ? "." : ": " + DocComments.Text(method.Summary)));
        if (!method.OneOf.IsEmpty)
        {
            // Checked by the client before the call is sent (an ArgumentException that says what to set).
            DocComments.Remarks(code, string.Join(" ", method.OneOf.Select(r => $"Needs one of {OneOfText(r)}.")) + " The client checks this before sending.");
        }

        var shape = new Shape(method.RequestTypeName, method.Parameters.ToList(), IsInput: true, IsRequest: true) { OneOf = method.OneOf };
        EmitClass(code, shape, context);
    }

    private static void EmitClass(IndentedWriter code, Shape shape, EmitContext context)
    {
        var name = shape.TypeName;
        code.Line(GlobalNames.GeneratedCode);
        code.Line($"[{GlobalNames.JsonConverterAttribute}(typeof(JsonConverters))]");
        code.Open($"{context.Visibility} sealed partial class {name}");
        if (IsTracked(shape))
        {
            // A result type may also be sent (a parameter's type, an item of a list): only what was set or read is
            // written, so an object built with one property never blanks the others on the portal.
            code.Line($"private {GlobalNames.B24FieldSet} _set;");
        }

        if (!shape.IsInput)
        {
            code.Line($"private {AdditionalFieldsType} _additionalFields = {GlobalNames.ReadOnlyDictionary}<string, {GlobalNames.JsonElement}>.Empty;");
            code.Line();
        }

        for (var i = 0; i < shape.Fields.Count; i++)
        {
            EmitProperty(code, shape.Fields[i], i, shape.IsInput, context.Qualifier);
            code.Line();
        }

        if (!shape.IsInput)
        {
            DocComments.Summary(code, "Fields the schema does not describe (such as a portal's <c>UF_*</c> fields), exactly as the portal sent them.");
            code.Line($"public {AdditionalFieldsType} AdditionalFields {{ get => _additionalFields; init => _additionalFields = value; }}");
            code.Line();

            // Another assembly's partial: true YAML adds typed fields to this type as extension properties over
            // AdditionalFields; their setters (object initializers) need to replace it after construction.
            DocComments.Summary(code, "Replaces <see cref=\"AdditionalFields\"/>: for the extension properties that <c>partial: true</c> YAML in another assembly adds to this type.");
            DocComments.Element(code, "param", "name=\"fields\"", "The new fields.");
            code.Line(GlobalNames.EditorBrowsableNever);
            code.Line($"public void SetAdditionalFields({AdditionalFieldsType} fields) => _additionalFields = fields;");
            code.Line();
        }
        else
        {
            // Requests too: a portal's UF_* parameters (entity.section.add) and whatever the docs forgot can be sent.
            DocComments.Summary(code, shape.IsRequest
                ? "Parameters the schema does not describe (such as a portal's <c>UF_*</c> fields), sent as they are after the described ones."
                : "Fields the schema does not describe (such as a portal's <c>UF_*</c> fields), sent as they are after the described ones.");
            code.Line($"public {AdditionalFieldsType} AdditionalFields {{ get; set; }} = {GlobalNames.ReadOnlyDictionary}<string, {GlobalNames.JsonElement}>.Empty;");
            code.Line();
        }

        DocComments.Summary(code, $"Creates a <see cref=\"{name}\"/> with every property at its default.");
        code.Open($"public {name}()");
        code.Close();
        code.Line();
        EmitJsonType(code, shape);
        code.Line();
        EmitReadingConstructor(code, shape, context.Qualifier);
        code.Line();
        EmitWriteProperties(code, shape, context.Qualifier);
        code.Close();
    }

    private const string AdditionalFieldsType = GlobalNames.IReadOnlyDictionary + "<string, " + GlobalNames.JsonElement + ">";

    private static void EmitProperty(IndentedWriter code, FieldModel field, int index, bool isInput, TypeQualifier qualifier)
    {
        var description = DocComments.Text(field.Description);
        if (description.Length == 0)
        {
            EmitWireDoc(code, "summary", field, isInput);
        }
        else
        {
            DocComments.Summary(code, description);
            EmitWireDoc(code, "remarks", field, isInput);
        }

        if (isInput && field.Required)
        {
            code.Line($"public required {TypeMapper.CSharpType(field.Type, qualifier)} {field.PropertyName} {{ get; set; }}");
        }
        else if (isInput)
        {
            code.Line($"public {TypeMapper.OptionalCSharpType(field.Type, qualifier)} {field.PropertyName} {{ get; set; }}");
        }
        else if (TypeMapper.Initializer(field.Type, qualifier) is { } initializer)
        {
            code.Line($"public {TypeMapper.CSharpType(field.Type, qualifier)} {field.PropertyName} {{ get; init {{ field = value; _set.Add({index}); }} }} = {initializer};");
        }
        else
        {
            code.Line($"public {TypeMapper.CSharpType(field.Type, qualifier)} {field.PropertyName} {{ get; init {{ field = value; _set.Add({index}); }} }}");
        }
    }

    /// <summary>The sentence that names a member's wire name, written straight into its line when it is one line (nearly always).</summary>
    private static void EmitWireDoc(IndentedWriter code, string tag, FieldModel field, bool isInput)
    {
        var verb = isInput ? "Sent as" : "Read from";
        var wireName = DocComments.Text(field.WireName);
        var notSent = isInput && !field.Required ? " Not sent when null." : string.Empty;
        if (wireName.IndexOf('\n') < 0)
        {
            code.Line($"/// <{tag}>{verb} <c>{wireName}</c>.{notSent}</{tag}>");
        }
        else
        {
            DocComments.Element(code, tag, null, $"{verb} <c>{wireName}</c>.{notSent}");
        }
    }

    /// <summary>The type's JSON type: its wire names (a property's index is its position), reader and writer.</summary>
    private static void EmitJsonType(IndentedWriter code, Shape shape)
    {
        var name = shape.TypeName;
        code.Line($"/// <summary>Reads and writes <see cref=\"{name}\"/> as the portal's JSON. Public for generated code in other assemblies.</summary>");
        code.Line(GlobalNames.EditorBrowsableNever);
        code.Line($"public static readonly {GlobalNames.B24ObjectType}<{name}> JsonType = new(");
        code.Indent();
        EmitNames(code, shape.Fields);
        code.Line($"static (ref {GlobalNames.B24ObjectReader} reader) => new {name}(ref reader),");
        if (!shape.IsInput && shape.SchemaFile is not null && shape.Fields.Count > 0)
        {
            code.Line("WriteProperties,");
            EmitSchemaSource(code, shape);
        }
        else if (!shape.IsInput)
        {
            code.Line("WriteProperties);");
        }
        else
        {
            code.Line("WriteProperties,");
            var required = shape.Fields.Any(f => f.Required);
            code.Line(required || !shape.OneOf.IsEmpty ? "keepUnknown: false," : "keepUnknown: false);");
            if (required)
            {
                EmitRequiredIndexes(code, shape.Fields, last: shape.OneOf.IsEmpty);
            }

            if (!shape.OneOf.IsEmpty)
            {
                EmitOneOf(code, shape.OneOf);
            }
        }

        code.Outdent();
    }

    /// <summary>
    /// <c>schema: new("file.yaml", [12, 13]));</c>: where each field is declared, so a value the portal sends that does not
    /// fit names the line to change. A field another file adds (<c>partial: true</c>) has line 0. Only the file's name,
    /// never its folder: generated code is the same on every machine.
    /// </summary>
    private static void EmitSchemaSource(IndentedWriter code, Shape shape)
    {
        var file = shape.SchemaFile!;
        code.BeginLine().Append("schema: new(").AppendStringLiteral(System.IO.Path.GetFileName(file)).Append(", [");
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var span = shape.Fields[i].Span;
            var line = span.FilePath == file ? span.StartLine + 1 : 0;
            // Twenty lines a row keep the row short for types with many fields.
            code.Append(i == 0 ? string.Empty : i % 20 == 0 ? "," : ", ");
            if (i > 0 && i % 20 == 0)
            {
                code.EndLine().BeginLine().Append("    ");
            }

            code.Append(line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        code.Append("]));").EndLine();
    }

    /// <summary><c>required: [0, 3]);</c>: the positions of the required properties.</summary>
    private static void EmitRequiredIndexes(IndentedWriter code, IReadOnlyList<FieldModel> fields, bool last)
    {
        code.BeginLine().Append("required: [");
        var first = true;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Required)
            {
                code.Append(first ? string.Empty : ", ").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                first = false;
            }
        }

        code.Append(last ? "]);" : "],").EndLine();
    }

    /// <summary><c>oneOf: [new(["IBLOCK_ID"], ["IBLOCK_CODE"])]);</c>: the request's one-of requirements.</summary>
    private static void EmitOneOf(IndentedWriter code, EquatableArray<OneOfModel> requirements)
    {
        code.BeginLine().Append("oneOf: [");
        for (var i = 0; i < requirements.Count; i++)
        {
            code.Append(i == 0 ? "new(" : ", new(");
            var alternatives = requirements[i].Alternatives;
            for (var j = 0; j < alternatives.Count; j++)
            {
                code.Append(j == 0 ? "[" : ", [");
                var names = alternatives[j].WireNames;
                for (var k = 0; k < names.Count; k++)
                {
                    code.Append(k == 0 ? string.Empty : ", ").AppendStringLiteral(names[k]);
                }

                code.Append("]");
            }

            code.Append(")");
        }

        code.Append("]);").EndLine();
    }

    /// <summary><c>IBLOCK_ID or IBLOCK_CODE</c>; an alternative of several: <c>moduleId + entityType + entityId</c>.</summary>
    private static string OneOfText(OneOfModel requirement) =>
        string.Join(" or ", requirement.Alternatives.Select(a => string.Join(" + ", a.WireNames.Select(n => $"<c>{DocComments.Text(n)}</c>"))));

    /// <summary>
    /// The wire names as a collection expression, wrapped so no line runs far past 120 characters. Each literal is
    /// measured, then written straight into the line (the line's length counts from its '[' or its leading space).
    /// </summary>
    private static void EmitNames(IndentedWriter code, IReadOnlyList<FieldModel> fields)
    {
        if (fields.Count == 0)
        {
            code.Line("[],");
            return;
        }

        code.BeginLine().Append('[');
        var lineLength = 1;
        for (var i = 0; i < fields.Count; i++)
        {
            var last = i == fields.Count - 1;
            var length = DocComments.LiteralLength(fields[i].WireName) + (last ? 2 : 1);
            if (lineLength > 1 && lineLength + length > 100)
            {
                code.EndLine().BeginLine().Append(' ');
                lineLength = 1;
            }

            if (lineLength > 1)
            {
                code.Append(' ');
                lineLength++;
            }

            code.AppendStringLiteral(fields[i].WireName);
            code.Append(last ? "]," : ",");
            lineLength += length;
        }

        code.EndLine();
    }

    private static void EmitReadingConstructor(IndentedWriter code, Shape shape, TypeQualifier qualifier)
    {
        var setsRequired = shape.IsInput && shape.Fields.Any(f => f.Required);
        if (setsRequired)
        {
            // The JSON type throws after reading when a required property was missing, so none is left unset.
            code.Line("#pragma warning disable CS8618");
            code.Line($"[{GlobalNames.SetsRequiredMembersAttribute}]");
        }

        code.Open($"private {shape.TypeName}(ref {GlobalNames.B24ObjectReader} reader)");
        if (shape.Fields.Count > 0)
        {
            code.Open("while (reader.Next(out var index))");
            code.Open("switch (index)");
            for (var i = 0; i < shape.Fields.Count; i++)
            {
                var field = shape.Fields[i];
                code.Line($"case {i}: {field.PropertyName} = {JsonTypeCode.Read(field.Type, qualifier)}; break;");
            }

            code.Close();
            code.Close();
        }

        if (!shape.IsInput)
        {
            if (shape.Fields.Count > 0)
            {
                code.Line();
            }

            code.Line("AdditionalFields = reader.AdditionalFields;");
            if (IsTracked(shape))
            {
                // Only what was read is written back: a value that did not fit its type stays in AdditionalFields.
                code.Line("_set = reader.ReadFields;");
            }
        }

        code.Close();
        if (setsRequired)
        {
            code.Line("#pragma warning restore CS8618");
        }
    }

    private static void EmitWriteProperties(IndentedWriter code, Shape shape, TypeQualifier qualifier)
    {
        code.Open($"private static void WriteProperties({GlobalNames.B24ObjectWriter} writer, {shape.TypeName} value)");
        if (IsTracked(shape))
        {
            code.Line("writer = writer.SkipUnset(value._set);");
        }

        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var field = shape.Fields[i];

            // Unset optional parameters are never sent: an empty value changes what the portal does.
            if (shape.IsInput && !field.Required)
            {
                JsonTypeCode.WriteOptional(code, field.Type, i, field.PropertyName, qualifier);
            }
            else
            {
                JsonTypeCode.Write(code, field.Type, i, field.PropertyName, qualifier);
            }
        }

        code.Line("writer.AdditionalFields(value.AdditionalFields);");

        code.Close();
    }

    /// <summary>Whether the type remembers which properties were set: result types with properties.</summary>
    private static bool IsTracked(Shape shape) => !shape.IsInput && shape.Fields.Count > 0;

    private sealed record Shape(string TypeName, IReadOnlyList<FieldModel> Fields, bool IsInput, string? SchemaFile = null, bool IsRequest = false)
    {
        public EquatableArray<OneOfModel> OneOf { get; init; } = EquatableArray<OneOfModel>.Empty;
    }
}
