using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// <c>crm.deal.list</c>: <c>filter</c> (prefixes <c>&gt;= &lt;= &gt; &lt; = ! != @ !@ % =% %=</c>), <c>order</c>,
/// <c>select</c> (<c>*</c> or field names; <c>ID</c> is always returned) and <c>start</c> (50 per page; <c>-1</c>
/// turns off <c>total</c> and <c>next</c>). Parameter names are case-insensitive, as in the docs' examples.
/// Values compare as numbers when both sides are numbers, as dates when both are dates, else as text.
/// </summary>
internal static class CrmDealListMethod
{
    /// <summary>The page size of every list method.</summary>
    public const int PageSize = 50;

    private static readonly string[] Operators = [">=", "<=", "!@", "!=", "=%", "%=", ">", "<", "@", "%", "=", "!"];

    public static MethodResult List(MethodCallContext context)
    {
        var parameters = context.Parameters;
        var filterNode = CrmParameters.Find(parameters, "filter");
        var orderNode = CrmParameters.Find(parameters, "order");
        if (filterNode is not null and not JsonObject and not JsonArray)
        {
            return CrmScope.Error("Parameter 'filter' must be array.");
        }

        if (orderNode is not null and not JsonObject and not JsonArray)
        {
            return CrmScope.Error("Parameter 'order' must be array.");
        }

        var conditions = ReadFilter(filterNode as JsonObject);
        var order = ReadOrder(orderNode as JsonObject);
        var select = ReadSelect(CrmParameters.Find(parameters, "select"));
        var start = ParameterReader.ToInt64(CrmParameters.Find(parameters, "start"));

        var countTotal = start != -1;
        var offset = (int)Math.Clamp(start, 0, int.MaxValue);
        var (deals, matched) = context.State.CrmDeals.Page(
            deal => conditions.All(condition => condition.Matches(deal)),
            IsIdAscending(order) ? null : (left, right) => CompareDeals(left, right, order),
            offset,
            PageSize);
        var page = new JsonArray();
        foreach (var deal in deals)
        {
            page.Add(Project(deal, select));
        }

        if (!countTotal)
        {
            return MethodResult.Success(page);
        }

        long? next = offset + PageSize < matched ? offset + PageSize : null;
        return MethodResult.Success(page, matched, next);
    }

    private static List<Condition> ReadFilter(JsonObject? filter)
    {
        var conditions = new List<Condition>();
        if (filter is null)
        {
            return conditions;
        }

        foreach (var (key, value) in filter)
        {
            var op = Operators.FirstOrDefault(candidate => key.StartsWith(candidate, StringComparison.Ordinal)) ?? "";
            var field = key[op.Length..].Trim().ToUpperInvariant();
            if (field.Length > 0)
            {
                conditions.Add(new Condition(op, field, Values(value)));
            }
        }

        return conditions;
    }

    private static List<string?> Values(JsonNode? value) => value switch
    {
        JsonArray array => array.Select(ParameterReader.ToScalarString).ToList(),
        JsonObject obj => obj.Select(pair => ParameterReader.ToScalarString(pair.Value)).ToList(),
        _ => [ParameterReader.ToScalarString(value)],
    };

    /// <summary>No order, or ID ascending: the store already keeps records in that order.</summary>
    private static bool IsIdAscending(List<(string Field, bool Descending)> order) =>
        order.Count == 0 || (order[0] is ("ID", false));

    private static List<(string Field, bool Descending)> ReadOrder(JsonObject? order)
    {
        var result = new List<(string, bool)>();
        if (order is not null)
        {
            foreach (var (key, value) in order)
            {
                var direction = ParameterReader.ToScalarString(value)?.Trim();
                result.Add((key.Trim().ToUpperInvariant(), string.Equals(direction, "DESC", StringComparison.OrdinalIgnoreCase)));
            }
        }

        return result;
    }

    /// <summary>The selected field names, or <see langword="null"/> for all fields.</summary>
    private static HashSet<string>? ReadSelect(JsonNode? select)
    {
        var names = Values(select).Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!.Trim().ToUpperInvariant()).ToList();
        if (names.Count == 0 || names.Contains("*"))
        {
            return null;
        }

        var set = new HashSet<string>(names, StringComparer.Ordinal) { "ID" };
        return set;
    }

    private static JsonObject Project(JsonObject deal, HashSet<string>? select)
    {
        if (select is null)
        {
            return deal;
        }

        var result = new JsonObject();
        foreach (var (key, value) in deal)
        {
            if (select.Contains(key))
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }

    private static int CompareDeals(JsonObject left, JsonObject right, List<(string Field, bool Descending)> order)
    {
        foreach (var (field, descending) in order)
        {
            var compared = CompareValues(Field(left, field), Field(right, field));
            if (compared != 0)
            {
                return descending ? -compared : compared;
            }
        }

        return CompareValues(Field(left, "ID"), Field(right, "ID"));
    }

    private static string? Field(JsonObject deal, string name) =>
        deal.TryGetPropertyValue(name, out var value) ? ParameterReader.ToScalarString(value) : null;

    /// <summary>Numbers as numbers, dates as dates, anything else as text; <see langword="null"/> sorts first.</summary>
    private static int CompareValues(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (decimal.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var leftNumber)
            && decimal.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var rightNumber))
        {
            return leftNumber.CompareTo(rightNumber);
        }

        if (DateTimeOffset.TryParse(left, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var leftDate)
            && DateTimeOffset.TryParse(right, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var rightDate))
        {
            return leftDate.CompareTo(rightDate);
        }

        return string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Same(string? dealValue, string? filterValue) =>
        dealValue is null
            ? string.IsNullOrEmpty(filterValue)
            : filterValue is not null && CompareValues(dealValue, filterValue) == 0;

    private static bool Like(string? dealValue, string? pattern)
    {
        if (dealValue is null || pattern is null)
        {
            return false;
        }

        var regex = "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(dealValue, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    private sealed record Condition(string Operator, string FieldName, List<string?> Values)
    {
        public bool Matches(JsonObject deal)
        {
            var value = Field(deal, FieldName);
            var first = Values.Count > 0 ? Values[0] : null;
            var ordered = value is not null && first is not null;
            return Operator switch
            {
                "" or "=" or "@" => Values.Any(candidate => Same(value, candidate)),
                "!" or "!=" or "!@" => !Values.Any(candidate => Same(value, candidate)),
                ">" => ordered && CompareValues(value, first) > 0,
                ">=" => ordered && CompareValues(value, first) >= 0,
                "<" => ordered && CompareValues(value, first) < 0,
                "<=" => ordered && CompareValues(value, first) <= 0,
                "%" => value is not null && Values.Any(candidate => candidate is not null && value.Contains(candidate, StringComparison.OrdinalIgnoreCase)),
                _ => Values.Any(candidate => Like(value, candidate)),
            };
        }
    }
}
