namespace B24Gen.Generator.Model;

/// <summary>Where the precompiled stock API lives: its types, groups and extension classes share one namespace.</summary>
internal static class StockNames
{
    public const string Namespace = "B24Gen.Api";
}
