using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits an open, string-backed enum (as the Azure SDK's extensible enums): a static member per known value,
/// and any other value the portal sends is kept rather than rejected.
/// </summary>
internal static class EnumEmitter
{
    public static void Emit(IndentedWriter code, TypeModel type, EmitContext context)
    {
        var name = type.Name;
        DocComments.Summary(code, type.Summary is null ? $"The <c>{name}</c> values." : DocComments.Text(type.Summary));
        DocComments.Remarks(
            code,
            DocComments.Text(type.Description),
            "An open set of values: values not listed here are kept as sent. Values compare case-insensitively.");
        code.Line($"[JsonConverter(typeof(B24JsonConverter<{name}>))]");
        code.Open($"{context.Visibility} readonly partial struct {name} : IEquatable<{name}>, IB24JsonValue<{name}>");
        code.Line("private readonly string? _value;");
        code.Line();
        code.Line($"/// <summary>Creates a <see cref=\"{name}\"/> from its wire value, including values this schema does not list.</summary>");
        code.Line("/// <param name=\"value\">The value as the portal writes it.</param>");
        code.Open($"public {name}(string value)");
        code.Line("ArgumentNullException.ThrowIfNull(value);");
        code.Line("_value = value;");
        code.Close();
        code.Line();
        foreach (var member in type.EnumMembers)
        {
            var text = DocComments.Text(member.Description);
            DocComments.Summary(code, (text.Length > 0 ? text + " " : string.Empty) + $"Wire value <c>{DocComments.Text(member.Value)}</c>.");
            code.Line($"public static {name} {member.PropertyName} {{ get; }} = new({DocComments.Literal(member.Value)});");
            code.Line();
        }

        code.Line($"/// <summary>Converts a wire value to a <see cref=\"{name}\"/>.</summary>");
        code.Line("/// <param name=\"value\">The value as the portal writes it.</param>");
        code.Line($"public static implicit operator {name}(string value) => new(value);");
        code.Line();
        code.Line("/// <summary>Compares two values case-insensitively.</summary>");
        code.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        code.Line();
        code.Line("/// <summary>Compares two values case-insensitively.</summary>");
        code.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        code.Line();
        code.Line("/// <summary>The wire value.</summary>");
        code.Line("public override string ToString() => _value ?? string.Empty;");
        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Line($"public bool Equals({name} other) => string.Equals(ToString(), other.ToString(), StringComparison.OrdinalIgnoreCase);");
        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Line("public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(ToString());");
        code.Line();
        code.Line($"static bool IB24JsonValue<{name}>.CanStartWith(JsonTokenType token) => token is JsonTokenType.String or JsonTokenType.Number;");
        code.Line();
        EmitRead(code, type);
        code.Line();
        code.Line($"static void IB24JsonValue<{name}>.Write(Utf8JsonWriter writer, {name} value) => writer.WriteStringValue(value.ToString());");
        code.Close();
    }

    private static void EmitRead(IndentedWriter code, TypeModel type)
    {
        var name = type.Name;
        code.Open($"static {name} IB24JsonValue<{name}>.Read(ref Utf8JsonReader reader)");
        if (type.EnumMembers.Count > 0)
        {
            // Known values come back as the shared instances, so reading them allocates nothing.
            code.Line("var text = B24JsonRead.EnumValueSpan(ref reader);");
            code.Open("return text.Length switch");
            foreach (var group in type.EnumMembers.GroupBy(m => System.Text.Encoding.UTF8.GetByteCount(m.Value)).OrderBy(g => g.Key))
            {
                var tests = string.Join(" : ", group.Select(m => $"text.SequenceEqual({DocComments.Utf8Literal(m.Value)}) ? {m.PropertyName}"));
                code.Line($"{group.Key} => {tests} : new(B24JsonRead.EnumValue(ref reader)),");
            }

            code.Line("_ => new(B24JsonRead.EnumValue(ref reader)),");
            code.Close(";");
        }
        else
        {
            code.Line("return new(B24JsonRead.EnumValue(ref reader));");
        }

        code.Close();
    }
}
