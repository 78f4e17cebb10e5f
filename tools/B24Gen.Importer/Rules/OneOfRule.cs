using B24Gen.Importer.Import;

namespace B24Gen.Importer.Rules;

/// <summary>
/// A pair of "required" parameters that name one thing two ways (<c>IBLOCK_ID</c> and <c>IBLOCK_CODE</c>): the docs
/// mark both required, the method needs one of them, and the docs' own examples send one. Neither is required then,
/// and each says which pair it belongs to. (The schema format has no one-of requirement yet.)
/// </summary>
internal static class OneOfRule
{
    public const string Rule = "one-of";

    public static IReadOnlyList<ImportedField> Apply(IReadOnlyList<ImportedField> parameters)
    {
        var byName = parameters.ToDictionary(p => p.WireName, StringComparer.Ordinal);
        var pairs = parameters
            .Where(p => p.Required && p.WireName.EndsWith("_ID", StringComparison.Ordinal)
                && byName.TryGetValue(p.WireName[..^3] + "_CODE", out var code) && code.Required)
            .ToDictionary(p => p.WireName, p => p.WireName[..^3] + "_CODE", StringComparer.Ordinal);
        if (pairs.Count == 0)
        {
            return parameters;
        }

        var partner = pairs.Concat(pairs.Select(p => KeyValuePair.Create(p.Value, p.Key))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return [.. parameters.Select(p => partner.TryGetValue(p.WireName, out var other)
            ? p with
            {
                Required = false,
                Rule = p.Rule + ", " + Rule,
                Description = $"One of {p.WireName} and {other} is required." + (p.Description.Length > 0 ? " " + p.Description : string.Empty),
            }
            : p)];
    }
}
