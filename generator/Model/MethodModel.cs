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
}

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
    SourceSpan Span);
