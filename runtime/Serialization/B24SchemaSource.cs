using System.ComponentModel;
using System;
using System.Globalization;

namespace B24Gen.Serialization;

/// <summary>
/// Where a generated type's fields are declared in the schema YAML, so a value that does not fit can be traced to
/// the line to change: <c>calendar.section.get.yaml, line 27</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class B24SchemaSource
{
    private readonly int[] _lines;

    /// <summary>Describes a type's declaration.</summary>
    /// <param name="file">The YAML file's name.</param>
    /// <param name="lines">Each field's line in it (1-based), by property index; 0 for a field another file adds (<c>partial: true</c>).</param>
    public B24SchemaSource(string file, int[] lines)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(lines);
        File = file;
        _lines = lines;
    }

    /// <summary>The YAML file that declares the type.</summary>
    public string File { get; }

    /// <summary>Where field <paramref name="index"/> is declared.</summary>
    /// <param name="index">The property's index.</param>
    /// <returns><c>file.yaml, line N</c>, or the file alone for a field added by another file.</returns>
    public string Describe(int index) => index >= 0 && index < _lines.Length && _lines[index] > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{File}, line {_lines[index]}")
        : File + " (or a file that adds the field with partial: true)";
}
