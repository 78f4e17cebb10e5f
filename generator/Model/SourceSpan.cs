using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace B24Gen.Generator.Model;

/// <summary>A place in a YAML file (0-based line and column, as Roslyn counts), kept as plain data.</summary>
internal readonly record struct SourceSpan(string FilePath, int StartLine, int StartColumn, int EndLine, int EndColumn, int StartOffset, int EndOffset)
{
    /// <summary>The start of a file: for what concerns the whole file, or a place that cannot be found.</summary>
    public static SourceSpan StartOf(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(StartOffset, System.Math.Max(0, EndOffset - StartOffset)),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
