using B24Gen.Importer.Import;

namespace B24Gen.Importer.Rules;

/// <summary>
/// A pair of "required" parameters that name one thing two ways (<c>IBLOCK_ID</c> and <c>IBLOCK_CODE</c>): the docs
/// mark both required, the method needs one of them, and the docs' own examples send one. Neither is required then,
/// and the pair is a <c>oneOf:</c> requirement (the client checks it before sending).
/// </summary>
internal static class OneOfRule
{
    public const string Rule = "one-of";

    /// <summary>The requirements of the pairs in <paramref name="parameters"/> (after <see cref="Apply"/> made them optional).</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Requirements(IReadOnlyList<ImportedField> parameters) =>
        [.. parameters.Where(p => p.Rule.EndsWith(", " + Rule, StringComparison.Ordinal) && p.WireName.EndsWith("_ID", StringComparison.Ordinal))
            .Select(p => (IReadOnlyList<IReadOnlyList<string>>)[[p.WireName], [p.WireName[..^3] + "_CODE"]])];

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
