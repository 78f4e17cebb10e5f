using B24Gen.Generator.Emit;

namespace B24Gen.Generator.Tests.Emit;

/// <summary>
/// YAML prose as XML documentation, character by character: what is escaped, dropped, kept and how lines are laid out.
/// The goldens show the common text; these pin the rare characters a docs import brings in.
/// </summary>
public class DocCommentsTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData(" \t\n", "")]
    [InlineData("  padded  ", "padded")]
    [InlineData("a & b <i> c > d", "a &amp; b &lt;i&gt; c &gt; d")]
    [InlineData("use `ID` here", "use <c>ID</c> here")]
    [InlineData("`open code", "<c>open code</c>")]
    [InlineData("one\r\ntwo", "one\ntwo")]
    [InlineData("a\u0085b\u2028c\u2029d", "a\nb\nc\nd")]
    [InlineData("tab\there", "tab here")]
    [InlineData("bell\u0007 nul\0 esc\u001b", "bell nul esc")]
    [InlineData("x\uFFFEy\uFFFFz", "xyz")]
    [InlineData("smile \U0001F600 kept", "smile \U0001F600 kept")]
    public void Text_escapes_markup_renders_code_and_drops_what_XML_cannot_hold(string? yaml, string expected) =>
        Assert.Equal(expected, DocComments.Text(yaml));

    // Attribute arguments are stored as UTF-8, which turns a lone surrogate into U+FFFD: these are built in code.
    [Fact]
    public void Text_drops_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal("lone  high", DocComments.Text("lone \uD83D high"));
        Assert.Equal("lone  low", DocComments.Text("lone \uDE00 low"));
        Assert.Equal("ends high ", DocComments.Text("ends high \uD83D"));
        Assert.Equal("low then high .", DocComments.Text("low then high \uDE00\uD83D."));
        Assert.Equal("pair \uD83D\uDE00 kept", DocComments.Text("pair \uD83D\uDE00 kept"));
    }

    [Theory]
    [InlineData("Plain prose, with punctuation: (a) [b] {c} 'd' \"e\" 100%.")]
    [InlineData("Two lines\nkept as they are")]
    [InlineData("Кириллица и ümlauts")]
    public void Clean_text_is_handed_back_without_a_copy(string yaml) =>
        Assert.Same(yaml, DocComments.Text(yaml));

    [Theory]
    [InlineData(" leading")]
    [InlineData("trailing\n")]
    [InlineData("a & b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u2028b")]
    [InlineData("a\uFFFFb")]
    [InlineData("pair \U0001F600")]
    public void Text_that_needs_a_change_is_a_new_string(string yaml) =>
        Assert.NotSame(yaml, DocComments.Text(yaml));

    [Fact]
    public void Attribute_values_also_escape_double_quotes() =>
        Assert.Equal("https://x.test/?q=&quot;a&quot;&amp;b", DocComments.Attribute("https://x.test/?q=\"a\"&b"));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("n\nr\rt\t", "\"n\\nr\\rt\\t\"")]
    [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
    [InlineData("\u0085\u2028\u2029", "\"\\u0085\\u2028\\u2029\"")]
    [InlineData("\uFFFE\uFFFF", "\"\\ufffe\\uffff\"")]
    [InlineData("Кириллица", "\"Кириллица\"")]
    public void Literal_escapes_what_a_CSharp_string_cannot_hold_and_its_length_is_known_in_advance(string text, string expected)
    {
        Assert.Equal(expected, DocComments.Literal(text));
        Assert.Equal(expected.Length, DocComments.LiteralLength(text));
    }

    [Fact]
    public void Literal_escapes_each_half_of_a_surrogate_pair_and_lone_ones()
    {
        Assert.Equal("\"\\ud83d\\ude00\"", DocComments.Literal("\uD83D\uDE00"));
        Assert.Equal("\"a\\ude00\"", DocComments.Literal("a\uDE00"));
        Assert.Equal(14, DocComments.LiteralLength("\uD83D\uDE00"));
    }

    [Fact]
    public void A_one_line_paragraph_is_one_line_with_or_without_attributes()
    {
        Assert.Equal("/// <summary>Short.</summary>\n", Write(w => DocComments.Summary(w, "Short.")));
        Assert.Equal("/// <remarks>Second only.</remarks>\n", Write(w => DocComments.Remarks(w, "  ", "Second only.")));
        Assert.Equal("/// <param name=\"x\">The x.</param>\n", Write(w => DocComments.Element(w, "param", "name=\"x\"", "The x.")));
    }

    [Fact]
    public void Blank_paragraphs_write_nothing() =>
        Assert.Equal(string.Empty, Write(w => DocComments.Summary(w, null, " \n ")));

    [Fact]
    public void Several_lines_or_paragraphs_open_the_tag_and_write_each_line_trimmed_at_the_end()
    {
        Assert.Equal(
            "/// <summary>\n/// first line\n///   indented\n/// \n/// last\n/// </summary>\n",
            Write(w => DocComments.Summary(w, "first line  \n  indented\t\n   \nlast")));
        Assert.Equal(
            "/// <returns kind=\"x\">\n/// One.\n/// Two.\n/// </returns>\n",
            Write(w => DocComments.Element(w, "returns", "kind=\"x\"", "One.", "Two.")));
        Assert.Equal(
            "/// <remarks>\n/// <para>A paragraph.</para>\n/// </remarks>\n",
            Write(w => DocComments.Remarks(w, "<para>A paragraph.</para>")));
    }

    [Fact]
    public void SummaryThen_joins_text_and_sentence_the_way_Summary_of_both_would()
    {
        foreach (var (text, sentence) in new[]
                 {
                     ("", "Only the sentence."),
                     ("The text.", "The sentence."),
                     ("Two\nlines.", "The sentence."),
                     ("The text.", "A sentence\nof two lines."),
                     ("<para>Para.</para>", "Then this."),
                 })
        {
            var joined = text.Length == 0 ? sentence : text + " " + sentence;
            Assert.Equal(Write(w => DocComments.Summary(w, joined)), Write(w => DocComments.SummaryThen(w, text, sentence)));
        }

        Assert.Equal("/// <summary>The text. The sentence.</summary>\n", Write(w => DocComments.SummaryThen(w, "The text.", "The sentence.")));
    }

    private static string Write(Action<IndentedWriter> write)
    {
        var writer = new IndentedWriter();
        write(writer);
        return writer.Finish();
    }
}
