using System.Collections.Generic;
using System.Text;

namespace B24Gen.Generator.Emit;

/// <summary>Writes XML documentation from YAML text: escapes markup and turns <c>`code`</c> into <c>&lt;c&gt;</c>.</summary>
internal static class DocComments
{
    [System.ThreadStatic]
    private static StringBuilder? t_text;

    public static void Summary(IndentedWriter writer, params string?[] paragraphs) => Element(writer, "summary", null, paragraphs);

    public static void Remarks(IndentedWriter writer, params string?[] paragraphs) => Element(writer, "remarks", null, paragraphs);

    public static void Element(IndentedWriter writer, string tag, string? attributes, params string?[] paragraphs)
    {
        // Counted first, so the common case (one short paragraph) is one line with no list or split.
        var count = 0;
        string? only = null;
        foreach (var paragraph in paragraphs)
        {
            if (!string.IsNullOrWhiteSpace(paragraph))
            {
                count++;
                only = paragraph;
            }
        }

        if (count == 0)
        {
            return;
        }

        if (count == 1 && only!.IndexOf('\n') < 0 && !only.StartsWith("<para>", System.StringComparison.Ordinal))
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

        if (attributes is null)
        {
            writer.Line($"/// <{tag}>");
        }
        else
        {
            writer.Line($"/// <{tag} {attributes}>");
        }

        foreach (var paragraph in paragraphs)
        {
            if (string.IsNullOrWhiteSpace(paragraph))
            {
                continue;
            }

            foreach (var part in paragraph!.Split('\n'))
            {
                writer.Line($"/// {part.TrimEnd()}");
            }
        }

        writer.Line($"/// </{tag}>");
    }

    /// <summary>Escapes YAML prose for XML docs and renders Markdown code spans.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = t_text ??= new StringBuilder(256);
        builder.Clear();
        var inCode = false;
        foreach (var c in text!.Trim())
        {
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
                default: builder.Append(c); break;
            }
        }

        if (inCode)
        {
            builder.Append("</c>");
        }

        return builder.ToString();
    }

    /// <summary>A C# string literal's content for <paramref name="text"/>.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
