namespace B24Gen.Generator.Model;

internal enum MethodKind
{
    Read,
    Write,
}

internal enum PagingKind
{
    /// <summary>One call returns everything.</summary>
    None,

    /// <summary><c>start</c>/<c>next</c>/<c>total</c> pages of 50.</summary>
    Start,

    /// <summary>Start paging, plus the fast mode (order by ID, <c>&gt;ID</c> filter, <c>start=-1</c>, chained in batches).</summary>
    Fast,

    /// <summary>An offset parameter advanced by the items read so far.</summary>
    Offset,

    /// <summary>A page-number parameter: 1, 2, 3, ...</summary>
    Page,

    /// <summary>A cursor parameter set to the last item's cursor field.</summary>
    Cursor,
}

/// <summary>
/// A one-of requirement (<c>oneOf:</c>): the request needs every parameter of at least one alternative
/// (<c>[IBLOCK_ID, IBLOCK_CODE]</c>; an alternative of several: <c>[moduleId, entityType, entityId]</c>).
/// </summary>
internal sealed record OneOfModel(EquatableArray<OneOfAlternative> Alternatives);

/// <summary>The wire names of one alternative of a <see cref="OneOfModel"/>.</summary>
internal sealed record OneOfAlternative(EquatableArray<string> WireNames);

/// <summary>
/// The list a paged result wraps (<c>{"tasks": [...]}</c>): its wire name, the result type's property that holds it, and
/// its item type.
/// </summary>
internal sealed record PagedListModel(string WireName, string PropertyName, TypeRef Item);

/// <summary>One REST method: where it sits in the API tree, its request and result, and its documented errors.</summary>
internal sealed record MethodModel(
    string Name,
    string Scope,
    EquatableArray<string> GroupPath,
    string Verb,
    string RequestTypeName,
    string DescriptorName,
    string? Summary,
    string? Description,
    string? DocsUrl,
    MethodKind Kind,
    PagingKind Paging,
    SourceSpan? PagingSpan,
    EquatableArray<FieldModel> Parameters,
    TypeRef Result,
    string? ResultDescription,
    EquatableArray<ErrorModel> Errors,
    SourceSpan Span)
{
    /// <summary>The parameter the offset, page and cursor modes advance (<c>OFFSET</c>, <c>page</c>, <c>LAST_ID</c>).</summary>
    public string? PagingParameter { get; init; }

    /// <summary>The cursor mode's item field (<c>ID</c> by default).</summary>
    public string? PagingCursor { get; init; }

    /// <summary>The wire name of the list a wrapped result holds (<c>list:</c>); the index finds it in the result's type.</summary>
    public string? PagedListName { get; init; }

    /// <summary>That list as the index found it (set before emitting); null when the result is the list.</summary>
    public PagedListModel? PagedList { get; init; }

    /// <summary>The request's one-of requirements (<c>oneOf:</c>).</summary>
    public EquatableArray<OneOfModel> OneOf { get; init; } = EquatableArray<OneOfModel>.Empty;

    /// <summary>The paged items' type: the result's items, or the wrapped list's; null for a method that does not page.</summary>
    public TypeRef? PagedItem => Paging == PagingKind.None ? null : PagedList?.Item ?? (Result as ListTypeRef)?.Item;
}
