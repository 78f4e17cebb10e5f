using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;

namespace B24Gen.Generator.Parsing;

/// <summary>The <c>types:</c>, <c>fields:</c>, <c>params:</c> and <c>enum:</c> parts of a schema file.</summary>
internal sealed partial class SchemaParser
{
    /// <summary>What B24G0007 asks for when a member's or a verb's name is not an identifier.</summary>
    private const string GiveItAName = "Give it a 'name:' that is one";

    private List<TypeModel> ParseTypes(YamlNode node)
    {
        var types = new List<TypeModel>();
        if (node is YamlScalar { IsNull: true })
        {
            return types;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, node.Span, "types", $"expected a mapping of type names, found {node.KindName}");
            return types;
        }

        HashSet<string>? seen = null;
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var entry = mapping.Entries[i];
            if (IsRepeatedKey(mapping.Entries, i, ref seen))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Span, entry.Key.Value, "types");
                continue;
            }

            var name = entry.Key.Value;
            if (ReservedNames.TypeNameProblem(name) is { } problem)
            {
                Report(DiagnosticDescriptors.InvalidTypeName, entry.Key.Span, name, problem);
                continue;
            }

            if (ParseType(name, entry.Key, entry.Value) is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }

    private TypeModel? ParseType(string name, YamlScalar nameNode, YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, node.Span, name, $"a type is a mapping with 'fields:' or 'enum:', found {node.KindName}");
            return null;
        }

        var spec = Entries(mapping, "type ", s_typeKeys, name);
        var hasFields = spec.TryGetValue("fields", out var fieldsEntry);
        var hasEnum = spec.TryGetValue("enum", out var enumEntry);
        if (hasFields == hasEnum)
        {
            Report(DiagnosticDescriptors.InvalidValue, nameNode.Span, name, hasFields
                ? "a type has either 'fields:' (an object) or 'enum:' (an open set of values), not both"
                : "a type needs 'fields:' (an object) or 'enum:' (an open set of values)");
            return null;
        }

        var isPartial = ParseBool(spec, "partial", false);
        var isInput = ParseBool(spec, "input", false);
        if (isInput && hasEnum)
        {
            Report(DiagnosticDescriptors.InvalidValue, spec["input"].Key.Span, "input", "only object types ('fields:') are input types; enums are sent as they are");
        }

        // A partial declaration may extend an input type, so its fields may say 'required:'.
        var fields = hasFields ? ParseFields(fieldsEntry.Value, "fields of " + name, name, isParams: isInput || isPartial) : new List<FieldModel>();
        var members = hasEnum ? ParseEnumMembers(enumEntry.Value, name) : new List<EnumMemberModel>();
        return new TypeModel(
            name,
            hasFields ? TypeKind.Object : TypeKind.Enum,
            OptionalString(spec, "summary"),
            OptionalString(spec, "description"),
            isPartial,
            isInput && hasFields,
            fields.ToEquatableArray(),
            members.ToEquatableArray(),
            nameNode.Span);
    }

    /// <remarks>Every generated type and request has <c>AdditionalFields</c>: no member may take that name.</remarks>
    private List<FieldModel> ParseFields(YamlNode node, string context, string ownerTypeName, bool isParams)
    {
        var fields = new List<FieldModel>();
        if (node is YamlScalar { IsNull: true })
        {
            return fields;
        }

        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, node.Span, context, $"expected a mapping of wire names to types, found {node.KindName}");
            return fields;
        }

        var propertyNames = new Dictionary<string, string>();
        HashSet<string>? seen = null;
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var entry = mapping.Entries[i];
            if (IsRepeatedKey(mapping.Entries, i, ref seen))
            {
                Report(DiagnosticDescriptors.DuplicateKey, entry.Key.Span, entry.Key.Value, context);
                continue;
            }

            var wireName = entry.Key.Value;
            YamlNode typeNode = entry.Value;
            string? description = null;
            var required = false;
            string propertyName;
            SourceSpan nameSpan = entry.Key.Span;
            if (entry.Value is YamlMapping specNode)
            {
                var spec = Entries(specNode, isParams ? "parameter " : "field ", isParams ? s_paramKeys : s_fieldKeys, wireName);
                if (!spec.TryGetValue("type", out var typeEntry))
                {
                    Report(DiagnosticDescriptors.InvalidValue, entry.Key.Span, wireName, "needs a 'type:'");
                    continue;
                }

                typeNode = typeEntry.Value;
                description = OptionalString(spec, "description");
                required = isParams && ParseBool(spec, "required", false);
                if (spec.TryGetValue("name", out var nameEntry) && Scalar(nameEntry.Value, "name") is { } overrideNode)
                {
                    propertyName = overrideNode.Value;
                    nameSpan = overrideNode.Span;
                }
                else
                {
                    propertyName = NameMapper.ToPascalCase(wireName);
                }
            }
            else
            {
                propertyName = NameMapper.ToPascalCase(wireName);
            }

            var type = ParseTypeExpression(typeNode, wireName);
            if (type is null || !CheckMemberName(wireName, propertyName, nameSpan, ownerTypeName, propertyNames, "AdditionalFields"))
            {
                continue;
            }

            fields.Add(new FieldModel(wireName, propertyName, type, required, description, entry.Key.Span));
        }

        return fields;
    }

    private List<EnumMemberModel> ParseEnumMembers(YamlNode node, string typeName)
    {
        var members = new List<EnumMemberModel>();
        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.InvalidValue, node.Span, "enum", $"expected a list of values, found {node.KindName}");
            return members;
        }

        var propertyNames = new Dictionary<string, string>();
        var values = new HashSet<string>();
        foreach (var item in sequence.Items)
        {
            YamlScalar? valueNode;
            string? description = null;
            string? nameOverride = null;
            var nameSpan = item.Span;
            if (item is YamlMapping mapping)
            {
                var spec = Entries(mapping, "an enum value", s_enumMemberKeys);
                valueNode = spec.TryGetValue("value", out var valueEntry) ? Scalar(valueEntry.Value, "value") : null;
                if (valueNode is null)
                {
                    Report(DiagnosticDescriptors.InvalidValue, mapping.Span, "enum", "each value written as a mapping needs 'value:'");
                    continue;
                }

                description = OptionalString(spec, "description");
                if (spec.TryGetValue("name", out var nameEntry) && Scalar(nameEntry.Value, "name") is { } nameNode)
                {
                    nameOverride = nameNode.Value;
                    nameSpan = nameNode.Span;
                }
            }
            else
            {
                valueNode = Scalar(item, "enum value");
                if (valueNode is null)
                {
                    continue;
                }
            }

            if (!values.Add(valueNode.Value))
            {
                Report(DiagnosticDescriptors.DuplicateKey, valueNode.Span, valueNode.Value, "enum " + typeName);
                continue;
            }

            var propertyName = nameOverride ?? NameMapper.ToPascalCase(valueNode.Value);
            if (CheckMemberName(valueNode.Value, propertyName, nameSpan, typeName, propertyNames, null))
            {
                members.Add(new EnumMemberModel(valueNode.Value, propertyName, description));
            }
        }

        return members;
    }

    /// <summary>Checks that a member's C# name is valid and unique in its type; reports and returns false otherwise.</summary>
    private bool CheckMemberName(string wireName, string propertyName, SourceSpan span, string ownerTypeName, Dictionary<string, string> seen, string? reservedName)
    {
        if (!NameMapper.IsValidIdentifier(propertyName))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, span, wireName, propertyName, GiveItAName);
            return false;
        }

        string? clash = null;
        if (seen.TryGetValue(propertyName, out var other))
        {
            clash = $"'{other}' maps to as well";
        }
        else if (propertyName == ownerTypeName)
        {
            clash = "is the name of the type that contains it";
        }
        else if (propertyName == reservedName)
        {
            clash = "is a member every generated type already has";
        }
        else
        {
            clash = ReservedNames.MemberNameProblem(propertyName);
        }

        if (clash is not null)
        {
            Report(DiagnosticDescriptors.ClashingIdentifier, span, wireName, propertyName, clash);
            return false;
        }

        seen[propertyName] = wireName;
        return true;
    }

    private TypeRef? ParseTypeExpression(YamlNode node, string context)
    {
        if (Scalar(node, context) is not { } scalar)
        {
            return null;
        }

        var type = TypeExpressionParser.Parse(scalar.Value, scalar.Span, out var error);
        if (type is null)
        {
            Report(DiagnosticDescriptors.InvalidTypeExpression, scalar.Span, scalar.Value, error ?? "it does not parse");
        }

        return type;
    }

    private string? ParseIdentifier(KnownEntries entries, string key, string fallback, YamlScalar fallbackNode)
    {
        var node = entries.TryGetValue(key, out var entry) ? Scalar(entry.Value, key) : null;
        if (node is { IsNull: true })
        {
            node = null;
        }

        var value = node?.Value ?? fallback;
        if (!NameMapper.IsValidIdentifier(value))
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, (node ?? fallbackNode).Span, node is null ? fallbackNode.Value : key, value, GiveItAName);
            return null;
        }

        return value;
    }
}
