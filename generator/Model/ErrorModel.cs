namespace B24Gen.Generator.Model;

/// <summary>A documented error of a method: the code (often empty), HTTP status and message.</summary>
internal sealed record ErrorModel(string Code, int Status, string Message, string? Description);
