namespace B24Gen.Generator.Model;

/// <summary>Everything one schema file declares, plus the diagnostics found while parsing it.</summary>
internal sealed record SchemaFileModel(
    string FilePath,
    MethodModel? Method,
    EquatableArray<TypeModel> Types,
    EquatableArray<DiagnosticInfo> Diagnostics);
