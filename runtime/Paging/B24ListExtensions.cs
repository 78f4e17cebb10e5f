using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using B24Gen.Paging;
using B24Gen.Serialization;

namespace B24Gen;

/// <summary>
/// Reads every item of a list method, page by page, as an <see cref="IAsyncEnumerable{T}"/>. The generated
/// <c>ListAllAsync</c> methods call these: <c>await foreach (var deal in api.Crm.Deal.ListAllAsync(new() { ... }))</c>.
/// Pages are fetched as the caller enumerates; each call goes through the client's rate limit, retries and token refresh.
/// </summary>
public static class B24ListExtensions
{
    /// <summary>The portal's page size: list methods return at most 50 items per call.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// Every item of a list method, page by page in the method's mode (<see cref="B24Method{TRequest, TResult}.Paging"/>):
    /// <c>start</c> = 0, then each answer's <c>next</c>, until an answer has no <c>next</c>; or by its offset, page or cursor
    /// parameter (<see cref="B24Paging"/>). The client sets the paging parameter itself (replacing any in the request,
    /// but an offset, page or cursor of the request's own is where the listing starts).
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="method">A list method (any <see cref="B24Paging"/> but <see cref="B24Paging.None"/>).</param>
    /// <param name="request">The parameters (filter, order, select...).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the portal's order.</returns>
    /// <exception cref="ArgumentException">The method does not page (<see cref="B24Paging.None"/>), or its mode lacks its parameter.</exception>
    /// <exception cref="B24Exception">A page could not be read (raised while enumerating).</exception>
    public static IAsyncEnumerable<TItem> ListAsync<TRequest, TItem>(this B24Client client, B24Method<TRequest, IReadOnlyList<TItem>> method, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : class =>
        ListAsync(client, method, request, static items => items, cancellationToken);

    /// <summary>
    /// Every item of a list method whose result wraps its list (<c>{"tasks": [...], ...}</c>), page by page in the method's
    /// mode, as <see cref="ListAsync{TRequest, TItem}(B24Client, B24Method{TRequest, IReadOnlyList{TItem}}, TRequest, CancellationToken)"/>.
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type, which holds a page's items.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="method">A list method (any <see cref="B24Paging"/> but <see cref="B24Paging.None"/> and <see cref="B24Paging.Fast"/>).</param>
    /// <param name="request">The parameters (filter, order, select...).</param>
    /// <param name="items">A page's items in its result (<c>static result => result.Tasks</c>); null reads as none.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, in the portal's order.</returns>
    /// <exception cref="ArgumentException">The method does not page, or its mode lacks its parameter.</exception>
    /// <exception cref="B24Exception">A page could not be read (raised while enumerating).</exception>
    public static IAsyncEnumerable<TItem> ListAsync<TRequest, TResult, TItem>(this B24Client client, B24Method<TRequest, TResult> method, TRequest request, Func<TResult, IReadOnlyList<TItem>?> items, CancellationToken cancellationToken = default)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(items);
        switch (method.Paging)
        {
            case B24Paging.None:
                throw new ArgumentException($"{method.Name} does not page (paging: none): call it once with CallAsync.", nameof(method));
            case B24Paging.Start or B24Paging.Fast:
                return ListPagesAsync(client, method, ListRequest.Parameters(method.Name, method.Request, request), items, cancellationToken);
            default:
                if (string.IsNullOrEmpty(method.PagingParameter))
                {
                    throw new ArgumentException($"{method.Name} pages by {method.Paging.ToString().ToLowerInvariant()} but its descriptor names no PagingParameter.", nameof(method));
                }

                return ParameterPages.ReadAsync(client, method, ListRequest.Parameters(method.Name, method.Request, request), items, cancellationToken);
        }
    }

