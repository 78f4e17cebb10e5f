using B24Gen.Serialization;

namespace B24Gen;

/// <summary>Whether a method only reads (safe to retry) or changes data (never retried blindly).</summary>
public enum B24MethodKind
{
    /// <summary>No side effects: retried on transient failures.</summary>
    Read,

    /// <summary>Changes data: retried only when the portal says the call did not run.</summary>
    Write,
}

/// <summary>
/// A REST method as the generated code describes it: its name, kind, request type and how to read its result.
/// Generated as <c>B24Methods.CalendarSectionGet</c> and friends.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
public sealed class B24Method<TRequest, TResult>
    where TRequest : class
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="name">The REST method name, e.g. <c>calendar.section.get</c>.</param>
    /// <param name="kind">Read or write.</param>
    /// <param name="request">The request's JSON type (its parameters are the body's properties).</param>
    /// <param name="result">The <c>result</c> value's JSON type.</param>
    /// <param name="paging">How the method pages: see <see cref="B24Paging"/>.</param>
    public B24Method(string name, B24MethodKind kind, B24ObjectType<TRequest> request, B24JsonType<TResult> result, B24Paging paging = B24Paging.None)
    {
        System.ArgumentException.ThrowIfNullOrWhiteSpace(name);
        System.ArgumentNullException.ThrowIfNull(request);
        System.ArgumentNullException.ThrowIfNull(result);
        if (!System.Enum.IsDefined(paging))
        {
            throw new System.ArgumentOutOfRangeException(nameof(paging), paging, "Not a paging mode.");
        }

        Name = name;
        Kind = kind;
        Request = request;
        Result = result;
        Paging = paging;
    }

    /// <summary>The REST method name.</summary>
    public string Name { get; }

    /// <summary>Read or write.</summary>
    public B24MethodKind Kind { get; }

    /// <summary>The request's JSON type.</summary>
    public B24ObjectType<TRequest> Request { get; }

    /// <summary>The <c>result</c> value's JSON type.</summary>
    public B24JsonType<TResult> Result { get; }

    /// <summary>Reads the <c>result</c> value.</summary>
    public B24ReadFunc<TResult> ReadResult => Result.ReadFunc;

    /// <summary>How the method pages (the schema's <c>paging:</c>): not at all, with <c>start</c>/<c>next</c>, also in the fast mode, or by an offset, page or cursor parameter.</summary>
    public B24Paging Paging { get; }

    /// <summary>
    /// The parameter the client advances from page to page in the <see cref="B24Paging.Offset"/>, <see cref="B24Paging.Page"/>
    /// and <see cref="B24Paging.Cursor"/> modes (<c>OFFSET</c>, <c>page</c>, <c>LAST_ID</c>); null otherwise (<c>start</c> is implied).
    /// </summary>
    public string? PagingParameter { get; init; }

    /// <summary>The item field whose value, on a page's last item, is the next page's <see cref="PagingParameter"/> (<see cref="B24Paging.Cursor"/>; <c>ID</c> unless the schema says otherwise).</summary>
    public string? PagingCursor { get; init; }

    /// <summary>
    /// The result's field that holds a page's items when the result wraps its list (<c>{"tasks": [...]}</c>: <c>tasks</c>),
    /// or null when the result is the list itself.
    /// </summary>
    public string? PagedList { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
