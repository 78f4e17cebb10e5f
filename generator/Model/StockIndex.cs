namespace B24Gen.Generator.Model;

/// <summary>
/// What the precompiled stock API contains, read from the index the package ships (never from the Compilation):
/// each stock schema file's declarations (marked <see cref="SchemaDeclarations.IsPrecompiled"/>), and every stock
/// type's members, against which a user's <c>partial: true</c> declaration is checked.
/// </summary>
internal sealed record StockIndex(EquatableArray<SchemaDeclarations> Files, EquatableArray<StockType> Types)
{
    public static readonly StockIndex Empty = new(EquatableArray<SchemaDeclarations>.Empty, EquatableArray<StockType>.Empty);
}

/// <summary>A type of the precompiled stock API and its members' C# names.</summary>
internal sealed record StockType(string Name, TypeKind Kind, bool IsInput, EquatableArray<string> MemberNames);
