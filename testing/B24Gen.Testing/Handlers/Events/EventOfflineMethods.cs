using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Events;

/// <summary>
/// The offline queue's methods, <c>event.offline.get</c>, <c>.list</c>, <c>.clear</c> and <c>.error</c> (docs:
/// api-reference/events/), over <see cref="OfflineEventQueue"/>. Administrator only. Each works on the queue of the
/// call's <c>auth_connector</c> (none: the events bound without one). Parameter names are case-insensitive.
/// </summary>
internal static class EventOfflineMethods
{
    /// <summary>The default <c>limit</c> of a get, and the page size of a list.</summary>
    private const int PageSize = 50;

    public static void Register(MethodRegistry registry)
    {
        registry.Register("event.offline.get", Get);
        registry.Register("event.offline.list", List);
        registry.Register("event.offline.clear", Clear);
        registry.Register("event.offline.error", Error);
    }

    /// <summary>
    /// <c>event.offline.get</c> (event-offline-get.md): without <c>process_id</c> it reserves up to <c>limit</c> free
    /// records (<c>filter</c>, <c>order</c>, default <c>TIMESTAMP_X</c> ascending; <c>error=1</c>: the error records)
    /// for a new process; with one it only reads that process's records again. <c>clear</c> (default 1) then
    /// deletes the process's records. Answers <c>{"process_id", "events": [...]}</c>, <c>process_id</c> being
    /// <see langword="null"/> when the records were cleared and none was given.
    /// </summary>
    private static MethodResult Get(MethodCallContext context)
    {
        var queue = Authorize(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: false);
        var clear = !query.IsSet("clear") || query.GetInt64("clear") != 0;
        var processId = ProcessId(query);
        var limit = query.IsSet("limit") ? query.GetInt64("limit") : PageSize;
        var errors = query.GetInt64("error") == 1;
        var connector = EventScope.Connector(context);
        var returnProcessId = !clear;
        if (limit <= 0)
        {
            throw EventScope.Argument("Value must be positive integer");
        }

        var filter = OfflineEventFilter.Filter(query["filter"], OfflineEventFilter.GetFields);
        var order = OfflineEventFilter.Order(query["order"], OfflineEventFilter.GetFields, query.IsSet("order") ? "ID" : "TIMESTAMP_X");
        var count = (int)Math.Min(limit, int.MaxValue);
        if (processId is null)
        {
            processId = queue.Reserve(filter, order, count, errors, connector);
        }
        else
        {
            returnProcessId = true;
        }

        var records = queue.Select(processId, filter, order, count, errors, connector);
        if (clear && records.Count > 0)
        {
            queue.Clear(processId, connector, ids: null);
        }

        return MethodResult.Success(new JsonObject
        {
            ["process_id"] = returnProcessId ? processId : null,
            ["events"] = new JsonArray([.. records.Select(record => (JsonNode)ToJson(record, withProcess: false))]),
        });
    }

    /// <summary>
    /// <c>event.offline.list</c> (event-offline-list.md): reads the queue without changing it, 50 per page
    /// (<c>start</c>), <c>filter</c>/<c>order</c> also by <c>PROCESS_ID</c> and <c>ERROR</c> (default <c>ID</c>
    /// ascending), with <c>total</c> and <c>next</c>; records carry <c>PROCESS_ID</c> and <c>ERROR</c> (<c>"0"</c>/<c>"1"</c>).
    /// </summary>
    private static MethodResult List(MethodCallContext context)
    {
        var queue = Authorize(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: false);
        var filter = OfflineEventFilter.Filter(query["filter"], OfflineEventFilter.ListFields);
        var order = OfflineEventFilter.Order(query["order"], OfflineEventFilter.ListFields, "ID");
        var offset = (int)Math.Clamp(query.GetInt64("start"), 0, int.MaxValue);
        var (page, total) = queue.List(filter, order, offset, PageSize, EventScope.Connector(context));
        long? next = offset + PageSize < total ? offset + PageSize : null;
        return MethodResult.Success(new JsonArray([.. page.Select(record => (JsonNode)ToJson(record, withProcess: true))]), total, next);
    }

