namespace B24Gen.Generator.Model;

internal enum MethodKind
{
    Read,
    Write,
}

internal enum PagingKind
{
    None,
    Start,
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
    EquatableArray<FieldModel> Parameters,
    TypeRef Result,
    string? ResultDescription,
    EquatableArray<ErrorModel> Errors,
    SourceSpan Span);
