namespace B24Gen.Importer.Pages;

/// <summary>One row of a page's error table: the code (empty for "Empty value"), the message and the description.</summary>
internal sealed record DocError(string Code, string Message, string Description, int? Status);
