using B24Gen.Importer.Docs;
using B24Gen.Importer.Import;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Tests;

/// <summary>The copied docs pages (Docs/, beside the test assembly) read as the importer reads a checkout.</summary>
internal static class Fixtures
{
    public static DocsFolder Docs { get; } = new(Path.Combine(AppContext.BaseDirectory, "Docs"));

    /// <summary>A page written for a test, read and imported.</summary>
    public static ImportedMethod Imported(string relativePath, string text) =>
        MethodImporter.Import(MethodPageReader.Read(relativePath, text) ?? throw new InvalidOperationException($"{relativePath} reads as no method."));

    public static MethodPage Page(string relativePath) =>
        MethodPageReader.Read(relativePath, Docs.Read(relativePath)) ?? throw new InvalidOperationException($"{relativePath} reads as no method.");

    public const string SectionGet = "api-reference/calendar/calendar-section-get.md";
    public const string DealGet = "api-reference/crm/deals/crm-deal-get.md";
    public const string ChecklistGet = "api-reference/tasks/template/checklist/tasks-template-checklist-get.md";
}
