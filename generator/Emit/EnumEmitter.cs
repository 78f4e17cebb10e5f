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
        var summary = DocComments.Text(type.Summary);
        DocComments.Summary(code, summary.Length == 0 ? $"The <c>{name}</c> values." : summary);
        DocComments.Remarks(
            code,
            DocComments.Text(type.Description),
            "An open set of values: values not listed here are kept as sent. Values compare case-insensitively.");
        code.Line(GlobalNames.GeneratedCode);
        code.Line($"[{GlobalNames.JsonConverterAttribute}(typeof(JsonConverters))]");
        code.Open($"{context.Visibility} readonly partial struct {name} : {GlobalNames.IEquatable}<{name}>");
        code.Line("private readonly string? _value;");
        code.Line();
        code.Line($"/// <summary>Creates a <see cref=\"{name}\"/> from its wire value, including values this schema does not list.</summary>");
        code.Line("/// <param name=\"value\">The value as the portal writes it.</param>");
        code.Open($"public {name}(string value)");
        code.Line($"{GlobalNames.ArgumentNullException}.ThrowIfNull(value);");
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
        code.Line($"public bool Equals({name} other) => string.Equals(ToString(), other.ToString(), {GlobalNames.StringComparison}.OrdinalIgnoreCase);");
        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        code.Line();
        code.Line("/// <inheritdoc/>");
        code.Line($"public override int GetHashCode() => {GlobalNames.StringComparer}.OrdinalIgnoreCase.GetHashCode(ToString());");
        code.Line();
        // Known values come back as the shared instances, so reading them allocates nothing.
        code.Line($"/// <summary>Reads and writes <see cref=\"{name}\"/> as the portal's JSON. Public for generated code in other assemblies.</summary>");
        var known = string.Join(", ", type.EnumMembers.Select(m => m.PropertyName));
        code.Line(GlobalNames.EditorBrowsableNever);
        code.Line($"public static readonly {GlobalNames.B24EnumType}<{name}> JsonType = new([{known}], static value => new(value));");
        code.Close();
    }
}
