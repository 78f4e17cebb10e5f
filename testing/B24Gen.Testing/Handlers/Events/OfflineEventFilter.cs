using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Events;

/// <summary>
/// The <c>filter</c> and <c>order</c> of <c>event.offline.get</c>/<c>list</c>: keys are a field with an optional
/// operation before it (<c>=</c>, <c>!</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>%</c>
/// contains, <c>!%</c>); fields the method does not allow are dropped, as the rest module's sanitizer drops them.
/// <c>ID</c> and <c>ERROR</c> compare as numbers, <c>TIMESTAMP_X</c> as a moment, the rest as text ignoring case (the
/// portal's database collation). Sorting always ends with <c>ID</c> ascending, so equal keys keep the queue's order.
/// </summary>
internal static class OfflineEventFilter
{
    /// <summary>The fields <c>event.offline.get</c> filters and sorts by.</summary>
    public static readonly string[] GetFields = ["ID", "TIMESTAMP_X", "EVENT_NAME", "MESSAGE_ID"];

    /// <summary>The fields <c>event.offline.list</c> filters and sorts by.</summary>
    public static readonly string[] ListFields = ["ID", "TIMESTAMP_X", "EVENT_NAME", "MESSAGE_ID", "PROCESS_ID", "ERROR"];

    private static readonly string[] Operations = ["!%", "!=", "<=", ">=", "!", "=", "<", ">", "%"];

    public static Func<OfflineRecord, bool> Filter(JsonNode? filter, string[] fields)
    {
        var conditions = new List<Func<OfflineRecord, bool>>();
        if (filter is JsonObject pairs)
        {
            foreach (var (key, value) in pairs)
            {
                var operation = Operations.FirstOrDefault(candidate => key.StartsWith(candidate, StringComparison.Ordinal)) ?? "";
                var field = key[operation.Length..].Trim().ToUpperInvariant();
                if (fields.Contains(field))
                {
                    var wanted = Values(value);
                    conditions.Add(record => Matches(Field(record, field), operation, wanted));
                }
            }
        }

        return record => conditions.TrueForAll(condition => condition(record));
    }

    public static Comparison<OfflineRecord> Order(JsonNode? order, string[] fields, string defaultField)
    {
        var keys = new List<(string Field, bool Descending)>();
        if (order is JsonObject pairs)
        {
            foreach (var (key, value) in pairs)
            {
                var field = key.Trim().ToUpperInvariant();
                if (fields.Contains(field))
                {
                    keys.Add((field, string.Equals(ParameterReader.ToScalarString(value)?.Trim(), "DESC", StringComparison.OrdinalIgnoreCase)));
                }
            }
        }

        if (keys.Count == 0)
        {
            keys.Add((defaultField, false));
        }

        return (left, right) =>
        {
            foreach (var (field, descending) in keys)
            {
                var compared = Compare(Field(left, field), Field(right, field));
                if (compared != 0)
                {
                    return descending ? -compared : compared;
                }
            }

            return left.Id.CompareTo(right.Id);
        };
    }

    private static List<string> Values(JsonNode? value) => value switch
    {
        JsonArray array => [.. array.Select(item => ParameterReader.ToScalarString(item) ?? "")],
        JsonObject obj => [.. obj.Select(pair => ParameterReader.ToScalarString(pair.Value) ?? "")],
        _ => [ParameterReader.ToScalarString(value) ?? ""],
    };

    private static bool Matches(IComparable actual, string operation, List<string> wanted) => operation switch
    {
        "" or "=" => wanted.Exists(value => Compare(actual, Parse(actual, value)) == 0),
        "!" or "!=" => !wanted.Exists(value => Compare(actual, Parse(actual, value)) == 0),
        "<" => Compare(actual, Parse(actual, wanted[0])) < 0,
        "<=" => Compare(actual, Parse(actual, wanted[0])) <= 0,
        ">" => Compare(actual, Parse(actual, wanted[0])) > 0,
        ">=" => Compare(actual, Parse(actual, wanted[0])) >= 0,
        "%" => wanted.Exists(value => actual.ToString()!.Contains(value, StringComparison.OrdinalIgnoreCase)),
        _ => !wanted.Exists(value => actual.ToString()!.Contains(value, StringComparison.OrdinalIgnoreCase)),
    };

    /// <summary>A record's field in its comparable form: a number, a moment, or text.</summary>
    private static IComparable Field(OfflineRecord record, string field) => field switch
    {
        "ID" => record.Id,
        "ERROR" => record.Error ? 1L : 0L,
        "TIMESTAMP_X" => record.Timestamp,
        "EVENT_NAME" => record.EventName,
        "MESSAGE_ID" => record.MessageId,
        _ => record.ProcessId,
    };

    /// <summary>A filter value read as the field's kind (a number PHP-style, a date, or text).</summary>
    private static IComparable Parse(IComparable like, string value) => like switch
    {
        long => ParameterReader.ToInt64(JsonValue.Create(value)),
        DateTimeOffset => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) ? moment : DateTimeOffset.MinValue,
        _ => value,
    };

    private static int Compare(IComparable left, IComparable right) =>
        left is string text && right is string other ? string.Compare(text, other, StringComparison.OrdinalIgnoreCase) : left.CompareTo(right);
}
