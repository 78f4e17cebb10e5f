using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;
using B24Gen.Generator.Yaml;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// The <c>oneOf:</c> of a method: requirements the request meets by setting one of several parameters, or one of several
/// sets of them (<c>- [attachId, [moduleId, entityType, entityId], signedAttachId]</c>). The client checks them before
/// sending, so a request that names none fails with what to set instead of the portal's 400.
/// </summary>
internal sealed partial class SchemaParser
{
    private List<OneOfModel>? ParseOneOfList(YamlNode node, List<FieldModel> parameters)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return new List<OneOfModel>();
        }

        if (node is not YamlSequence groups)
        {
            Report(DiagnosticDescriptors.InvalidValue, node.Span, "oneOf", $"expected a list of requirements, each a list of alternatives ('- [IBLOCK_ID, IBLOCK_CODE]'), found {node.KindName}");
            return null;
        }

        // oneOf: [ID, CODE]: one requirement written without its list.
        if (groups.Items.Count > 0 && groups.Items.All(i => i is YamlScalar))
        {
            Report(DiagnosticDescriptors.InvalidValue, groups.Span, "oneOf", $"each requirement is a list of at least two alternatives: write 'oneOf: [[{string.Join(", ", groups.Items.Select(i => ((YamlScalar)i).Value))}]]' or '- [...]' on its own line");
            return null;
        }

        var requirements = new List<OneOfModel>();
        foreach (var group in groups.Items)
        {
            if (group is not YamlSequence alternatives || alternatives.Items.Count < 2)
            {
                Report(DiagnosticDescriptors.InvalidValue, group.Span, "oneOf", "each requirement is a list of at least two alternatives ('- [IBLOCK_ID, IBLOCK_CODE]')");
                continue;
            }

            var parsed = new List<OneOfAlternative>();
            foreach (var alternative in alternatives.Items)
            {
                IReadOnlyList<YamlNode> names = alternative is YamlSequence set ? set.Items : new[] { alternative };
                var wireNames = new List<string>();
                foreach (var item in names)
                {
                    if (item is not YamlScalar { IsNull: false } scalar)
                    {
                        Report(DiagnosticDescriptors.InvalidValue, item.Span, "oneOf", "an alternative is a parameter's wire name, or a list of them that go together");
                    }
                    else if (parameters.FirstOrDefault(p => p.WireName == scalar.Value) is not { } parameter)
                    {
                        Report(DiagnosticDescriptors.InvalidValue, scalar.Span, "oneOf", $"'{scalar.Value}' is not a parameter of this method (params: {string.Join(", ", parameters.Select(p => p.WireName))})");
                    }
                    else if (parameter.Required)
                    {
                        Report(DiagnosticDescriptors.InvalidValue, scalar.Span, "oneOf", $"'{scalar.Value}' is 'required: true', so it is always set; a one-of alternative is optional on its own");
                    }
                    else
                    {
                        wireNames.Add(scalar.Value);
                    }
                }

                if (wireNames.Count == names.Count)
                {
                    parsed.Add(new OneOfAlternative(wireNames.ToEquatableArray()));
                }
            }

            if (parsed.Count == alternatives.Items.Count)
            {
                requirements.Add(new OneOfModel(parsed.ToEquatableArray()));
            }
        }

        return requirements;
    }

    private EquatableArray<OneOfModel> ParseOneOf(KnownEntries entries, List<FieldModel> parameters) =>
        entries.TryGetValue("oneOf", out var entry) && ParseOneOfList(entry.Value, parameters) is { } requirements
            ? requirements.ToEquatableArray()
            : EquatableArray<OneOfModel>.Empty;
}
