using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Importer.Gates;

/// <summary>A schema file handed to the generator as an AdditionalFile.</summary>
internal sealed class SchemaFileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
}
