using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Tests;

public class PageSectionsTests
{
    [Fact]
    public void Headings_split_the_page_but_not_inside_code_and_keep_their_anchor()
    {
        const string Text = "intro\n# Title a.b\n## Parameters\nx\n```bash\n# a shell comment\n```\n#### PERM Object {#perm}\ny\n";

        var sections = PageSections.Split(Text);

        Assert.Equal([(0, "", null), (1, "Title a.b", null), (2, "Parameters", null), (4, "PERM Object", "perm")], sections.Select(s => (s.Level, s.Title, s.Anchor)));
        Assert.Equal("x\n```bash\n# a shell comment\n```", sections[2].Body);
        Assert.Equal("y", sections[3].Body);
    }

    [Fact]
    public void Code_blocks_keep_their_language_and_lose_the_fence_indentation()
    {
        var blocks = CodeBlocks.Find("- cURL\n\n    ```bash\n    curl -d '{}'\n      x\n    ```\n```json\n{\"a\": 1}\n```\n");

        Assert.Equal([new CodeBlock("bash", "curl -d '{}'\n  x"), new CodeBlock("json", "{\"a\": 1}")], blocks);
    }
}
