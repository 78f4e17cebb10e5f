namespace B24Gen.Generator.Model;

/// <summary>One group of the API tree (<c>api.Calendar.Section</c>): its C# path and the REST prefix it stands for.</summary>
internal sealed record ApiGroupModel(EquatableArray<string> Path, string RestPrefix);
