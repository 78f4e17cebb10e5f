using System.Text.Json;

namespace B24Gen.Importer.Rules;

/// <summary>
/// The <c>*.fields</c> and <c>getFields</c> methods return a map from field names to descriptions
/// (<c>{"ID": {"type": "integer", "isRequired": false, "isReadOnly": true, ...}}</c>). Rather than one type per method
/// with a member per field, each schema folder (the methods' first word) gets one shared <c>{Root}FieldDescription</c>, and those methods return
/// <c>map&lt;{Scope}FieldDescription&gt;</c>.
/// </summary>
internal static class FieldDescriptionRule
{
    /// <summary>
    /// Whether <paramref name="value"/> maps field names to descriptions: at least <paramref name="minimum"/> entries (3
    /// by default; a <c>*.getFields</c> method's example may show one or two and elide the rest), most of them objects
    /// with a type and a flag or title.
    /// </summary>
    public static bool Applies(JsonElement value, int minimum = 3)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var entries = value.EnumerateObject().ToList();
        var descriptions = entries.Count(e => e.Value.ValueKind == JsonValueKind.Object
            && e.Value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            && (e.Value.TryGetProperty("isRequired", out _) || e.Value.TryGetProperty("title", out _)));
        return entries.Count >= minimum && descriptions >= 0.8 * entries.Count;
    }

    /// <summary>The shared type's name in the folder <paramref name="scope"/>: <c>CrmFieldDescription</c>.</summary>
    public static string TypeName(string scope) => Names.Pascal(scope) + "FieldDescription";

    /// <summary>The shared type, as a types file of the scope.</summary>
    public static string TypesFile(string scope, string docsCommit) => $$"""
        # yaml-language-server: $schema=../b24gen.schema.json
        # Written by tools/B24Gen.Importer (bitrix24/b24restdocs {{docsCommit}}): the field descriptions every *.fields
        # method of the folder returns. Keys the docs show rarely are optional; others are kept in AdditionalFields.
        types:
          {{TypeName(scope)}}:
            summary: "A field as a *.fields method describes it: its type, flags and titles."
            fields:
              type: { type: string, description: "The field's type: a basic type (string, integer, double, boolean, date, datetime...), a directory (crm_status...) or a custom field type." }
              isRequired: { type: bool, description: "Whether the field must be given when an item is added." }
              isReadOnly: { type: bool, description: "Whether the field cannot be written." }
              isImmutable: { type: bool, description: "Whether the field can be set when an item is added, but not changed later." }
              isMultiple: { type: bool, description: "Whether the field holds a list of values." }
              isDynamic: { type: bool, description: "Whether the field is a custom (user) field." }
              isDeprecated: { type: bool, description: "Whether the field is deprecated." }
              title: { type: "string?", description: "The field's title." }
              name: { type: string, description: "The field's name." }
              upperName: { type: string, description: "The field's name in upper case." }
              statusType: { type: any, description: "For a crm_status field: the directory the values come from." }
              propertyType: { type: string, description: "The property type." }
              userType: { type: "string?", description: "The custom field type." }
              listLabel: { type: string, description: "The title in lists." }
              formLabel: { type: string, description: "The title in forms." }
              filterLabel: { type: string, description: "The title in filters." }
              default: { type: "any?", description: "The default value." }
              values: { type: any, description: "The values a list field may take." }
              settings: { type: any, description: "The settings of a custom field." }
        """.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
