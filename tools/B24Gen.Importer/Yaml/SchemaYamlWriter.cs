using System.Globalization;
using System.Text;
using B24Gen.Importer.Import;

namespace B24Gen.Importer.Yaml;

/// <summary>
/// Writes an imported method as a schema file in the layout of the hand-written ones. Strings are double-quoted
/// (no YAML surprises with <c>:</c>, <c>#</c> or <c>yes</c>); each imported type carries its rule as a comment, so a
/// reviewer sees why it was chosen.
/// </summary>
internal static class SchemaYamlWriter
{
    public static string Write(ImportedMethod method, string docsCommit)
    {
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=../b24gen.schema.json\n");
        yaml.Append(CultureInfo.InvariantCulture, $"# Imported by tools/B24Gen.Importer from {method.SourcePath} (bitrix24/b24restdocs {docsCommit}).\n");
        yaml.Append(CultureInfo.InvariantCulture, $"# After '#', each type names the rule that chose it.\n");
        if (method.Correction is { } correction)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"# Corrected by the overlay ({correction.Place.File}): {OneLine(correction.Reason)}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"# The docs that show it: {OneLine(correction.Docs)}\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"method: {method.Name}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"scope: {method.Scope}\n");
        if (method.Group is { } group)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"group: {Quote(group)}\n");
        }

        if (method.CSharpName is { } name)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"name: {name}\n");
        }
        if (method.Summary.Length > 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"summary: {Quote(method.Summary)}\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"docs: {method.DocsUrl}\n");
        yaml.Append(CultureInfo.InvariantCulture, $"kind: {method.Kind}\n");
        if (method.Params.Count > 0)
        {
            yaml.Append("params:\n");
            foreach (var field in method.Params)
            {
                Field(yaml, "  ", field, withRequired: true);
            }
        }

        if (method.Result is { } result)
        {
            yaml.Append("result:\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  type: {Quote(result.Type)} # {result.Rule}\n");
            if (result.Description.Length > 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  description: {Quote(result.Description)}\n");
            }
        }

        yaml.Append(CultureInfo.InvariantCulture, $"paging: {method.Paging}\n");
        if (method.OneOf.Count > 0)
        {
            yaml.Append("oneOf:\n");
            foreach (var requirement in method.OneOf)
            {
                yaml.Append("  - [").AppendJoin(", ", requirement.Select(a => a.Count == 1 ? Quote(a[0]) : "[" + string.Join(", ", a.Select(Quote)) + "]")).Append("]\n");
            }
        }

        if (method.Errors.Count > 0)
        {
            yaml.Append("errors:\n");
            foreach (var error in method.Errors)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - code: {Quote(error.Code)}\n    status: {error.Status}\n    message: {Quote(error.Message)}\n");
                if (error.Description.Length > 0)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"    description: {Quote(error.Description)}\n");
                }
            }
        }

        Types(yaml, method.Types);
        return yaml.ToString();
    }

    /// <summary>A types file of the folder: the types several of its methods share (<see cref="TypeDeduplicator"/>).</summary>
    public static string WriteShared(IReadOnlyList<ImportedType> types, string docsCommit)
    {
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=../b24gen.schema.json\n");
        yaml.Append(CultureInfo.InvariantCulture, $"# Written by tools/B24Gen.Importer (bitrix24/b24restdocs {docsCommit}): the types several methods of this folder\n");
        yaml.Append("# return or take, each described alike on their pages (rule dedup). After '#', each type names the rule that chose it.\n");
        Types(yaml, types);
        return yaml.ToString();
    }

    private static void Types(StringBuilder yaml, IReadOnlyList<ImportedType> types)
    {
        if (types.Count == 0)
        {
            return;
        }

        yaml.Append("types:\n");
        foreach (var type in types)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  {type.Name}:\n");
            yaml.Append(CultureInfo.InvariantCulture, $"    summary: {Quote(type.Summary)}\n");
            if (type.EnumValues is { } values)
            {
                // Open: a value the docs do not list is kept, not rejected.
                yaml.Append("    enum: [").AppendJoin(", ", values.Select(Quote)).Append("] # enum-values\n");
                continue;
            }

            if (type.IsInput)
            {
                yaml.Append("    input: true\n");
            }

            yaml.Append(type.Fields.Count == 0 ? "    fields: {}\n" : "    fields:\n");
            foreach (var field in type.Fields)
            {
                Field(yaml, "      ", field, withRequired: type.IsInput); // input types take required: as parameters do
            }
        }
    }

    private static void Field(StringBuilder yaml, string indent, ImportedField field, bool withRequired)
    {
        yaml.Append(CultureInfo.InvariantCulture, $"{indent}{Quote(field.WireName)}: {{ type: {Quote(field.Type)}");
        if (field.Name is { } name)
        {
            yaml.Append(CultureInfo.InvariantCulture, $", name: {name}");
        }

        if (withRequired && field.Required)
        {
            yaml.Append(", required: true");
        }

        if (field.Description.Length > 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $", description: {Quote(field.Description)}");
        }

        yaml.Append(CultureInfo.InvariantCulture, $" }} # {field.Rule}\n");
    }

    /// <summary>Text for a comment line: line breaks become spaces.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A YAML double-quoted scalar.</summary>
    internal static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
