using System.Text.Json;
using System.Text.RegularExpressions;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer.Rules;

/// <summary>
/// From a documented field (its type word, name and description) and, when the docs show one, an example value, to
/// a B24Gen type expression. Each decision names its rule, so the import says why a field has its type:
/// <list type="bullet">
/// <item><c>doc-type</c>: the docs' basic type words (data-types.md): integer → int, char with Y/N → yn...</item>
/// <item><c>compound</c>: <c>T[]</c> and <c>T | null</c> as the docs write them.</item>
/// <item><c>reference-id</c>: <c>user.id</c>, <c>catalog_product.id</c>: an object's ID, an int.</item>
/// <item><c>reference-field</c>: <c>catalog_measure.code</c>: one field of an object, typed from the example, else text.</item>
/// <item><c>id-like</c>: an <c>ID</c>/<c>*_ID</c>/<c>*Id</c>/<c>*_BY</c> field documented as a string whose example is digits: int.</item>
/// <item><c>ts-suffix</c>: <c>*_TS</c> integers are Unix timestamps.</item>
/// <item><c>yn-values</c>: a boolean or char the description or the example shows as <c>Y</c>/<c>N</c>, or a string
/// whose documented values are exactly <c>Y</c> and <c>N</c>.</item>
/// <item><c>example</c>: a type word that says too little (object, array, a directory type) typed from the example.</item>
/// <item><c>nullable-example</c>: an example shows null, so the type is nullable.</item>
/// <item><c>empty-string-example</c>: an example shows <c>""</c> for a date or a number: nullable (it reads as null).</item>
/// <item><c>false-example</c>: an example shows <c>false</c> (PHP's "none") for a date, number or string: <c>T | bool</c>.</item>
/// <item><c>example-widens</c>: an example does not fit the documented type: 100.5 for an integer → double, a number
/// too long for a 64-bit integer or letters → string.</item>
/// <item><c>null-described</c>: the description gives <c>null</c> as a value (<c>- `null` — any other</c>, "or
/// <c>`null`</c>", "is <c>`null`</c> if"): nullable.</item>
/// <item><c>empty-object-example</c>: an object whose only example is PHP's empty <c>[]</c>: <c>map&lt;any&gt;</c>.</item>
/// <item><c>external-id</c>: an <c>XML_ID</c>/<c>EXTERNAL_ID</c> shown only by an example stays text, digits or not.</item>
/// <item><c>example-list</c>: a number or string the examples send as a list of such values: the list.</item>
/// <item><c>example-contradicts</c>: an example shows an object or a list for a scalar type: <c>any</c>.</item>
/// <item><c>per-type-value</c>: a custom field's <c>DEFAULT_VALUE</c>, whose type is the field's: <c>any</c>.</item>
/// <item><c>unknown</c>: nothing to go on: <c>any</c>.</item>
/// </list>
/// </summary>
internal static partial class TypeRules
{
    [GeneratedRegex(@"`([A-Z])`")]
    private static partial Regex CodeLetter();

    [GeneratedRegex(@"`Y`|\bY/N\b|\bY\b.*\bN\b|'Y'")]
    private static partial Regex MentionsYesNo();

    [GeneratedRegex(@"^(?:ID|.+_ID|.*[a-z]Id|.+_BY|.*[a-z]By)$")]
    private static partial Regex IdLikeName();

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex Digits();

    // A field of a directory object: catalog_measure.code, crm_status.STATUS_ID.
    [GeneratedRegex(@"^[a-z][a-z0-9_]*\.[A-Za-z_]+$")]
    private static partial Regex ReferenceField();

    // The description gives null as a value: "- `null` — any other", "Bot data or `null`", "It is `null` if there is no
    // parent task", "is null when"; not "cannot be `null`" nor an error's "is null or empty".
    [GeneratedRegex(@"(?<!\b(?:not|never|cannot be|can't be|non) )`null`|\b(?:is|be|returns?|or) null\b(?! or empty)", RegexOptions.IgnoreCase)]
    private static partial Regex NullDescribed();

