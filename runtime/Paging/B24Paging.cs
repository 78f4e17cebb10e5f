namespace B24Gen;

/// <summary>How a list method pages: the schema's <c>paging:</c>.</summary>
public enum B24Paging
{
    /// <summary>One call returns everything there is (<c>paging: none</c>).</summary>
    None,

    /// <summary>
    /// Pages of at most 50 items: <c>start</c> = 0, then each answer's <c>next</c>, until an answer has no <c>next</c>
    /// (<c>paging: start</c>). Read every page with <see cref="B24ListExtensions.ListAsync{TRequest, TItem}"/>.
    /// </summary>
    Start,

    /// <summary>
    /// Like <see cref="Start"/>, and the method also supports the fast mode for big tables: order by <c>ID</c>, filter
    /// <c>&gt;ID</c>, <c>start=-1</c> (no counting), 50 pages chained per <c>batch</c> call (<c>paging: fast</c>).
    /// Read every item with <see cref="B24ListExtensions.ListFastAsync{TRequest, TItem}"/>.
    /// </summary>
    Fast,
}
