namespace B24Gen.Importer.Pages;

/// <summary>
/// One row of a parameter or field table: <c>|| **name*** [`type`](link) | description ||</c>.
/// </summary>
/// <param name="Name">The wire name as written (placeholders such as <c>UF_*</c> included).</param>
/// <param name="Required">Marked with <c>*</c> after the name.</param>
/// <param name="Type">The documented type word (<c>string</c>, <c>integer</c>, <c>object</c>, <c>CalendarSection[]</c>...), or empty.</param>
/// <param name="TypeLink">Where the type links to (<c>../data-types.md</c>, <c>#export</c> for a table below), or null.</param>
/// <param name="Description">The description cell's Markdown.</param>
internal sealed record DocField(string Name, bool Required, string Type, string? TypeLink, string Description);