    public static TypeDecision Decide(DocField field, JsonElement? example = null) =>
        Decide(field, example is { } one ? [one] : []);

    /// <summary>
    /// The type of a field given every value the examples show for it: the first non-null value types what the
    /// word leaves open, and the others widen it where they do not fit (the docs' examples are what portals send).
    /// </summary>
    public static TypeDecision Decide(DocField field, IReadOnlyList<JsonElement> examples)
    {
        if (field.Name.Equals("DEFAULT_VALUE", StringComparison.OrdinalIgnoreCase))
        {
            // A custom field's default has the field's own type: text, a number, or {"TYPE": "NOW", "VALUE": ""} for a date.
            return new TypeDecision("any", "per-type-value");
        }

        JsonElement? first = examples.Count == 0 ? null : examples.FirstOrDefault(e => e.ValueKind != JsonValueKind.Null) is { ValueKind: not JsonValueKind.Undefined } found ? found : examples[0];
        var decision = FromWord(field.Type.Trim(), field, first);
        if (decision.IsAny || decision.Expression.Contains('|', StringComparison.Ordinal))
        {
            return decision;
        }

        var bare = decision.Expression.TrimEnd('?');
        foreach (var value in examples)
        {
            decision = Widen(decision, bare, value);
            bare = decision.Expression.TrimEnd('?');
            if (decision.IsAny || decision.Expression.Contains('|', StringComparison.Ordinal))
            {
                return decision;
            }
        }

        // "Possible values: - `1` — set - `2` — service - `null` — any other": null is one of the values.
        return decision.Expression.EndsWith('?') || !NullDescribed().IsMatch(field.Description) ? decision : new TypeDecision(bare + "?", "null-described");
    }

