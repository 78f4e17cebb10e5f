namespace B24Gen.Importer.Pages;

/// <summary>
/// What a method page of the docs says, read but not yet interpreted: the tables, examples and notes as written.
/// The import rules turn this into schema YAML.
/// </summary>
internal sealed record MethodPage(
    string Path,
    string MethodName,
    string Title,
    IReadOnlyList<string> Scopes,
    bool IsDeprecated,
    bool IsRestV3,
    IReadOnlyList<DocField> Parameters,
    IReadOnlyDictionary<string, IReadOnlyList<DocField>> ParameterObjects,
    IReadOnlyList<DocField> ResultFields,
    IReadOnlyDictionary<string, IReadOnlyList<DocField>> ResultObjects,
    IReadOnlyList<DocError> Errors,
    string? RequestExample,
    string? ResponseExample)
{
    /// <summary>
    /// Names the page's TypeScript shapes of the result declare as possibly null (<c>dateActiveFrom: ISODate | null</c>,
    /// in the code examples): rule <c>ts-null</c>.
    /// </summary>
    public IReadOnlySet<string> NullableNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The page's code examples send <c>start</c>, or carry the SDK's note that the list method "returns a single page
    /// (max 50 records)": the method pages by <c>start</c> even when its table leaves the parameter out.
    /// </summary>
    public bool ExamplesSendStart { get; init; }
}
