namespace B24Gen.Importer.Rules;

/// <summary>A B24Gen type expression for a documented field, and the name of the rule that chose it (its provenance).</summary>
internal sealed record TypeDecision(string Expression, string Rule)
{
    public bool IsAny => Expression.StartsWith("any", StringComparison.Ordinal);
}
