namespace B24Gen.Generator.Model;

/// <summary>
/// Everything one schema file declares, plus the diagnostics found while parsing it. Stock files ship with the
/// package; a user's file may replace a stock method or extend a stock type.
/// </summary>
internal sealed record SchemaFileModel(
    string FilePath,
    bool IsStock,
    MethodModel? Method,
    EquatableArray<TypeModel> Types,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The event an <c>event:</c> document describes (such a file has no method).</summary>
    public EventModel? Event { get; init; }
}
