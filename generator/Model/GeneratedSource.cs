namespace B24Gen.Generator.Model;

/// <summary>One generated C# file, compared by value so unchanged output stays cached; or why it could not be emitted.</summary>
internal sealed record GeneratedSource(string HintName, string Text, DiagnosticInfo? Failure = null);
