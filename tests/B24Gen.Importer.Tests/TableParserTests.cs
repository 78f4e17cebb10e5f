using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Tests;

public class TableParserTests
{
    [Fact]
    public void A_docs_table_row_may_span_lines_and_hold_bars_in_code()
    {
        const string Body = "#|\n|| **Name**\n`type` | **Description** ||\n|| **mode**\n[`string`](x.md) | One of:\n- `a|b` — both\n- `c` ||\n|#\n";

        var table = Assert.Single(TableParser.Parse(Body));

        Assert.Equal(["**Name**\n`type`", "**Description**"], table.Header);
        var row = Assert.Single(table.Rows);
        Assert.Equal(["**mode**\n[`string`](x.md)", "One of:\n- `a|b` — both\n- `c`"], row);
    }

    [Fact]
    public void A_pipe_table_needs_its_separator_row_and_keeps_escaped_bars()
    {
        const string Body = "| Code | Message |\n|---|:---:|\n| `E1` | a \\| b |\n| E2 | [x|y](z.md) |\n\nafter\n| not | a table |\n";

        var table = Assert.Single(TableParser.Parse(Body));

        Assert.Equal(["Code", "Message"], table.Header);
        Assert.Equal([["`E1`", "a | b"], ["E2", "[x|y](z.md)"]], table.Rows);
        Assert.Equal(1, table.Column("message"));
        Assert.Equal(-1, table.Column("status"));
    }

    [Fact]
    public void Two_tables_in_one_section_are_both_read_and_an_unclosed_one_ends_with_the_text()
    {
        var tables = TableParser.Parse("#|\n|| A | B ||\n|| 1 | 2 ||\n|#\ntext\n#|\n|| C | D ||\n|| 3 | 4 ||\n");

        Assert.Equal(2, tables.Count);
        Assert.Equal(["3", "4"], tables[1].Rows.Single());
    }

    [Fact]
    public void Field_rows_give_name_required_mark_type_and_link()
    {
        Assert.Equal(new DocField("ownerId", true, "integer", "../data-types.md", "The owner."), DocFieldReader.Field(["**ownerId***\n[`integer`](../data-types.md)", "The owner."]));
        Assert.Equal(new DocField("UF_*", false, "string", null, "User fields."), DocFieldReader.Field(["**UF\\_\\***\n`string`", "User fields."]));
        // The other required mark the docs use (82 times on 45 pages).
        Assert.Equal(new DocField("USER_ID", true, "integer", null, "The user."), DocFieldReader.Field(["**USER_ID**^*^\n`integer`", "The user."]));
        // And inside the bold (crm.deal.recurring.get's **id^*^**, 40 rows).
        Assert.Equal(new DocField("id", true, "integer", null, "The ID."), DocFieldReader.Field(["**id^*^**\n`integer`", "The ID."]));
        Assert.Equal(new DocField("ACCESS", false, "object", "#access", "Rights."), DocFieldReader.Field(["**ACCESS** [`object`](#access)", "Rights."]));
        Assert.Equal(new DocField("bare", false, string.Empty, null, "No type."), DocFieldReader.Field(["**bare**", "No type."]));
        Assert.Null(DocFieldReader.Field(["plain text", "x"]));
        Assert.Null(DocFieldReader.Field(["**one cell**"]));
    }
}
