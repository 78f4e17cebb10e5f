using System.Text;

namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>One schema file of a fuzz case; <c>Stock</c> files lie under the repository's schema folder (B24GenStock=true).</summary>
internal sealed record FuzzFile(string Path, string Text);

/// <summary>
/// A set of schema files and the build properties to run the generator with. <c>Seed</c> is the CsCheck seed
/// (<c>PCG</c> state) that generates exactly this case again: set B24GEN_FUZZ_SEED to it with B24GEN_FUZZ_CASES=1.
/// </summary>
internal sealed record FuzzCase(IReadOnlyList<FuzzFile> Files, IReadOnlyDictionary<string, string> Properties)
{
    public string Seed { get; init; } = "";

    /// <summary>The case as text a person can read and paste: properties, then each file with its path.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Seed.Length > 0)
        {
            builder.Append("seed: ").Append(Seed).Append('\n');
        }

        foreach (var (key, value) in Properties)
        {
            builder.Append("property ").Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var file in Files)
        {
            builder.Append("==== ").Append(file.Path).Append(" (").Append(file.Text.Length).Append(" chars)\n");
            builder.Append(file.Text);
            if (file.Text.Length > 0 && file.Text[^1] != '\n')
            {
                builder.Append("\n<no newline at end>\n");
            }
        }

        return builder.ToString();
    }
}
