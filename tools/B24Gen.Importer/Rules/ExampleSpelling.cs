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

        // Names that are a row's words in another case (ownerTypeId for OWNER_TYPE_ID) belong to that row: no other
        // row takes them, and a row one of them spells is no other name's.
        var tableWords = rows.Select(r => Joined(r.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shownWords = shown.Select(Joined).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = new List<DocField>(rows.Count);
        foreach (var row in rows)
        {
            if (!caseOnly && !shown.Contains(row.Name, StringComparer.OrdinalIgnoreCase)
                && unclaimed.Where(n => string.Equals(Joined(n), Joined(row.Name), StringComparison.OrdinalIgnoreCase)).ToList() is [var written]
                && respelled.Add(written))
            {
                // OWNER_ID in the table (crm_orderentity), ownerId in every example: the example is what the portal sends.
                result.Add(row with { Name = written });
            }
            else if (!shown.Contains(row.Name, caseOnly ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
                && (caseOnly || !shownWords.Contains(Joined(row.Name)))
                && unclaimed.Where(n => caseOnly ? string.Equals(row.Name, n, StringComparison.OrdinalIgnoreCase) && !tableNames.Contains(n) : IsOtherSpelling(row.Name, n) && !tableWords.Contains(Joined(n))).ToList() is [var spelled]
                && respelled.Add(spelled))
            {
                result.Add(row with { Name = spelled });
            }
            else
            {
                result.Add(row);
            }
        }

        // The example writes the table's SNAKE_CASE names in camelCase (every shown name is camelCase): so does the
        // portal for the rows this example leaves out (crm.orderentity.list's example shows no ownerTypeId).
        var camelRespelled = result.Where(r => respelled.Contains(r.Name) && IsCamel(r.Name)).ToList();
        if (!caseOnly && camelRespelled.Count > 0 && shown.All(IsCamel)
            && result.Where(r => !shown.Contains(r.Name)).ToList() is { Count: > 0 } left && left.All(r => IsScreamingSnake(r.Name)))
        {
            result = [.. result.Select(r => left.Contains(r) && respelled.Add(Camel(r.Name)) ? r with { Name = Camel(r.Name) } : r)];
        }

        rows = result;
        return respelled;
    }

    private static bool IsCamel(string name) => name.Length > 0 && char.IsLower(name[0]) && name.All(char.IsLetterOrDigit);

    private static bool IsScreamingSnake(string name) => name.Contains('_') && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_');

    /// <summary><c>OWNER_TYPE_ID</c> → <c>ownerTypeId</c>: the type name's words, the first in lower case.</summary>
    private static string Camel(string name) => Names.Pascal(name) is { Length: > 0 } pascal ? char.ToLowerInvariant(pascal[0]) + pascal[1..] : name;

    /// <summary>
    /// Whether an example's name is the table's in another number, or with one word more inside it: the booking
    /// resource type's table names <c>confirmationDelay</c> and <c>reminderDelay</c> (the input names) while the
    /// example and the page's code read <c>confirmationNotificationDelay</c> and <c>reminderNotificationDelay</c>.
    /// </summary>
    internal static bool IsOtherSpelling(string table, string example) =>
        IsOtherNumber(table, example) || HasOneWordMoreInside(table, example);

    /// <summary>Whether <paramref name="longer"/> is <paramref name="shorter"/> with one word inserted between two of its words.</summary>
    internal static bool HasOneWordMoreInside(string shorter, string longer)
    {
        var a = Words(shorter);
        var b = Words(longer);
        if (a.Count < 2 || b.Count != a.Count + 1)
        {
            return false;
        }

        for (var inserted = 1; inserted < b.Count - 1; inserted++)
        {
            if (b.Take(inserted).Concat(b.Skip(inserted + 1)).SequenceEqual(a, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name's words run together: <c>OWNER_TYPE_ID</c> and <c>ownerTypeId</c> are both <c>OWNERTYPEID</c> ignoring case.</summary>
    private static string Joined(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal);

    /// <summary>The words of a camelCase or snake_case name.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || (char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                if (i > start)
                {
                    words.Add(name[start..i].Trim('_'));
                }

                start = i;
            }
        }

        return words.Where(w => w.Length > 0).ToList();
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
