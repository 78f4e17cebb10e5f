using System.Globalization;
using System.Text.Json;

namespace B24Gen.Importer.Gates;

/// <summary>
/// Compares what a request type sent with the docs' request example: the same keys at every depth, and the same wire
/// form for each value (a <c>"Y"</c> stays a string, a list stays a list, an object stays an object). A number and
/// the same number as a string count as one form: the portal reads both, and pages write IDs either way.
/// </summary>
internal static class WireComparer
{
    /// <summary>The differences, each naming its JSON path; empty when the two agree.</summary>
    /// <param name="example">The docs' request body.</param>
    /// <param name="sent">What the client sent.</param>
    /// <param name="notCompared">Top-level keys the request type does not own (<c>auth</c>; a paged method's <c>start</c>).</param>
    public static IReadOnlyList<string> Differences(JsonElement example, JsonElement sent, IReadOnlyCollection<string> notCompared)
    {
        var differences = new List<string>();
        Compare(example, sent, "$", notCompared, differences);
        return differences;
    }

    private static void Compare(JsonElement example, JsonElement sent, string path, IReadOnlyCollection<string> notCompared, List<string> differences)
    {
        if (example.ValueKind == JsonValueKind.Object && sent.ValueKind == JsonValueKind.Object)
        {
            var sentNames = sent.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var property in example.EnumerateObject())
            {
                if (path == "$" && notCompared.Contains(property.Name))
                {
                    continue;
                }

                if (sent.TryGetProperty(property.Name, out var value))
                {
                    Compare(property.Value, value, path + "." + property.Name, [], differences);
                }
                else if (!Rules.PortalFieldRule.IsPortalField(property.Name))
                {
                    // A portal's own custom field is a project's YAML to add, not the stock type's.
                    differences.Add($"{path}.{property.Name} is in the example but was not sent (no such parameter or field)");
                }
            }

            foreach (var name in sentNames.Where(n => !example.TryGetProperty(n, out _) && !(path == "$" && notCompared.Contains(n))).Order(StringComparer.Ordinal))
            {
                differences.Add($"{path}.{name} was sent but is not in the example");
            }

            return;
        }

        if (example.ValueKind == JsonValueKind.Array && sent.ValueKind == JsonValueKind.Array)
        {
            var exampleItems = example.EnumerateArray().ToList();
            var sentItems = sent.EnumerateArray().ToList();
            if (exampleItems.Count != sentItems.Count)
            {
                differences.Add($"{path}: the example has {exampleItems.Count} items, {sentItems.Count} were sent");
                return;
            }

            for (var i = 0; i < exampleItems.Count; i++)
            {
                Compare(exampleItems[i], sentItems[i], $"{path}[{i}]", [], differences);
            }

            return;
        }

        if (Form(example) != Form(sent) && !SameNumber(example, sent))
        {
            differences.Add($"{path}: the example sends {Show(example)}, the request type sent {Show(sent)}");
        }
    }

    private static string Form(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "bool",
        _ => value.ValueKind.ToString(),
    };

    private static bool SameNumber(JsonElement left, JsonElement right) =>
        Number(left) is { } a && Number(right) is { } b && a == b;

    private static decimal? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };

    private static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 40 ? text : text[..37] + "...";
    }
}
