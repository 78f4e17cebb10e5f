using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits the fields that <c>partial: true</c> declarations add to object types of the precompiled stock API. A class
/// of another assembly cannot take new members, so each field becomes an extension property that reads the
/// object's <c>AdditionalFields</c>, where the portal's value already is: <c>deal.UfCrmRating</c>.
/// </summary>
internal static class StockExtensionEmitter
{
    public const string HintName = "B24StockExtensions.g.cs";

    /// <param name="code">The writer.</param>
    /// <param name="extensions">The checked extensions of stock object types.</param>
    /// <param name="inputTypes">The extended types that are input types (a settable <c>AdditionalFields</c>).</param>
    /// <param name="context">The emit context.</param>
    public static void Emit(IndentedWriter code, EquatableArray<TypeExtension> extensions, EquatableArray<string> inputTypes, EmitContext context)
    {
        var first = true;
        foreach (var byType in extensions.Where(e => e.Fields.Count > 0 && e.Fields.All(f => context.IsResolved(f.Type))).GroupBy(e => e.TypeName))
        {
            if (!first)
            {
                code.Line();
            }

            first = false;
            var type = TypeQualifier.Stock + byType.Key;
            DocComments.Summary(code, $"Fields that this project's YAML adds to the precompiled <see cref=\"{type}\"/>: {string.Join(", ", byType.Select(e => DocComments.Text(System.IO.Path.GetFileName(e.FilePath))))}.");
            code.Line(GlobalNames.GeneratedCode);
            code.Open($"{context.Visibility} static class {byType.Key}FieldExtensions");
            code.Open($"extension({type} target)");
            var firstField = true;
            foreach (var field in byType.SelectMany(e => e.Fields))
            {
                if (!firstField)
                {
                    code.Line();
                }

                firstField = false;
                var nullable = field.Type is NullableTypeRef ? field.Type : new NullableTypeRef(field.Type);
                DocComments.Summary(code, DocComments.Text(field.Description) is { Length: > 0 } description ? description : $"The field <c>{DocComments.Text(field.WireName)}</c>.");
                DocComments.Remarks(code, $"Kept in <c>AdditionalFields</c> as <c>{DocComments.Text(field.WireName)}</c>: null when the portal did not send it or sent a value that does not fit; set to null, it is not sent.");
                var wire = DocComments.Literal(field.WireName);
                var jsonType = JsonTypeCode.Expression(nullable, context.Qualifier);
                var update = $"{GlobalNames.B24AdditionalFields}.With(target.AdditionalFields, {wire}, value, {jsonType})";
                code.Open($"public {TypeMapper.CSharpType(nullable, context.Qualifier)} {field.PropertyName}");
                code.Line($"get => {GlobalNames.B24AdditionalFields}.Read(target.AdditionalFields, {wire}, {jsonType});");
                code.Line(inputTypes.Contains(byType.Key) ? $"set => target.AdditionalFields = {update};" : $"set => target.SetAdditionalFields({update});");
                code.Close();
            }

            code.Close();
            code.Close();
        }
    }
}