    /// <summary>
    /// Every item of a list method in the fast mode, for big tables: items ordered by <c>ID</c>, each page filtered
    /// <c>&gt;ID</c> = the last ID of the page before, <c>start=-1</c> (the portal skips counting), 50 pages chained in one
    /// <c>batch</c> call (up to 2,500 items per HTTP request). Stops at the first page with fewer than 50 items.
    /// The request's <c>order</c> is replaced by <c>ID</c> ascending; its <c>filter</c> is kept and <c>&gt;ID</c> added
    /// (a <c>&gt;ID</c> of the caller's is where the listing starts); a <c>select</c> without <c>ID</c> gets it.
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TItem">The item type, with an <c>ID</c> field.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="method">A method that supports the fast mode (<see cref="B24Paging.Fast"/>).</param>
    /// <param name="request">The parameters (filter, select...).</param>
    /// <param name="idOf">The item's <c>ID</c>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, by ascending ID, each once.</returns>
    /// <exception cref="ArgumentException">The method does not support the fast mode.</exception>
    /// <exception cref="B24Exception">A page failed or could not be read (raised while enumerating).</exception>
    public static IAsyncEnumerable<TItem> ListFastAsync<TRequest, TItem>(this B24Client client, B24Method<TRequest, IReadOnlyList<TItem>> method, TRequest request, Func<TItem, long> idOf, CancellationToken cancellationToken = default)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(idOf);
        if (method.Paging != B24Paging.Fast)
        {
            throw new ArgumentException($"{method.Name} does not declare the fast mode (paging: fast): use ListAsync.", nameof(method));
        }

        return ListFastPagesAsync(client, method, FastListRequest.Create(ListRequest.Parameters(method.Name, method.Request, request)), idOf, cancellationToken);
    }

    private static async IAsyncEnumerable<TItem> ListPagesAsync<TRequest, TResult, TItem>(B24Client client, B24Method<TRequest, TResult> method, JsonElement parameters, Func<TResult, IReadOnlyList<TItem>?> itemsOf, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : class
    {
        long start = 0;
        while (true)
        {
            var page = start;
            var response = await client.ExecuteAsync(method.Name, method.Kind, token => ListRequest.WithStart(parameters, page, token), method.ReadResult, cancellationToken).ConfigureAwait(false);
            var items = itemsOf(response.Value) ?? [];
            foreach (var item in items)
            {
                yield return item;
            }

            // No next: the last page. A next that does not move forward would loop forever: stop too.
            if (response.Next is not { } next || next <= page || items.Count == 0)
            {
                yield break;
            }

            start = next;
        }
    }

    private static async IAsyncEnumerable<TItem> ListFastPagesAsync<TRequest, TItem>(B24Client client, B24Method<TRequest, IReadOnlyList<TItem>> method, FastListRequest request, Func<TItem, long> idOf, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : class
    {
        var lastId = request.InitialId;
        var lastItem = (PageSize - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (true)
        {
            // One batch call: page 0 starts after lastId; page i starts after the last ID of page i-1, which the
            // portal fills in ($result[page{i-1}][49][ID]). After a short page, the later pages' results are ignored.
            var batch = client.CreateBatch(halt: true);
            var parameters = request.Pairs(lastId);
            var pages = new B24BatchCommand<IReadOnlyList<TItem>>[B24Batch.MaxCommandsPerCall];
            for (var i = 0; i < pages.Length; i++)
            {
                pages[i] = batch.Add(method.Name, method.Kind, method.ReadResult, parameters, "page" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (i > 0)
                {
                    pages[i].AddBinding(request.IdFilterPath, pages[i - 1].Field(lastItem, "ID"));
                }
            }

            await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            foreach (var page in pages)
            {
                var items = page.Value;
                foreach (var item in items)
                {
                    var id = idOf(item);
                    if (id <= lastId)
                    {
                        throw new B24ResponseFormatException(
                            method.Name,
                            $"The fast mode needs items by ascending ID after the >ID filter, but ID {id} came after ID {lastId}. The method may not support it: declare it paging: start and use ListAsync.",
                            200,
                            null);
                    }

                    lastId = id;
                    yield return item;
                }

                if (items.Count < PageSize)
                {
                    yield break;
                }
            }
        }
    }
}