    /// <summary>The decision, widened so that <paramref name="value"/> fits it.</summary>
    private static TypeDecision Widen(TypeDecision decision, string bare, JsonElement value)
    {
        var nullable = decision.Expression.EndsWith('?');
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return nullable ? decision : new TypeDecision(bare + "?", "nullable-example");
            case JsonValueKind.String when value.GetString() is "" && bare is not ("string" or "any") && !bare.EndsWith("[]", StringComparison.Ordinal) && !bare.StartsWith("map<", StringComparison.Ordinal):
                // Portals send "" for an empty date or number; T? reads it as null.
                return nullable ? decision : new TypeDecision(bare + "?", "empty-string-example");
            case JsonValueKind.False when bare is "date" or "datetime" or "int" or "double" or "string" or "timestamp":
                // PHP's false for "none".
                return new TypeDecision($"{bare} | bool", "false-example");
            case JsonValueKind.String when bare == "bool" && value.GetString() is not ("Y" or "N" or "1" or "0" or ""):
                // false for "none", a text otherwise.
                return new TypeDecision("string | bool", "false-example");
            case JsonValueKind.Number when bare == "int" && !value.TryGetInt64(out _):
                return new TypeDecision(nullable ? "double?" : "double", "example-widens");
            case JsonValueKind.String when bare == "int" && !(Digits().IsMatch(value.GetString()!) && long.TryParse(value.GetString(), out _)):
                return new TypeDecision(nullable ? "string?" : "string", "example-widens");
            case JsonValueKind.Array when bare is "int" or "double" or "string" && FromExample(value) is { Expression: not "any[]" } list:
                // "UF_DEPARTMENT [string]" sent as [1] in every example: the word names the items.
                return new TypeDecision(list.Expression, "example-list");
            case JsonValueKind.Object or JsonValueKind.Array when bare is "int" or "double" or "string" or "bool" or "yn" or "date" or "datetime" or "timestamp":
                return new TypeDecision("any", "example-contradicts");
            default:
                return decision;
        }
    }

    private static TypeDecision FromWord(string word, DocField field, JsonElement? example)
    {
        // string | null, integer | string...
        if (word.Contains('|', StringComparison.Ordinal))
        {
            var alternatives = word.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(a => a != "null").ToList();
            var nullable = alternatives.Count < word.Split('|').Length;
            if (alternatives.Count == 1)
            {
                var single = FromWord(alternatives[0], field, example);
                return single.IsAny ? single : new TypeDecision(nullable ? Nullable(single.Expression) : single.Expression, "compound");
            }

            // Scalars or null (integer | string | null): a union cannot be null, so the first, nullable, as the docs put it
            // first; lenient reading takes "5" for an int.
            if (nullable && alternatives.Count >= 2 && alternatives.All(a => FromWord(a, field, null).Expression is "int" or "double" or "string" or "bool" or "yn" or "date" or "datetime" or "timestamp"))
            {
                var first = FromWord(alternatives[0], field, example);
                return new TypeDecision(nullable ? Nullable(first.Expression) : first.Expression, "compound");
            }

            // In a union, a bare "array" is a list of raw values (string | array: a name or a chain of calls).
            var mapped = alternatives.Select(a => a.Equals("array", StringComparison.OrdinalIgnoreCase) ? new TypeDecision("any[]", "compound") : FromWord(a, field, null)).ToList();
            return alternatives.Count == 2 && mapped.All(m => m.Expression != "any" && !m.Expression.Contains('|', StringComparison.Ordinal)) && mapped[0].Expression != mapped[1].Expression
                ? new TypeDecision($"{mapped[0].Expression} | {mapped[1].Expression}", "compound")
                : new TypeDecision("any", "compound");
        }

        if (word.EndsWith("[]", StringComparison.Ordinal))
        {
            var item = FromWord(word[..^2], field, example is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0 ? list[0] : null);
            return new TypeDecision(item.Expression.Contains('|', StringComparison.Ordinal) ? "any[]" : item.Expression + "[]", "compound");
        }

        if (!word.EndsWith(".id", StringComparison.OrdinalIgnoreCase) && ReferenceField().IsMatch(word))
        {
            // catalog_measure.code: one field of the object the word names, sent as its value (796), not the object.
            return example is { } shown && FromExample(shown) is { IsAny: false } fromExample ? fromExample with { Rule = "reference-field" } : new TypeDecision("string", "reference-field");
        }

        if (word.EndsWith(".id", StringComparison.OrdinalIgnoreCase))
        {
            // "Symbolic identifier of the status" (sale_status.id is "N"), or an example that is no number: text.
            return Symbolic(field, example) ? new TypeDecision("string", "reference-id") : new TypeDecision("int", "reference-id");
        }

        switch (word.ToLowerInvariant())
        {
            case "string" or "text":
                return IsIdLike(field, example) ? new TypeDecision("int", "id-like")
                    : IsYesNoString(field, example) ? new TypeDecision("yn", "yn-values")
                    : new TypeDecision("string", "doc-type");
            case "integer" or "int":
                return field.Name.EndsWith("_TS", StringComparison.Ordinal) ? new TypeDecision("timestamp", "ts-suffix") : new TypeDecision("int", "doc-type");
            case "double" or "float" or "number" or "decimal":
                return new TypeDecision("double", "doc-type");
            case "boolean" or "bool":
                return IsYesNo(field, example) ? new TypeDecision("yn", "yn-values") : new TypeDecision("bool", "doc-type");
            case "char":
                return IsYesNo(field, example) ? new TypeDecision("yn", "yn-values") : new TypeDecision("string", "doc-type");
            case "date":
                return new TypeDecision("date", "doc-type");
            case "datetime":
                return new TypeDecision("datetime", "doc-type");
            case "timestamp":
                return new TypeDecision("timestamp", "doc-type");
            case "enum":
                return new TypeDecision("string", "doc-type");
            case "lang_map":
                // Text by language ({"en": "...", "de": null}): data-types.md's lang_map; portals send null for a language without text.
                return new TypeDecision("map<string?>", "lang-map");
            case "" when IsExternalId(field.Name) && example is { ValueKind: JsonValueKind.String }:
                // An external code shown as digits ("1245") is still a code (1C GUIDs, "123#456").
                return new TypeDecision("string", "external-id");
            case "any" or "file" or "function" or "callable" or "null" or "":
                return example is { } value ? FromExample(value) : new TypeDecision("any", "unknown");
            case "object" when example is { ValueKind: JsonValueKind.Array } empty && empty.GetArrayLength() == 0:
                // PHP's empty array for an object: the keys are not shown, the word says they are keys.
                return new TypeDecision("map<any>", "empty-object-example");
            case "object" or "array" when example is { ValueKind: JsonValueKind.False }:
                // PHP's false for "none" ("false if not specified"): the object itself is not shown, so raw JSON.
                return new TypeDecision("any", "false-example");
            default:
                // object, array and the directory types (crm_status, user...): the example tells what is sent.
                return example is { } sample ? FromExample(sample) : new TypeDecision("any", "unknown");
        }
    }

    /// <summary>The type of an example value; objects and mixed lists stay <c>any</c> (their types come from tables).</summary>
    internal static TypeDecision FromExample(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new TypeDecision(Digits().IsMatch(value.GetString()!) && long.TryParse(value.GetString(), out _) ? "int" : "string", "example"),
        JsonValueKind.Number => new TypeDecision(value.TryGetInt64(out _) ? "int" : "double", "example"),
        JsonValueKind.True or JsonValueKind.False => new TypeDecision("bool", "example"),
        JsonValueKind.Array when value.GetArrayLength() > 0 && value.EnumerateArray().Select(FromExample).Select(d => d.Expression).Distinct().ToList() is [var only] && only != "any"
            => new TypeDecision(only + "[]", "example"),
        JsonValueKind.Array => new TypeDecision("any[]", "example"),
        _ => new TypeDecision("any", "unknown"),
    };

    /// <summary>Whether a field's name says it holds an ID (<c>ID</c>, <c>*_ID</c>, <c>*Id</c>, <c>*_BY</c>).</summary>
    internal static bool IsIdName(string name) => IdLikeName().IsMatch(name);

    private static bool IsIdLike(DocField field, JsonElement? example) =>
        IdLikeName().IsMatch(field.Name) && !IsExternalId(field.Name) && example is { ValueKind: JsonValueKind.String } value && Digits().IsMatch(value.GetString()!) && long.TryParse(value.GetString(), out _);

    /// <summary>An external system's identifier (<c>XML_ID</c>, <c>productXmlId</c>, <c>EXTERNAL_ID</c>): a code, digits or not.</summary>
    private static bool IsExternalId(string name) =>
        name.Contains("xml", StringComparison.OrdinalIgnoreCase) || name.Contains("external", StringComparison.OrdinalIgnoreCase);

    private static bool IsYesNo(DocField field, JsonElement? example) =>
        !ListsOtherLetters(field) && (example is { ValueKind: JsonValueKind.String } value ? value.GetString() is "Y" or "N" : MentionsYesNo().IsMatch(field.Description));

    /// <summary>"Possible values: `N`, `I`, `E`, `S`": a code of several letters, of which N is only one.</summary>
    private static bool ListsOtherLetters(DocField field) =>
        CodeLetter().Matches(field.Description).Any(m => m.Groups[1].Value is not ("Y" or "N"));

    /// <summary>
    /// A string whose documented values are exactly <c>`Y`</c> and <c>`N`</c> (and whose example, if any, is one of
    /// them): a flag, like the docs' booleans sent as Y/N. A third value (<c>`D`</c>) keeps it a string.
    /// </summary>
    private static bool IsYesNoString(DocField field, JsonElement? example) =>
        CodeLetter().Matches(field.Description).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal) is { Count: 2 } letters
        && letters.Contains("Y") && letters.Contains("N")
        && (example is null || example is { ValueKind: JsonValueKind.String } value && value.GetString() is "Y" or "N");

    private static bool Symbolic(DocField field, JsonElement? example) =>
        field.Description.Contains("symbolic", StringComparison.OrdinalIgnoreCase) || field.Description.Contains("character code", StringComparison.OrdinalIgnoreCase)
        || (example is { ValueKind: JsonValueKind.String } value && !Digits().IsMatch(value.GetString()!));

    private static string Nullable(string expression) => expression.Contains('|', StringComparison.Ordinal) ? expression : expression + "?";
}
