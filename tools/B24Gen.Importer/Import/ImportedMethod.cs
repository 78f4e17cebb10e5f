namespace B24Gen.Importer.Import;

/// <summary>A method as it will be written to schema YAML; each type says which rule chose it.</summary>
internal sealed record ImportedMethod(
    string Name,
    string Scope,
    string Summary,
    string DocsUrl,
    string SourcePath,
    string Kind,
    IReadOnlyList<ImportedField> Params,
    ImportedResult? Result,
    IReadOnlyList<ImportedType> Types,
    IReadOnlyList<ImportedError> Errors)
{
    /// <summary><c>start</c> for a list method that pages with <c>start</c>/<c>next</c>, else <c>none</c>.</summary>
    public string Paging { get; init; } = "none";

    /// <summary>
    /// The one-of requirements (<c>oneOf:</c>), each a list of alternatives, an alternative the wire names set together:
    /// <c>[["IBLOCK_ID"], ["IBLOCK_CODE"]]</c>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> OneOf { get; init; } = [];

    /// <summary>Whether the method returns the scope's shared field descriptions (its types file must be written too).</summary>
    public bool UsesFieldDescriptions { get; init; }

    /// <summary>The group path (<c>group:</c>) when it is not every word of the name but the last.</summary>
    public string? Group { get; init; }

    /// <summary>The C# verb (<c>name:</c>) when it is not the name's last word.</summary>
    public string? CSharpName { get; init; }

    /// <summary>
    /// The schema folder the method is written to: its name's first word (<c>crm</c>, <c>tasks</c>), which is also its
    /// root under <c>B24Api</c>. Not the docs' scope: methods of one scope may start with different words, and one word's
    /// methods may be spread over scopes (<c>sale.*</c> under sale, cashbox, delivery and pay_system).
    /// </summary>
    public string Folder => FolderOf(Name);

    /// <summary>The schema folder of the method <paramref name="methodName"/> (<see cref="Folder"/>).</summary>
    public static string FolderOf(string methodName) => methodName.Split('.')[0].ToLowerInvariant();

    /// <summary>The types of the folder's shared types file this method uses (<see cref="TypeDeduplicator"/>); not written with it.</summary>
    public IReadOnlyList<ImportedType> SharedTypes { get; init; } = [];

    /// <summary>The overlay's correction of this method, written at the top of its file with its reason.</summary>
    public Overlay.OverlayEntry? Correction { get; init; }
}

/// <summary>A parameter or a field: wire name, B24Gen type expression, the rule behind it, required (parameters only).</summary>
internal sealed record ImportedField(string WireName, string Type, string Rule, bool Required, string Description)
{
    /// <summary>A C# name to use instead of the wire name's (<c>name:</c>), when that one is taken.</summary>
    public string? Name { get; init; }
}

/// <summary>The result: a type expression (a named type, a list of one, or a scalar) and where its shape came from.</summary>
internal sealed record ImportedResult(string Type, string Rule, string Description);

/// <summary>A named object type of the method (its result items, nested objects, input objects).</summary>
internal sealed record ImportedType(string Name, string Summary, bool IsInput, IReadOnlyList<ImportedField> Fields)
{
    /// <summary>An enum's values (rule <c>enum-values</c>); null for an object type.</summary>
    public IReadOnlyList<string>? EnumValues { get; init; }
}

/// <summary>A documented error.</summary>
internal sealed record ImportedError(string Code, int Status, string Message, string Description);
