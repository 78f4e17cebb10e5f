using B24Gen.Importer.Docs;

namespace B24Gen.Importer.Tests;

public class DocsFolderTests
{
    [Fact]
    public void Reference_pages_are_listed_sorted_without_included_files()
    {
        Assert.Equal(
            [
                Fixtures.SectionGet, "api-reference/catalog/section/catalog-section-list.md", "api-reference/crm/currency/localizations/crm-currency-localizations-set.md", Fixtures.DealGet,
                "api-reference/crm/universal/userfieldconfig/userfieldconfig-get-types.md", "api-reference/entity/entities/entity-update.md", "api-reference/imopenlines/openlines/imopenlines-config-get.md", "api-reference/landing/template/landing-template-get-site-ref.md", "api-reference/sign/hcm-link/humanresources-hcmlink-employee-list.md", Fixtures.ChecklistGet, "api-reference/widgets/placement-get.md",
            ],
            Fixtures.Docs.ReferencePages());
    }

    [Fact]
    public void Includes_are_expanded_but_boilerplate_is_left_as_a_marker()
    {
        var text = Fixtures.Docs.Read(Fixtures.ChecklistGet);

        Assert.Contains("#### Object checkListItem {#checklistitem}", text, StringComparison.Ordinal);
        Assert.Contains("<!-- include: _includes/system-errors.md -->", text, StringComparison.Ordinal);
        Assert.Contains("<!-- include: _includes/required.md -->", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{% include", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_cyclic_and_escaping_includes_leave_markers()
    {
        using var root = new TempFolder();
        root.Write("api-reference/a/self.md", "x {% include [me](./self.md) %} y");
        root.Write("api-reference/a/page.md", "{% include [gone](./gone.md) %}|{% include [out](../../../outside.md) %}|{% include notitle [self](self.md) %}");
        var docs = new DocsFolder(root.Path);

        Assert.Equal("<!-- include not found: ./gone.md -->|<!-- include not found: ../../../outside.md -->|x <!-- include cycle: api-reference/a/self.md --> y", docs.Read("api-reference/a/page.md"));
        Assert.Throws<ArgumentException>(() => docs.Read("../etc/passwd"));
    }

    [Theory]
    [InlineData("api-reference/calendar", "../data-types.md", "api-reference/data-types.md")]
    [InlineData("api-reference/calendar", "./_includes/x.md#anchor", "api-reference/calendar/_includes/x.md")]
    [InlineData("api-reference", "../../x.md", null)]
    [InlineData("", "x.md", "x.md")]
    public void Links_resolve_against_the_including_folder(string folder, string link, string? expected) =>
        Assert.Equal(expected, B24Gen.Importer.Docs.IncludeExpander.Normalize(folder, link));
}
