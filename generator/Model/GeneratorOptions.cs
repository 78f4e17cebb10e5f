namespace B24Gen.Generator.Model;

/// <summary>
/// The build properties that shape the output: <c>B24GenNamespace</c>, <c>B24GenVisibility</c>,
/// <c>B24GenScopes</c> (generate only methods of these scopes; empty means all) and <c>B24GenSourceScopes</c> (stock
/// scopes compiled from their YAML in this build instead of taken precompiled).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string Visibility, EquatableArray<string> Scopes, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string DefaultNamespace = "B24Gen.Api";

    public static readonly GeneratorOptions Default = new(DefaultNamespace, "public", EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public EquatableArray<string> SourceScopes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The generated namespace as <c>global::Ns.</c>, the prefix of every generated type's full name.</summary>
    public string Qualifier => "global::" + Namespace + ".";

    public bool IncludesScope(string scope) => Scopes.IsEmpty || System.Linq.Enumerable.Contains(Scopes, scope.ToLowerInvariant());
}
