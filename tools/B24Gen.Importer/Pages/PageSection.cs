namespace B24Gen.Importer.Pages;

/// <summary>A heading of a page and the text under it, up to the next heading of any level.</summary>
/// <param name="Level">1 for <c>#</c>, 2 for <c>##</c>...</param>
/// <param name="Title">The heading without its <c>{#anchor}</c>.</param>
/// <param name="Anchor">The <c>{#anchor}</c> id, if the heading has one (object tables are linked by it).</param>
/// <param name="Body">The text under the heading.</param>
internal sealed record PageSection(int Level, string Title, string? Anchor, string Body);
