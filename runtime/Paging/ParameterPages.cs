using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using B24Gen.Serialization;

namespace B24Gen.Paging;

/// <summary>
/// The offset, page and cursor modes: one loop that advances the method's paging parameter. Each page's items are also
/// kept as JSON text, so a portal that ignores the parameter (and answers the same page again) ends the listing
/// instead of looping forever, and the cursor mode reads its cursor from the last item as the portal sent it.
/// </summary>
internal static class ParameterPages
{
    public static async IAsyncEnumerable<TItem> ReadAsync<TRequest, TResult, TItem>(B24Client client, B24Method<TRequest, TResult> method, JsonElement parameters, Func<TResult, IReadOnlyList<TItem>?> itemsOf, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TRequest : class
    {
        var name = method.PagingParameter!;
        var mode = method.Paging;
        var capture = new PageCapture(method.PagedList, method.PagingCursor ?? "ID");
        var inner = method.ReadResult;
        B24ReadFunc<TResult> read = (ref Utf8JsonReader reader) =>
        {
            capture.Read(reader);
            return inner(ref reader);
        };

        // The request's own offset, page or cursor is where the listing starts.
        var value = ListRequest.Value(parameters, name) ?? mode switch
        {
            B24Paging.Offset => 0,
            B24Paging.Page => 1,
            _ => (long?)null,
        };
        string? previous = null;
        while (true)
        {
            var sent = value;
            var response = await client.ExecuteAsync(method.Name, method.Kind, token => ListRequest.With(parameters, name, sent, token), read, cancellationToken).ConfigureAwait(false);
            var items = itemsOf(response.Value) ?? [];
            var page = capture.Items;
            if (items.Count == 0 || (page is not null && page == previous))
            {
                yield break;
            }

            var cursor = capture.LastCursor;
            foreach (var item in items)
            {
                yield return item;
            }

            previous = page;
            value = mode switch
            {
                B24Paging.Offset => sent + items.Count,
                B24Paging.Page => sent + 1,
                _ => cursor ?? throw new B24ResponseFormatException(
                    method.Name,
                    $"The cursor mode reads the next {name} from the last item's '{method.PagingCursor ?? "ID"}', but the last item of the page has no such number. Declare the method's paging cursor (paging: {{ mode: cursor, cursor: ... }}).",
                    200,
                    null),
            };

            // A cursor that does not move would ask for the same page forever.
            if (value == sent)
            {
                yield break;
            }
        }
    }

    /// <summary>What the loop needs of a page's JSON: its items' text, and the last item's cursor.</summary>
    private sealed class PageCapture(string? list, string cursorField)
    {
        public string? Items { get; private set; }

        public long? LastCursor { get; private set; }

        /// <summary>Reads the result on a copy of the reader (the typed read goes on from where it stands).</summary>
        public void Read(Utf8JsonReader reader)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var items = document.RootElement;
            if (list is not null)
            {
                items = items.ValueKind == JsonValueKind.Object && items.TryGetProperty(list, out var wrapped) ? wrapped : default;
            }

            Items = items.ValueKind == JsonValueKind.Undefined ? null : items.GetRawText();
            LastCursor = items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0 && items[items.GetArrayLength() - 1] is { ValueKind: JsonValueKind.Object } last
                ? Cursor(last)
                : null;
        }

        private long? Cursor(JsonElement item)
        {
            if (item.TryGetProperty(cursorField, out var exact))
            {
                return ListRequest.Number(exact);
            }

            // The portal's key case varies by method (id, ID): the schema's spelling is tried first.
            foreach (var property in item.EnumerateObject())
            {
                if (string.Equals(property.Name, cursorField, StringComparison.OrdinalIgnoreCase))
                {
                    return ListRequest.Number(property.Value);
                }
            }

            return null;
        }
    }
}
