namespace B24Gen.Importer.Pages;

/// <summary>A fenced code block: its language tag (<c>json</c>, <c>bash</c>, or empty) and its text.</summary>
internal sealed record CodeBlock(string Language, string Text);
