using System.Text;

namespace B24Gen.Generator.Emit;

/// <summary>Writes XML documentation from YAML text: escapes markup and turns <c>`code`</c> into <c>&lt;c&gt;</c>.</summary>
/// <remarks>
/// Elements take at most two paragraphs as plain parameters (a <c>params</c> array was one allocation per call), and
/// multi-line text is written line by line from the text itself rather than split into strings.
/// </remarks>
internal static class DocComments
{
    [System.ThreadStatic]
    private static StringBuilder? t_text;

    public static void Summary(IndentedWriter writer, string? first, string? second = null) => Element(writer, "summary", null, first, second);

    public static void Remarks(IndentedWriter writer, string? first, string? second = null) => Element(writer, "remarks", null, first, second);

    public static void Element(IndentedWriter writer, string tag, string? attributes, string? first, string? second = null)
    {
        var hasFirst = !string.IsNullOrWhiteSpace(first);
        var hasSecond = !string.IsNullOrWhiteSpace(second);
        if (!hasFirst && !hasSecond)
        {
            return;
        }

        // The common case (one short paragraph) is one line.
        var only = hasFirst && hasSecond ? null : hasFirst ? first : second;
        if (only is not null && IsOneLine(only))
        {
            if (attributes is null)
            {
                writer.Line($"/// <{tag}>{only}</{tag}>");
            }
            else
            {
                writer.Line($"/// <{tag} {attributes}>{only}</{tag}>");
            }

            return;
        }

        OpenTag(writer, tag, attributes);
        if (hasFirst)
        {
            Lines(writer, first!);
        }

        if (hasSecond)
        {
            Lines(writer, second!);
        }

        writer.Line($"/// </{tag}>");
    }

    /// <summary>
    /// A summary of <paramref name="text"/>, a space and <paramref name="sentence"/>: the same as
    /// <see cref="Summary"/> of the two joined, without joining them when they fit on one line.
    /// </summary>
    public static void SummaryThen(IndentedWriter writer, string text, string sentence)
    {
        if (text.Length == 0)
        {
            Summary(writer, sentence);
        }
        else if (IsOneLine(text) && sentence.IndexOf('\n') < 0)
        {
            writer.Line($"/// <summary>{text} {sentence}</summary>");
        }
        else
        {
            Summary(writer, text + " " + sentence);
        }
    }

    /// <summary>Escapes YAML prose for XML docs and renders Markdown code spans.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Most prose needs no change: hand it back as it is rather than copying it.
        if (IsAlreadyClean(text!))
        {
            return text!;
        }

        var builder = t_text ??= new StringBuilder(256);
        builder.Clear();
        var inCode = false;
        var trimmed = text!.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '`':
                    builder.Append(inCode ? "</c>" : "<c>");
                    inCode = !inCode;
                    break;
                case '\r': break;

                // C# ends a line at these, which would end the /// comment; XML has no place for the others.
                case '\u0085' or '\u2028' or '\u2029': builder.Append('\n'); break;
                case '\t': builder.Append(' '); break;
                case < ' ' and not '\n': break;
                case '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < trimmed.Length && char.IsLowSurrogate(trimmed[i + 1]))
                    {
                        builder.Append(c).Append(trimmed[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }

                    // A lone surrogate is not XML: dropped.
                    break;
            }
        }

        if (inCode)
        {
            builder.Append("</c>");
        }

        return builder.ToString();
    }

    /// <summary><see cref="Text"/> for an attribute value in double quotes (a link's <c>href</c>).</summary>
    public static string Attribute(string? text) => Text(text?.Replace("`", "%60")).Replace("\"", "&quot;");

    /// <summary>A C# string literal's content for <paramref name="text"/>.</summary>
    public static string Literal(string text) => AppendLiteral(new StringBuilder(text.Length + 2), text).ToString();

    /// <summary>Appends <paramref name="text"/> as a C# string literal (<see cref="IndentedWriter.AppendStringLiteral"/> writes into a line).</summary>
    public static StringBuilder AppendLiteral(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (LiteralEscape(c) is { } escape)
            {
                builder.Append(escape);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"');
    }

    /// <summary>The length of <see cref="Literal"/> of <paramref name="text"/>, without making it.</summary>
    public static int LiteralLength(string text)
    {
        var length = 2;
        foreach (var c in text)
        {
            length += LiteralEscape(c)?.Length ?? 1;
        }

        return length;
    }

    /// <summary>What <paramref name="c"/> becomes inside a C# string literal, or null when it stays as it is.</summary>
    private static string? LiteralEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < ' ' or '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' => "\\u" + ((int)c).ToString("x4"),
        _ when char.IsSurrogate(c) => "\\u" + ((int)c).ToString("x4"),
        _ => null,
    };

    private static bool IsOneLine(string paragraph) =>
        paragraph.IndexOf('\n') < 0 && !paragraph.StartsWith("<para>", System.StringComparison.Ordinal);

    private static void OpenTag(IndentedWriter writer, string tag, string? attributes)
    {
        if (attributes is null)
        {
            writer.Line($"/// <{tag}>");
        }
        else
        {
            writer.Line($"/// <{tag} {attributes}>");
        }
    }

    /// <summary>Each line of <paramref name="paragraph"/> as a doc line, trailing white space dropped.</summary>
    private static void Lines(IndentedWriter writer, string paragraph)
    {
        var start = 0;
        while (true)
        {
            var end = paragraph.IndexOf('\n', start);
            var lineEnd = end < 0 ? paragraph.Length : end;
            var trimmed = lineEnd;
            while (trimmed > start && char.IsWhiteSpace(paragraph[trimmed - 1]))
            {
                trimmed--;
            }

            writer.Line("/// ", paragraph, start, trimmed - start);
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Whether <see cref="Text"/> would return <paramref name="text"/> unchanged: nothing to escape or trim.</summary>
    private static bool IsAlreadyClean(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            // A newline is fine (Lines writes it as the next doc line); surrogates take the slow path, which keeps pairs.
            if (c is '&' or '<' or '>' or '`' or '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' || (c < ' ' && c != '\n') || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
