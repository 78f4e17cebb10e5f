namespace B24Gen.Generator.Model;

/// <summary>One known value of an open enum.</summary>
internal sealed record EnumMemberModel(string Value, string PropertyName, string? Description);
