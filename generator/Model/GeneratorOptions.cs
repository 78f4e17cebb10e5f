namespace B24Gen.Generator.Model;

/// <summary>The build properties that shape the output (<c>B24GenNamespace</c>, <c>B24GenVisibility</c>).</summary>
internal sealed record GeneratorOptions(string Namespace, string Visibility, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string DefaultNamespace = "B24Gen.Api";

    public static readonly GeneratorOptions Default = new(DefaultNamespace, "public", EquatableArray<DiagnosticInfo>.Empty);
}
