using B24Gen.Importer.Import;

namespace B24Gen.Importer.Rules;

/// <summary>
/// A pair of parameters that name one thing two ways (<c>IBLOCK_ID</c> and <c>IBLOCK_CODE</c>) of which the docs mark
/// one or both required ("at least one of IBLOCK_ID/IBLOCK_CODE"): the method needs one of them, and the docs' own
/// examples send one. Neither is required then, and the pair is a <c>oneOf:</c> requirement (the client checks it
/// before sending).
/// </summary>
internal static partial class OneOfRule
{
    public const string Rule = "one-of";

    // "Required if `DIALOG_ID` is not provided": this one, or the other.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bRequired (?:if|when) `(?<other>[A-Za-z_][A-Za-z0-9_]*)` (?:is not|isn't) (?:provided|passed|specified|set|given)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RequiredUnlessOther();

    /// <summary>
    /// The parameters with each pair made optional (its descriptions say which pair), and the pairs as <c>oneOf:</c>
    /// requirements: <c>X_ID</c>/<c>X_CODE</c> both marked required, or a required one that is "Required if `Y` is not
    /// provided".
    /// </summary>
    public static (IReadOnlyList<ImportedField> Params, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> OneOf) Apply(IReadOnlyList<ImportedField> parameters)
    {
        var byName = parameters.GroupBy(p => p.WireName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pairs = new List<(string First, string Second)>();
        foreach (var p in parameters.Where(p => p.Required))
        {
            // IBLOCK_ID / IBLOCK_CODE: the list by its ID or by its code, whichever of them the table marks.
            var other = p.WireName.EndsWith("_ID", StringComparison.Ordinal) && byName.TryGetValue(p.WireName[..^3] + "_CODE", out var code)
                ? code.WireName
                : p.WireName.EndsWith("_CODE", StringComparison.Ordinal) && byName.TryGetValue(p.WireName[..^5] + "_ID", out var id)
                ? id.WireName
                : RequiredUnlessOther().Match(p.Description) is { Success: true } match && byName.ContainsKey(match.Groups["other"].Value) && match.Groups["other"].Value != p.WireName
                    ? match.Groups["other"].Value
                    : null;
            if (other is not null && !pairs.Any(pair => pair.First == other || pair.Second == other || pair.First == p.WireName || pair.Second == p.WireName))
            {
                pairs.Add((p.WireName, other));
            }
        }

        if (pairs.Count == 0)
        {
            return (parameters, []);
        }

        var partner = pairs.SelectMany(p => new[] { KeyValuePair.Create(p.First, p.Second), KeyValuePair.Create(p.Second, p.First) }).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        IReadOnlyList<ImportedField> updated = [.. parameters.Select(p => partner.TryGetValue(p.WireName, out var other)
            ? p with
            {
                Required = false,
                Rule = p.Rule + ", " + Rule,
                Description = $"One of {p.WireName} and {other} is required." + (p.Description.Length > 0 ? " " + p.Description : string.Empty),
            }
            : p)];
        return (updated, [.. pairs.Select(p => (IReadOnlyList<IReadOnlyList<string>>)[[p.First], [p.Second]])]);
    }
}
