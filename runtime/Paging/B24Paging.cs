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

    /// <summary>
    /// Pages by an offset parameter (<c>paging: { mode: offset, param: OFFSET }</c>): the client sends 0 (or the
    /// request's own value), then the number of items read so far, until a page comes back empty or repeats the one
    /// before (a portal that ignores the parameter).
    /// </summary>
    Offset,

    /// <summary>
    /// Pages by a page-number parameter (<c>paging: { mode: page, param: page }</c>): 1 (or the request's own value),
    /// 2, 3, ... until a page comes back empty or repeats the one before.
    /// </summary>
    Page,

    /// <summary>
    /// Pages by a cursor (<c>paging: { mode: cursor, param: LAST_ID, cursor: ID }</c>): the first page as requested,
    /// then each page asks for the items after the last one's cursor field (<see cref="B24Method{TRequest, TResult}.PagingCursor"/>),
    /// until a page comes back empty or the cursor stops moving.
    /// </summary>
    Cursor,
}
