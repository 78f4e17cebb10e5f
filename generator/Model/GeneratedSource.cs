namespace B24Gen.Generator.Model;

/// <summary>One generated C# file, compared by value so unchanged output stays cached.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
