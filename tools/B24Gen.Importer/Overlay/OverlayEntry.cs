namespace B24Gen.Importer.Overlay;

/// <summary>
/// A reviewed correction of one imported method: why (<see cref="Reason"/>), where the docs say so
/// (<see cref="Docs"/>), and what changes. Every change it makes is written with its reason, so the schema file
/// shows which decisions a person took.
/// </summary>
internal sealed record OverlayEntry(string Method, string Reason, string Docs, OverlayPlace Place)
{
    /// <summary>The method's group path (<c>group:</c>), when the docs' words do not make a usable one.</summary>
    public string? Group { get; init; }

    /// <summary>The method's C# verb (<c>name:</c>).</summary>
    public string? Name { get; init; }

    /// <summary><c>read</c> or <c>write</c>, when the verb misleads <c>KindRule</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The paging form (<c>none</c>, <c>start</c>).</summary>
    public string? Paging { get; init; }

    /// <summary>The result's type expression.</summary>
    public string? ResultType { get; init; }

    /// <summary>Changes to parameters, by wire name.</summary>
    public IReadOnlyDictionary<string, FieldPatch> Params { get; init; } = new Dictionary<string, FieldPatch>();

    /// <summary>The one-of requirements that replace the import's (<c>oneOf:</c>); null keeps them.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? OneOf { get; init; }

    /// <summary>Changes to the fields of the method's types, by type name then wire name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldPatch>> Types { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, FieldPatch>>();
}

/// <summary>What an overlay changes in one parameter or field; null keeps the imported value.</summary>
internal sealed record FieldPatch(string? Type, bool? Required, string? Name, OverlayPlace Place)
{
    /// <summary>The wire name to send and read instead (the table and the example spell it differently).</summary>
    public string? Wire { get; init; }

    /// <summary>A field the import lacks (the page documents it in another variant or table): added with <see cref="Type"/>.</summary>
    public bool Add { get; init; }

    /// <summary>The added field's description.</summary>
    public string? Description { get; init; }
}

/// <summary>Where an overlay entry or patch is written: file, 1-based line and column.</summary>
internal sealed record OverlayPlace(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
