using B24Gen.Importer.Import;

namespace B24Gen.Importer.Rules;

/// <summary>
/// How a list method pages, from its parameters and its result's shape:
/// <list type="bullet">
/// <item><description><c>start</c> (the page documents <c>start</c>, or its example answers with <c>next</c>; or, when no
/// <c>offset</c> or <c>page</c> parameter is documented, its code sends <c>start</c>) over a list
/// result, or over the one list a result object wraps (<c>{"tasks": [...]}</c>: <c>paging: { mode: start, list: tasks }</c>);</description></item>
/// <item><description>an <c>offset</c> parameter (any case): <c>paging: { mode: offset, param: OFFSET }</c>;</description></item>
/// <item><description>a <c>page</c> parameter: <c>paging: { mode: page, param: page }</c>.</description></item>
/// </list>
/// Cursor parameters (<c>LAST_ID</c>) are left to the overlay: pages differ on which item's ID goes back (the last, the
/// smallest) and on the other parameters that go with it (<c>LAST_TYPE</c>).
/// </summary>
internal static class PagingRule
{
    public const string Rule = "paging";

    /// <summary>The <c>paging:</c> value, and the parameters left once <c>start</c> is the client's.</summary>
    /// <param name="documentsStart">The page's table documents <c>start</c>, or its example answers with <c>next</c>.</param>
    /// <param name="examplesSendStart">Only the page's code sends <c>start</c> (or carries the SDK's list note): a
    /// documented <c>offset</c> or <c>page</c> parameter says more.</param>
    public static (string Paging, IReadOnlyList<ImportedField> Params) Apply(bool documentsStart, bool examplesSendStart, IReadOnlyList<ImportedField> parameters, ImportedResult? result, IReadOnlyList<ImportedType> types)
    {
        var list = result is null ? null : WrappedList(result.Type, types);
        var isList = result is not null && result.Type.EndsWith("[]", StringComparison.Ordinal);
        if (!isList && list is null)
        {
            return ("none", parameters);
        }

        var withList = list is null ? string.Empty : $", list: {list}";
        if (documentsStart)
        {
            return (list is null ? "start" : $"{{ mode: start{withList} }}", [.. parameters.Where(p => p.WireName != "start")]);
        }

        if (Parameter(parameters, "offset") is { } offset)
        {
            return ($"{{ mode: offset, param: {offset}{withList} }}", parameters);
        }

        if (Parameter(parameters, "page") is { } page)
        {
            return ($"{{ mode: page, param: {page}{withList} }}", parameters);
        }

        if (examplesSendStart)
        {
            return (list is null ? "start" : $"{{ mode: start{withList} }}", [.. parameters.Where(p => p.WireName != "start")]);
        }

        return ("none", parameters);
    }

    /// <summary>An <c>int</c> parameter of this name in any case (<c>OFFSET</c>, <c>offset</c>).</summary>
    private static string? Parameter(IReadOnlyList<ImportedField> parameters, string name) =>
        parameters.FirstOrDefault(p => string.Equals(p.WireName, name, StringComparison.OrdinalIgnoreCase) && p.Type == "int")?.WireName;

    /// <summary>The one list field of the method's own result object (<c>{"tasks": [...], "total": 5}</c> → <c>tasks</c>).</summary>
    private static string? WrappedList(string resultType, IReadOnlyList<ImportedType> types)
    {
        if (types.FirstOrDefault(t => t.Name == resultType) is not { IsInput: false } type)
        {
            return null;
        }

        var lists = type.Fields.Where(f => f.Type.TrimEnd('?').EndsWith("[]", StringComparison.Ordinal)).ToList();
        return lists is [var only] ? only.WireName : null;
    }
}
