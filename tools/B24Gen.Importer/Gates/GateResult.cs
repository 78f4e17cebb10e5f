namespace B24Gen.Importer.Gates;

/// <summary>
/// What one scope's files gave: per schema file, the generator's diagnostics (warnings and errors) and the C# errors
/// of the code generated for its method.
/// </summary>
internal sealed record GateResult(string Scope, IReadOnlyDictionary<string, IReadOnlyList<string>> GeneratorProblems, IReadOnlyDictionary<string, IReadOnlyList<string>> CompileProblems, int Files)
{
    /// <summary>The scope's compiled assembly, when it compiled.</summary>
    public byte[]? Assembly { get; init; }

    /// <summary>Files whose method generated and compiled without a problem.</summary>
    public int Passed => Files - GeneratorProblems.Keys.Union(CompileProblems.Keys).Count();
}
