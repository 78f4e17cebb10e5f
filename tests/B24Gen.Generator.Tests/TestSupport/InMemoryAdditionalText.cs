using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator.Tests.TestSupport;

/// <summary>An AdditionalFiles item held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}