    /// <summary>
    /// <c>event.offline.clear</c> (event-offline-clear.md): deletes the records reserved by <c>process_id</c>
    /// (required), only those with the given <c>message_id</c>s (32 characters each) or else <c>id</c>s when
    /// given. Answers <c>true</c>.
    /// </summary>
    private static MethodResult Clear(MethodCallContext context)
    {
        var queue = Authorize(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: false);
        var processId = ProcessId(query) ?? throw EventScope.ArgumentNull("PROCESS_ID");
        var connector = EventScope.Connector(context);
        if (query.IsSet("message_id"))
        {
            var messageIds = MessageIds(query["message_id"]);
            if (messageIds.Count == 0)
            {
                // The rest module's list stays "false" for an empty array, which clears the whole process.
                queue.Clear(processId, connector, ids: null);
            }
            else
            {
                queue.ClearByMessageId(processId, connector, messageIds);
            }

            return MethodResult.Success(true);
        }

        HashSet<long>? ids = null;
        if (query.IsSet("id"))
        {
            var values = Items(query["id"]) ?? throw EventScope.Argument("Value must be array of integers");
            ids = [];
            foreach (var value in values)
            {
                var id = ParameterReader.ToInt64(value);
                if (id <= 0)
                {
                    throw EventScope.Argument("Value must be array of integers");
                }

                ids.Add(id);
            }
        }

        queue.Clear(processId, connector, ids is { Count: > 0 } ? ids : null);
        return MethodResult.Success(true);
    }

    /// <summary>
    /// <c>event.offline.error</c> (event-offline-error.md): marks the records of <c>process_id</c> (required) with the
    /// given <c>message_id</c>s as errors and frees them, so <c>event.offline.get</c> with <c>error=1</c> returns them.
    /// Answers <c>true</c>.
    /// </summary>
    private static MethodResult Error(MethodCallContext context)
    {
        var queue = Authorize(context);
        var query = EventScope.ChangeKeyCase(context.Parameters, upper: false);
        var processId = ProcessId(query) ?? throw EventScope.ArgumentNull("PROCESS_ID");
        var values = Items(query["message_id"]) ?? throw EventScope.Argument("Value must be array of MESSAGE_ID values");
        var messageIds = values.Select(value => ParameterReader.ToScalarString(value)?.Trim() ?? "").ToHashSet(StringComparer.Ordinal);
        if (messageIds.Count > 0)
        {
            queue.MarkError(processId, EventScope.Connector(context), messageIds);
        }

        return MethodResult.Success(true);
    }

    /// <summary>The application and the administrator only; then the queue.</summary>
    private static OfflineEventQueue Authorize(MethodCallContext context)
    {
        EventScope.RequireApplication(context);
        if (!EventScope.IsAdministrator(context))
        {
            throw EventScope.AccessDenied();
        }

        return EventScope.Events(context).Queue;
    }

    /// <summary><c>process_id</c> trimmed; <see langword="null"/> when not sent (an empty one names the free records).</summary>
    private static string? ProcessId(JsonObject query) =>
        query.IsSet("process_id") ? (query.GetString("process_id") ?? "").Trim() : null;

    /// <summary>The items of a PHP array (a JSON array, or an object from <c>a[k]=v</c> keys); <see langword="null"/> for a scalar.</summary>
    private static IReadOnlyList<JsonNode?>? Items(JsonNode? value) => value switch
    {
        JsonArray array => [.. array],
        JsonObject obj => [.. obj.Select(pair => pair.Value)],
        _ => null,
    };

    private static HashSet<string> MessageIds(JsonNode? value)
    {
        var items = Items(value) ?? throw EventScope.Argument("Value must be array of MESSAGE_ID values");
        var messageIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var messageId = ParameterReader.ToScalarString(item)?.Trim() ?? "";
            if (messageId.Length != 32)
            {
                throw EventScope.Argument("Value must be array of MESSAGE_ID values");
            }

            messageIds.Add(messageId);
        }

        return messageIds;
    }

    /// <summary>
    /// A record as the methods answer it (docs' examples): string <c>ID</c>, the portal's ISO date, <c>EVENT_DATA</c>
    /// as stored (an empty one as PHP's <c>[]</c>), <c>EVENT_ADDITIONAL</c> <c>{"user_id": "1"}</c> or <c>false</c>.
    /// </summary>
    private static JsonObject ToJson(OfflineRecord record, bool withProcess)
    {
        var json = new JsonObject
        {
            ["ID"] = record.Id.ToString(CultureInfo.InvariantCulture),
            ["TIMESTAMP_X"] = record.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["EVENT_NAME"] = record.EventName,
            ["EVENT_DATA"] = record.Data is JsonObject { Count: 0 } ? new JsonArray() : record.Data?.DeepClone(),
            ["EVENT_ADDITIONAL"] = record.Additional?.DeepClone(),
            ["MESSAGE_ID"] = record.MessageId,
        };
        if (withProcess)
        {
            json["PROCESS_ID"] = record.ProcessId;
            json["ERROR"] = record.Error ? "1" : "0";
        }

        return json;
    }
}
