namespace B24Gen.Importer.Rules;

/// <summary>
/// <c>filter</c> and <c>order</c> parameters are maps, not objects: a filter's keys are field names with an optional
/// operation in front (<c>&gt;=ID</c>, <c>%TITLE</c>, <c>@STAGE_ID</c>), an order's keys field names with <c>ASC</c> or
/// <c>DESC</c>. Typed as objects from an example, they would drop every key the example did not happen to show.
/// </summary>
internal static class QueryMapRule
{
    public const string FilterRule = "filter-map";
    public const string OrderRule = "order-map";

    /// <summary>
    /// Whether the parameter is an object at all: the example shows one, or (with no example value) the docs' type
    /// word does not name a scalar (user.get's <c>order</c> is a string, <c>ASC</c> or <c>DESC</c>).
    /// </summary>
    public static bool IsObject(string docsType, IReadOnlyList<System.Text.Json.JsonElement> values) =>
        values.Count > 0
            ? values.All(v => v.ValueKind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Null) && values.Any(v => v.ValueKind == System.Text.Json.JsonValueKind.Object)
            : docsType.Length == 0 || docsType.StartsWith("object", StringComparison.OrdinalIgnoreCase) || docsType.StartsWith("array", StringComparison.OrdinalIgnoreCase);

    /// <summary>The map type of a top-level request parameter named <c>filter</c> or <c>order</c> (any case); null for others.</summary>
    public static (string Type, string Rule)? Of(string parameterName) => parameterName.ToLowerInvariant() switch
    {
        "filter" => ("map<any>", FilterRule),
        "order" => ("map<string>", OrderRule),
        _ => null,
    };
}
