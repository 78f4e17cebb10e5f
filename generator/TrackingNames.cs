namespace B24Gen.Generator;

/// <summary>Names of the pipeline steps, so tests can check which ones ran and which stayed cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Parse = nameof(Parse);
    public const string Declarations = nameof(Declarations);
    public const string Index = nameof(Index);
    public const string LocateDiagnostics = nameof(LocateDiagnostics);
    public const string Resolve = nameof(Resolve);
    public const string Emit = nameof(Emit);
    public const string EmitApi = nameof(EmitApi);
    public const string StockIndex = nameof(StockIndex);
    public const string EmitStockExtensions = nameof(EmitStockExtensions);
}
