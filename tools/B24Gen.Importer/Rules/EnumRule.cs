using System.Text.Json;
using System.Text.RegularExpressions;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Rules;

/// <summary>
/// A string whose description lists its possible values (<c>- `user` — user calendar</c>, one per line) is an open
/// enum: <c>CalendarType.User</c> and friends, and any other value the portal sends is kept. Only when every value is
/// a name (letters, digits, <c>_</c>) whose C# member is distinct, every example value is one of them, and the values
/// are not just <c>Y</c>/<c>N</c> (a flag, rule <c>yn-values</c>).
/// </summary>
internal static partial class EnumRule
{
    public const string Rule = "enum-values";

    // "- `user` — user calendar", "- `asc` - ascending", "* `N`: new": a code span at the start of a list item.
    [GeneratedRegex(@"^\s*[-*]\s+`(?<value>[^`]+)`\s*(?:—|–|-|:|,|\(|$)", RegexOptions.Multiline)]
    private static partial Regex ListedValue();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Name();

    // Members every generated enum type has.
    private static readonly HashSet<string> s_members = new(StringComparer.Ordinal) { "Value", "Equals", "GetHashCode", "ToString", "GetType", "JsonType" };

    /// <summary>The values of a string the docs list the values of, or null.</summary>
    public static IReadOnlyList<string>? Values(DocField field, IReadOnlyList<JsonElement> examples)
    {
        var values = ListedValue().Matches(field.Description).Select(m => m.Groups["value"].Value.Trim()).Distinct(StringComparer.Ordinal).ToList();
        // "Possible values: `string`, `null`": the value's types, not its values.
        if (values.Count < 2 || values.Any(v => !Name().IsMatch(v)) || values.Order(StringComparer.Ordinal).SequenceEqual(["N", "Y"]) || values.Contains("null"))
        {
            return null;
        }

        var members = values.Select(Names.Pascal).ToList();
        if (members.Distinct(StringComparer.Ordinal).Count() != members.Count || members.Any(s_members.Contains))
        {
            return null;
        }

        return examples.All(e => e.ValueKind == JsonValueKind.Null || (e.ValueKind == JsonValueKind.String && values.Contains(e.GetString()!, StringComparer.Ordinal)))
            ? values
            : null;
    }
}
