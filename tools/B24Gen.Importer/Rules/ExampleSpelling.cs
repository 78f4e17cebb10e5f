using System.Text.Json;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Rules;

/// <summary>
/// A result table that names a key one way while every example sends it another: the docs' tables often name a list
/// in the singular (<c>section</c>, <c>status</c>, <c>productRow</c>) while the example and the page's own code read the
/// plural (<c>sections</c>, <c>statuses</c>, <c>productRows</c>). Typed by the table's spelling, the list would read
/// empty on every real answer, so the example's spelling wins when it is the table's one plural (or singular) form that
/// no other row claims. In requests only a different case counts (<c>productid</c> in the table, <c>productId</c> in
/// every example): what the example sends is what the portal reads.
/// </summary>
internal static class ExampleSpelling
{
    public const string Rule = "example-spelling";

    /// <summary>Replaces the names of rows that no example shows by their spelling in the examples; returns the new names.</summary>
    public static HashSet<string> Respell(ref IReadOnlyList<DocField> rows, IReadOnlyList<JsonElement> examples, bool caseOnly = false)
    {
        var respelled = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0 || examples.Count == 0)
        {
            return respelled;
        }

        var shown = examples.SelectMany(e => e.EnumerateObject()).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var tableNames = rows.Select(r => r.Name).ToHashSet(caseOnly ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var unclaimed = shown.Where(n => !tableNames.Contains(n)).ToList();
        if (!caseOnly && rows is [var only] && !shown.Contains(only.Name, StringComparer.OrdinalIgnoreCase) && unclaimed is [var single]
            && examples.All(e => e.TryGetProperty(single, out var value) && value.ValueKind == JsonValueKind.Object))
        {
            // The table's one row describes the one object every example wraps under another name (sale.shipment.get's
            // "property" for the example's and the page's code's "shipment"): a copy slip in the table.
            rows = [only with { Name = single }];
            return [single];
        }

        var result = new List<DocField>(rows.Count);
        foreach (var row in rows)
        {
            if (!shown.Contains(row.Name, caseOnly ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
                && unclaimed.Where(n => caseOnly ? string.Equals(row.Name, n, StringComparison.OrdinalIgnoreCase) && !tableNames.Contains(n) : IsOtherNumber(row.Name, n)).ToList() is [var spelled]
                && respelled.Add(spelled))
            {
                result.Add(row with { Name = spelled });
            }
            else
            {
                result.Add(row);
            }
        }

        rows = result;
        return respelled;
    }

    /// <summary>Whether one name is the other's plural: <c>section</c>/<c>sections</c>, <c>status</c>/<c>statuses</c>, <c>entry</c>/<c>entries</c>.</summary>
    internal static bool IsOtherNumber(string a, string b)
    {
        static bool Plural(string singular, string plural) =>
            plural.Equals(singular + "s", StringComparison.OrdinalIgnoreCase)
            || plural.Equals(singular + "es", StringComparison.OrdinalIgnoreCase)
            || (singular.EndsWith('y') && plural.Equals(singular[..^1] + "ies", StringComparison.OrdinalIgnoreCase));

        return Plural(a, b) || Plural(b, a);
    }
}
