using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace B24Gen.Generator.Emit;

/// <summary>A string builder that knows the current indentation, so emitters read like the code they write.</summary>
internal sealed class IndentedWriter
{
    private const string IndentUnit = "    ";

    // One builder per thread, reused across files: growing a fresh builder per file allocated more than the text itself.
    [System.ThreadStatic]
    private static StringBuilder? t_spare;

    private readonly StringBuilder _builder;
    private int _depth;

    public IndentedWriter()
    {
        _builder = t_spare ?? new StringBuilder(64 * 1024);
        t_spare = null;
        _builder.Clear();
    }

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes <paramref name="prefix"/> then <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/> as one line: a line cut out of a longer text without making its substring.
    /// </summary>
    public IndentedWriter Line(string prefix, string text, int start, int length)
    {
        StartLine().Append(prefix).Append(text, start, length).Append('\n');
        return this;
    }

    /// <summary>Starts a line built piece by piece with <see cref="Append(string)"/>; <see cref="EndLine"/> ends it.</summary>
    public IndentedWriter BeginLine()
    {
        StartLine();
        return this;
    }

    public IndentedWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public IndentedWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> as a C# string literal, escaped, to the line being written.</summary>
    public IndentedWriter AppendStringLiteral(string text)
    {
        DocComments.AppendLiteral(_builder, text);
        return this;
    }

    public IndentedWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated line straight into the builder, without making the line's string first.</summary>
    public IndentedWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated header then an opening brace, and indents until <see cref="Close"/>.</summary>
    public IndentedWriter Open([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        _builder.Append('\n');
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>Writes <paramref name="header"/> then an opening brace, and indents until <see cref="Close"/>.</summary>
    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public IndentedWriter Indent()
    {
        _depth++;
        return this;
    }

    public IndentedWriter Outdent()
    {
        _depth--;
        return this;
    }

    public override string ToString() => _builder.ToString();

    private StringBuilder StartLine()
    {
        for (var i = 0; i < _depth; i++)
        {
            _builder.Append(IndentUnit);
        }

        return _builder;
    }

    /// <summary>The text; the writer must not be used afterwards (its builder goes back for the next file).</summary>
    public string Finish()
    {
        var text = _builder.ToString();
        if (_builder.Capacity <= 1024 * 1024)
        {
            t_spare = _builder;
        }

        return text;
    }

    /// <summary>Appends the parts of <c>$"..."</c> passed to <see cref="Line(ref LineHandler)"/> as they come.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly StringBuilder _builder;

        public LineHandler(int literalLength, int formattedCount, IndentedWriter writer) => _builder = writer.StartLine();

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        public void AppendFormatted(int value) => _builder.Append(value.ToString(CultureInfo.InvariantCulture));

        public void AppendFormatted<T>(T value) => _builder.Append(value?.ToString());
    }
}
