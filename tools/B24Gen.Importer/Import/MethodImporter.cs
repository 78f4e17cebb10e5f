using System.Text.Json;
using System.Text.RegularExpressions;
using B24Gen.Importer.Examples;
using B24Gen.Importer.Pages;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Import;

/// <summary>
/// A method page to an <see cref="ImportedMethod"/>: parameters and result fields typed by <see cref="TypeRules"/>
/// (with the request and response examples' values), objects the tables link to (by anchor) as named types, objects
/// only the example shows typed from it, maps told by their keys, the result's shape from the example (the docs'
/// tables are flat: the example decides the shape, the table the types).
/// </summary>
internal static partial class MethodImporter
{
    private const int MaxDepth = 5;

    // The members every generated type has (the generator's reserved names).
    private static readonly HashSet<string> s_reservedMembers = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize", "JsonType", "WriteProperties", "SetAdditionalFields", "AdditionalFields",
    };

    // Wire names B24Gen can use: placeholders (UF_*, UF_, PARENT_ID_..., <field>, =DELETED) are left out.
    [GeneratedRegex(@"^~?[A-Za-z_][A-Za-z0-9_]*(?<!_)$")]
    private static partial Regex UsableName();

    // A row named for what its key stands for (<AREA_ID>, <selector>, <field_code>): the keys are data.
    [GeneratedRegex(@"^(?:<|&lt;)[A-Za-z][A-Za-z0-9_ -]*(?:>|&gt;)$")]
    private static partial Regex PlaceholderName();

    // Keys that say an object is a map: all digits, or access codes (U1, G2, D114).
    [GeneratedRegex(@"^(?:\d+|[A-Z]{1,3}\d+)$")]
    private static partial Regex MapKey();

    // Language codes the portals use as keys (lang_map, LANG_ALL, localizations). "id" (Indonesian) also names IDs: it
    // counts only beside another language.
    private static readonly HashSet<string> s_languages = new(StringComparer.Ordinal)
    {
        "en", "de", "ru", "ua", "la", "br", "fr", "sc", "tc", "ja", "vn", "tr", "pl", "it", "es", "kz", "by", "ms", "th", "hi", "ar", "in",
    };

    [GeneratedRegex(@"\b(?:the )?keys? (?:is|are) (?:the )?\w+|\bkey of (?:the object|each element|each item) (?:is|equals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeyedDescription();

    // A field's description that says its keys are data: "an object where the key is the code of the parameter".
    [GeneratedRegex(@"\b(?:where|in which|with) (?:the )?keys? (?:is|are)\b|\bkeys? and values? (?:is|are)\b|\bkeyed by\b|\bthe keys? (?:is|are) the\b|\bkey of (?:the object|the array|each element|each item) (?:is|equals)\b|\bassociative array of objects\b|\bobject's key is\b|\bby field code\b|\bkeys are\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeyedField();

    [GeneratedRegex(@"\bEach\b[^.]{0,40}\btype\b[^.]{0,40}\bhas its own\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerTypeSettings();

    // "The method will return `null` if the chat is not found": a result that may be null.
    [GeneratedRegex(@"\breturns? `null`|\bwill return `null`", RegexOptions.IgnoreCase)]
    private static partial Regex ReturnsNull();

    // The description shows the object's form as one key and one value, {"access_code":"permission_level"}, or as
    // numbered languages, {"lang_1": "value_1", ... "lang_N": "value_N"} (the numbered field_1... form names fields).
    [GeneratedRegex(@"`\{\s*""[A-Za-z_]+""\s*:\s*""[A-Za-z_]+""\s*\}`|`\{\s*""lang_1""\s*:")]
    private static partial Regex KeyValueFormat();

    // False as a value: "- `false` — the line does not exist", "User's phones or `false`", "`false` if not specified".
    [GeneratedRegex(@"(?:^|\s)- `false` (?:—|–|-) |\bor `false`|`false` if\b")]
    private static partial Regex FalseListed();

    // Money and measure words: a whole number in one example is not an integer type.
    [GeneratedRegex(@"(?:price|sum|amount|quantity|weight|rate|discount|opportunity|tax|vat|cost|balance|revenue|min_?value|max_?value)$", RegexOptions.IgnoreCase)]
    private static partial Regex AmountName();

    [GeneratedRegex(@"\]\(#([A-Za-z0-9_-]+)\)")]
    private static partial Regex AnchorLink();

    public static ImportedMethod Import(MethodPage page)
    {
        var prefix = Names.Pascal(page.MethodName);
        var context = new Context(prefix) { NullableNames = page.NullableNames };
        IReadOnlyList<JsonElement> request = Json(page.RequestExample) is { ValueKind: JsonValueKind.Object } body ? [body] : [];
        var parameters = Fields(page.Parameters, page.ParameterObjects, request, prefix, isInput: true, context, depth: 0);

        var response = Json(page.ResponseExample);
        var example = response is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("result", out var value) ? value
            : response is { ValueKind: JsonValueKind.Object } bare && Unwrapped(bare, page) ? bare
            : response is { } items && IsBareResult(items, page) ? items
            : (JsonElement?)null;
        var result = Result(page, example, context);
        if (result is { } found && !found.Type.EndsWith('?') && !found.Type.EndsWith("[]", StringComparison.Ordinal) && !found.Type.Contains('|', StringComparison.Ordinal) && ReturnsNull().IsMatch(found.Description))
        {
            result = found with { Type = found.Type + "?", Rule = found.Rule + ", null-described" };
        }

        // "- `false` — the line with the specified CONFIG_ID does not exist": the result is the object or false.
        if (result is { } shaped && OrFalse(shaped.Type, shaped.Description))
        {
            result = shaped with { Type = $"{shaped.Type.TrimEnd('?')} | bool", Rule = shaped.Rule + ", false-described" };
        }
        else if (result is { } either && page.ResultFields.FirstOrDefault(f => f.Name == "result")?.Type.Split('|') is { Length: > 1 } alternatives
                 && alternatives.Any(a => a.Trim().ToLowerInvariant() is "boolean" or "bool") && OrFalse(either.Type, either.Description, shownFalse: true))
        {
            // "[`object`] \| [`boolean`]": the object, or true when there is nothing to give (landing.template.getSiteRef).
            result = either with { Type = $"{either.Type.TrimEnd('?')} | bool", Rule = either.Rule + ", type-union" };
        }

        var documentsStart = page.Parameters.Any(p => p.Name == "start") || response is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("next", out _);
        // The SDK's list note and a start in the code are written on pages that do not page too (calendar.section.get):
        // they count with a response that gives the total, as the pages that page do.
        var sendsStart = page.ExamplesSendStart && response is { ValueKind: JsonValueKind.Object } t && t.TryGetProperty("total", out _);
        var (paging, pagedParameters) = PagingRule.Apply(documentsStart, sendsStart, parameters, result, context.Types);
        var (oneOfParameters, oneOf) = OneOfRule.Apply(pagedParameters);

        return new ImportedMethod(
            page.MethodName,
            Scope(page),
            TextCleaner.OneLine(page.Title[..^page.MethodName.Length].Trim()),
            "https://apidocs.bitrix24.com/" + page.Path[..^3] + ".html",
            page.Path,
            KindRule.Of(page.MethodName),
            oneOfParameters,
            result,
            context.Types,
            [.. page.Errors.Where(er => er.Message.Length > 0).Select(er => new ImportedError(er.Code, er.Status ?? 400, TextCleaner.OneLine(er.Message), TextCleaner.OneLine(er.Description)))])
        {
            Paging = paging,
            OneOf = oneOf,
            UsesFieldDescriptions = context.UsesFieldDescriptions,
        };
    }

    /// <summary>
    /// Whether a value the description (or an example, <paramref name="shownFalse"/>) says may be <c>false</c> needs
    /// <c>T | bool</c> to read it (rule <c>false-described</c>).
    /// </summary>
    private static bool OrFalse(string type, string description, bool shownFalse = false) =>
        type.TrimEnd('?') is not ("bool" or "yn" or "any" or "string") && !type.Contains('|', StringComparison.Ordinal) && (shownFalse || FalseListed().IsMatch(description));

    /// <summary>A response example that is only the result, a list without the envelope (<c>[{...}, {...}]</c>).</summary>
    internal static bool IsBareResult(JsonElement response, MethodPage page) =>
        response.ValueKind == JsonValueKind.Array && page.ResultFields.Count > 0;

    /// <summary>
    /// An example that left out the envelope's <c>result</c> (<c>{"sections": [...], "total": 3, "time": {...}}</c>, rule
    /// <c>example-without-result</c>): its members beside the envelope's are what the result table lists.
    /// </summary>
    internal static bool Unwrapped(JsonElement response, MethodPage page)
    {
        var members = response.EnumerateObject().Select(m => m.Name).Where(n => !IsEnvelopeKey(n)).ToList();
        var rows = ResultRows(page).Select(f => f.Name).ToList();
        return members.Count > 0 && rows.Count > 0 && page.ResultFields.Any(f => f.Name == "result")
            && members.All(m => rows.Any(row => row.Equals(m, StringComparison.OrdinalIgnoreCase) || Rules.ExampleSpelling.IsOtherNumber(row, m)));
    }

    /// <summary>The keys of the response envelope around <c>result</c>.</summary>
    internal static bool IsEnvelopeKey(string name) => name is "time" or "total" or "next" or "error" or "error_description";

    /// <summary>
    /// The rows of the result table that describe the result's content, not the envelope's; rows named from the
    /// envelope down (<c>result.message</c>, <c>result.user</c>) are the result's members.
    /// </summary>
    internal static IEnumerable<DocField> ResultRows(MethodPage page) =>
        page.ResultFields
            .Where(f => f.Name is not ("result" or "time" or "total" or "next"))
            .Select(f => f.Name.StartsWith("result.", StringComparison.Ordinal) && f.Name.IndexOf('.', 7) < 0 ? f with { Name = f.Name[7..] } : f);

    /// <summary><c>map&lt;T&gt;</c> of the one type every value shows (<c>FromExample</c>), else <c>map&lt;any&gt;</c>.</summary>
    private static string MapOf(IEnumerable<JsonElement> values) =>
        values.Select(v => TypeRules.FromExample(v).Expression).Distinct().ToList() is [var only] && only != "any" ? $"map<{only}>" : "map<any>";

    private static ImportedResult? Result(MethodPage page, JsonElement? example, Context context)
    {
        var row = page.ResultFields.FirstOrDefault(f => f.Name == "result");
        var fields = row is not null && Anchor(row, page.ResultObjects) is { } linked
            ? linked
            : ResultRows(page).ToList();
        var description = row is null ? string.Empty : TextCleaner.OneLine(row.Description);
        var word = row?.Type.ToLowerInvariant() ?? string.Empty;

        var isList = example is { ValueKind: JsonValueKind.Array } || (example is null && (word == "array" || word.EndsWith("[]", StringComparison.Ordinal)));
        var items = example is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Where(i => i.ValueKind != JsonValueKind.Null).ToList() : example is { } one ? [one] : [];
        JsonElement? item = items.Count > 0 ? items[0] : null;
        var isObject = item is { ValueKind: JsonValueKind.Object } || (item is null && (fields.Count > 0 || word.StartsWith("object", StringComparison.Ordinal)));

        if (!isList && item is { } described && FieldDescriptions(described, page, context) is { } descriptions)
        {
            return descriptions;
        }

        if (isObject && item is { ValueKind: JsonValueKind.Object } && fields.Count == 0 && IsMap(items, isInput: false) is { } mapType)
        {
            return new ImportedResult(isList ? mapType + "[]" : mapType, "map-keys", description);
        }

        // "An object ... where the key is the voice identifier and the value is the voice name": a map, whatever the keys look like.
        if (!isList && item is { ValueKind: JsonValueKind.Object } && fields.Count == 0 && (KeyedDescription().IsMatch(description) || KeyValueFormat().IsMatch(description)))
        {
            return new ImportedResult(MapOf(items.SelectMany(i => i.EnumerateObject()).Select(m => m.Value)), "map-described", description);
        }

        // "The key of each element equals the user identifier": the table describes each value, not the result.
        if (!isList && fields.Count > 0 && item is { ValueKind: JsonValueKind.Object } keyed && KeyedDescription().IsMatch(description)
            && keyed.EnumerateObject().Any() && keyed.EnumerateObject().All(m => MapKey().IsMatch(m.Name) && m.Value.ValueKind == JsonValueKind.Object))
        {
            var name = context.Name(context.Prefix + "Value");
            var values = keyed.EnumerateObject().Select(m => m.Value).Where(v => v.ValueKind == JsonValueKind.Object).ToList();
            context.Add(new ImportedType(name, $"A value of the result of {page.MethodName}, by key. {description}".TrimEnd(), false,
                Fields(fields, page.ResultObjects, values, name, isInput: false, context, depth: 1)));
            return new ImportedResult($"map<{name}>", "result-table, map-described", description);
        }

        // "{"<AREA_ID>": <PAGE_ID>}" with a table of one row, <AREA_ID>: the result is a map of that row's type.
        if (!isList && PlaceholderKey(fields) is { } keyRow)
        {
            var objects = items.Where(i => i.ValueKind == JsonValueKind.Object).ToList();
            return new ImportedResult($"map<{ValueType(keyRow, objects, page.ResultObjects, context.Prefix + "Result", isInput: false, context, depth: 0)}>", "result-table, placeholder-key", description);
        }

        if (isObject && (fields.Count > 0 || item is { ValueKind: JsonValueKind.Object }))
        {
            var name = context.Name(context.Prefix + (isList ? "Item" : "Result"));
            var summary = isList ? $"An item of the result of {page.MethodName}." : $"The result of {page.MethodName}.";
            context.Add(new ImportedType(name, description.Length > 0 ? $"{summary} {description}" : summary, false,
                Fields(fields, page.ResultObjects, items, name, isInput: false, context, depth: 1)));
            return new ImportedResult(isList ? name + "[]" : name, fields.Count > 0 ? "result-table" : "example-object", description);
        }

        if (row is null && example is null)
        {
            return null;
        }

        var scalar = TypeRules.Decide(row ?? new DocField("result", false, string.Empty, null, string.Empty), items);
        return new ImportedResult(isList && !scalar.Expression.EndsWith("[]", StringComparison.Ordinal) ? scalar.Expression + "[]" : scalar.Expression, scalar.Rule, description);
    }

    /// <summary>
    /// A map of field descriptions (<see cref="FieldDescriptionRule"/>), as the result itself or under its only member
    /// (<c>{"fields": {...}}</c>): the scope's shared description type.
    /// </summary>
    private static ImportedResult? FieldDescriptions(JsonElement result, MethodPage page, Context context)
    {
        // One shared type per folder (one assembly), named after the method's root word.
        var map = $"map<{FieldDescriptionRule.TypeName(ImportedMethod.FolderOf(page.MethodName))}>";
        var minimum = page.MethodName.EndsWith("fields", StringComparison.OrdinalIgnoreCase) ? 1 : 3;
        if (FieldDescriptionRule.Applies(result, minimum))
        {
            context.UsesFieldDescriptions = true;
            return new ImportedResult(map, "field-descriptions", $"The fields of {page.MethodName}'s items, by name.");
        }

        if (result.ValueKind == JsonValueKind.Object && result.EnumerateObject().ToList() is [var only] && FieldDescriptionRule.Applies(only.Value, minimum) && UsableName().IsMatch(only.Name))
        {
            context.UsesFieldDescriptions = true;
            var name = context.Name(context.Prefix + "Result");
            context.Add(new ImportedType(name, $"The result of {page.MethodName}.", false, [new ImportedField(only.Name, map, "field-descriptions", false, "The fields, by name.")]));
            return new ImportedResult(name, "field-descriptions", string.Empty);
        }

        return null;
    }

    /// <summary>The method's scope: the page's scope line, else the method's first word.</summary>
    internal static string Scope(MethodPage page) =>
        page.Scopes.FirstOrDefault(s => UsableName().IsMatch(s))?.ToLowerInvariant() ?? page.MethodName.Split('.')[0];

    /// <summary>Typed fields of one object: table rows (with the example's values), else the example's members.</summary>
    private static List<ImportedField> Fields(IReadOnlyList<DocField> rows, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects, IReadOnlyList<JsonElement> examples, string owner, bool isInput, Context context, int depth)
    {
        var fields = new List<ImportedField>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var shown = examples.Where(e => e.ValueKind == JsonValueKind.Object).ToList();
        var respelled = ExampleSpelling.Respell(ref rows, shown, caseOnly: isInput);
        if (!isInput && depth < MaxDepth && Wrapper(rows, shown) is { } wrapper)
        {
            return [Wrapped(wrapper, rows, objects, shown, owner, isInput, context, depth)];
        }

        // The table's rows, then (for requests, or when there is no table) what the example shows beyond them: a
        // request type without a parameter the docs' own example sends could not send it.
        var shownNames = shown.SelectMany(e => e.EnumerateObject()).Select(m => m.Name).Distinct(StringComparer.Ordinal).ToList();
        var tableNames = rows.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fromExample = rows.Count == 0 || isInput
            ? shownNames.Where(n => !tableNames.Contains(n) && !(rows.Count > 0 && PortalFieldRule.IsPortalField(n)) && !(isInput && depth == 0 && n == "auth")).Select(name => new DocField(name, false, string.Empty, null, string.Empty)).ToList()
            : [];
        foreach (var row in rows.Concat(fromExample))
        {
            if (!UsableName().IsMatch(row.Name) || !seen.Add(Names.Pascal(row.Name)))
            {
                continue;
            }

            var values = shown.Select(e => Member(e, row.Name, anyCase: isInput)).OfType<JsonElement>().ToList();
            var (type, rule) = Refined(row, values, FieldType(row, values, objects, owner, isInput, context, depth), isInput, context);
            if (rows.Count > 0 && fromExample.Contains(row))
            {
                rule = "request-example, " + rule;
            }
            else if (respelled.Contains(row.Name))
            {
                rule = ExampleSpelling.Rule + ", " + rule;
            }

            // A field the table marks required that the page's own request example leaves out is not required: the docs
            // show the call working without it (an update's fields, a nested object's optional parts).
            var required = isInput && row.Required;
            if (required && shown.Count > 0 && values.Count == 0)
            {
                required = false;
                rule = "example-omits, " + rule;
            }

            fields.Add(new ImportedField(row.Name, type, rule, required, TextCleaner.OneLine(row.Description))
            {
                // A member every generated type has (Finalize, AdditionalFields...) cannot name a field: suffix it.
                Name = s_reservedMembers.Contains(Names.Pascal(row.Name)) ? Names.Pascal(row.Name) + "Field" : null,
            });
        }

        return fields;
    }

    /// <summary>
    /// What the values and the page say beyond the field's own type: a request code in quotes (<c>example-text</c>), a
    /// result field only an example shows (<c>example-only</c>), a page's TypeScript shape (<c>ts-null</c>), and a
    /// value that may be <c>false</c> (<c>false-described</c>).
    /// </summary>
    private static (string Type, string Rule) Refined(DocField row, IReadOnlyList<JsonElement> values, (string Type, string Rule) decided, bool isInput, Context context)
    {
        var (type, rule) = decided;
        if (isInput && rule == "example" && QuotedDigits(type, values, row.Name))
        {
            // The request example sends "80715150" (RQ_OKPO): a code in quotes, leading zeros and all, is sent as text.
            return ("string", "example, example-text");
        }

        if (!isInput && rule == "example" && type is "int" or "double" or "string" or "bool" && !row.Name.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            // Only an example shows the field (no table row, or a word that says nothing of it): what else the
            // portal sends there is unknown, null included (a task without a deadline); an item's own id is always
            // there. Amounts shown whole are still amounts (a price of 1500 is a price of 1500.5 on another order).
            // Digits in quotes that are no ID or amount ("COMMENT_TEXT": "1") are text that happened to be a number.
            type = AmountName().IsMatch(row.Name) && type == "int" ? "double"
                : QuotedDigits(type, values, row.Name) ? "string"
                : type;
            (type, rule) = (type + "?", "example, example-only");
        }

        if (!isInput && context.NullableNames.Contains(row.Name) && !type.EndsWith('?') && !type.Contains('|', StringComparison.Ordinal) && type != "any")
        {
            // The page's TypeScript shape says "dateActiveFrom: ISODate | null".
            (type, rule) = (type + "?", rule + ", ts-null");
        }

        // An object here and false there in the examples says it as well as the description.
        var showsFalse = values.Any(v => v.ValueKind == JsonValueKind.False) && values.Any(v => v.ValueKind == JsonValueKind.Object);
        return !isInput && OrFalse(type, row.Description, showsFalse) ? ($"{type.TrimEnd('?')} | bool", rule + ", false-described") : (type, rule);
    }

    /// <summary>An <c>int</c> from an example of digits in quotes, for a field whose name does not say it is an ID.</summary>
    private static bool QuotedDigits(string type, IReadOnlyList<JsonElement> values, string name) =>
        type == "int" && values.Count > 0 && values.All(v => v.ValueKind == JsonValueKind.String) && !TypeRules.IsIdName(name);

    private static (string Type, string Rule) FieldType(DocField row, IReadOnlyList<JsonElement> values, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects, string owner, bool isInput, Context context, int depth)
    {
        if (isInput && depth == 0 && QueryMapRule.Of(row.Name) is { } query && QueryMapRule.IsObject(row.Type, values))
        {
            return (query.Type + (values.Any(v => v.ValueKind == JsonValueKind.Null) ? "?" : string.Empty), query.Rule);
        }

        // PHP writes an empty object as [] and "none" as false: beside objects, they say nothing about the shape.
        if (values.Any(v => v.ValueKind == JsonValueKind.Object) && values.All(v => v.ValueKind is not JsonValueKind.Array || v.GetArrayLength() == 0))
        {
            values = [.. values.Where(v => v.ValueKind is not (JsonValueKind.Array or JsonValueKind.False))];
        }

        var decision = TypeRules.Decide(row, values);
        if (decision.Expression.TrimEnd('?') == "string" && decision.Rule is "doc-type" or "nullable-example" && EnumRule.Values(row, values) is { } enumValues)
        {
            var name = context.Name(owner + Names.Pascal(row.Name));
            context.Add(new ImportedType(name, $"The values of {owner}.{row.Name}.", isInput, []) { EnumValues = enumValues });
            return (name + (decision.Expression.EndsWith('?') ? "?" : string.Empty), EnumRule.Rule);
        }

        if (!decision.IsAny || depth >= MaxDepth)
        {
            return (decision.Expression, decision.Rule);
        }

        var isList = row.Type.EndsWith("[]", StringComparison.Ordinal) || row.Type.Equals("array", StringComparison.OrdinalIgnoreCase) || values.Any(v => v.ValueKind == JsonValueKind.Array);
        var items = values.SelectMany(v => v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v]).Where(v => v.ValueKind != JsonValueKind.Null).ToList();
        if (items.Any(i => i.ValueKind != JsonValueKind.Object) || (isList && values.Any(v => v.ValueKind == JsonValueKind.Object)))
        {
            // Shapes that disagree (an object here, a scalar or a list there): left as any.
            return (decision.Expression, decision.Rule);
        }

        var nullable = values.Any(v => v.ValueKind == JsonValueKind.Null) ? "?" : string.Empty;
        var table = Anchor(row, objects);
        if (table is not null && !isList && PlaceholderKey(table) is { } keyRow)
        {
            return ($"map<{ValueType(keyRow, items, objects, owner + Names.Pascal(row.Name), isInput, context, depth)}>" + nullable, "placeholder-key");
        }

        if (table is not null && items.Count == 0 && !isList && TypeRules.IsIdName(row.Name))
        {
            // CURRENCY_ID typed [crm_currency](...): the link names the object the ID points at; the ID is what goes
            // over the wire ("CURRENCY_ID": "USD"). Currencies and symbolic codes are text, other IDs numbers.
            var text = row.Name.Contains("currency", StringComparison.OrdinalIgnoreCase) || row.Description.Contains("symbolic", StringComparison.OrdinalIgnoreCase) || row.Description.Contains("code", StringComparison.OrdinalIgnoreCase);
            return ((text ? "string" : "int") + nullable, "reference-id");
        }
        if (table is null && items.Count > 0 && IsMap(items, isInput) is { } mapType)
        {
            // Objects by ID or language ({"de": {"TITLE": ...}}): their fields typed as any object the example shows.
            mapType = mapType == "map<any>" && !isList ? DescribedMap(row, items, null, objects, owner, isInput, context, depth) : mapType;
            return ((isList ? mapType + "[]" : mapType) + nullable, "map-keys");
        }

        // "Each field type (USER_TYPE_ID) has its own set of settings": the table shows one type's; any other is sent too.
        if (!isList && PerTypeSettings().IsMatch(row.Description))
        {
            return ("map<any>" + nullable, "per-type-settings");
        }

        // "An object where the key is the code of the parameter", {"access_code":"permission_level"}: a map, whatever keys the example shows.
        if (!isList && (KeyedField().IsMatch(row.Description) || KeyValueFormat().IsMatch(row.Description)))
        {
            return (DescribedMap(row, items, table, objects, owner, isInput, context, depth) + nullable, "map-described");
        }

        if (table is not null || items.Any(i => i.EnumerateObject().Any()))
        {
            var name = context.Name(owner + Names.Pascal(row.Name));
            context.Add(new ImportedType(name, TextCleaner.OneLine(row.Description) is { Length: > 0 } d ? d : $"The {row.Name} of {owner}.", isInput,
                Fields(table ?? [], objects, items, name, isInput, context, depth + 1)));
            return ((isList ? name + "[]" : name) + nullable, table is not null ? "linked-table" : "example-object");
        }

        return (decision.Expression, decision.Rule);
    }

    /// <summary>The one row of a table that describes a map's values under a placeholder name (<c>&lt;AREA_ID&gt;</c>), or null.</summary>
    private static DocField? PlaceholderKey(IReadOnlyList<DocField> table) =>
        table is [var only] && PlaceholderName().IsMatch(only.Name) ? only : null;

    /// <summary>The type of a placeholder row's values, from the row and the values of the objects the examples show.</summary>
    private static string ValueType(DocField keyRow, IReadOnlyList<JsonElement> maps, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects, string owner, bool isInput, Context context, int depth)
    {
        var values = maps.Where(m => m.ValueKind == JsonValueKind.Object).SelectMany(m => m.EnumerateObject()).Select(m => m.Value).ToList();
        return FieldType(keyRow with { Name = "Value" }, values, objects, owner, isInput, context, depth + 1).Type;
    }

    /// <summary>
    /// The value type of a map the description tells of: the table the row links to (the value's fields: "the key of the
    /// object is the user ID, the value is the queue"), the values' common scalar type, a type made from the values when
    /// they are objects, else <c>any</c>; <c>string</c> when no example shows it (<c>{"access_code":"permission_level"}</c>).
    /// </summary>
    private static string DescribedMap(DocField row, List<JsonElement> items, IReadOnlyList<DocField>? table, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects, string owner, bool isInput, Context context, int depth)
    {
        var values = items.SelectMany(i => i.EnumerateObject()).Select(m => m.Value).Where(v => v.ValueKind != JsonValueKind.Null).ToList();
        if (table is null && values.Count == 0)
        {
            return KeyValueFormat().IsMatch(row.Description) && !row.Description.Contains("lang_1", StringComparison.Ordinal) ? "map<string>" : "map<any>";
        }

        if (table is not null || (values.All(v => v.ValueKind == JsonValueKind.Object) && values.Any(v => v.EnumerateObject().Any())))
        {
            var name = context.Name(owner + Names.Pascal(row.Name) + "Value");
            context.Add(new ImportedType(name, $"A value of {owner}.{row.Name}, by key.", isInput, Fields(table ?? [], objects, values.Where(v => v.ValueKind == JsonValueKind.Object).ToList(), name, isInput, context, depth + 1)));
            return $"map<{name}>";
        }

        return MapOf(values);
    }

    /// <summary>
    /// The one member every example has when the table describes what is inside it, not the example itself: the
    /// docs' <c>{"numerator": {...}}</c> for a table of the numerator's fields. Null when the table fits as it is.
    /// </summary>
    private static string? Wrapper(IReadOnlyList<DocField> rows, List<JsonElement> shown)
    {
        if (rows.Count == 0 || shown.Count == 0 || shown.Any(e => e.EnumerateObject().Take(2).Count() != 1))
        {
            return null;
        }

        var name = shown[0].EnumerateObject().First().Name;
        var rowNames = rows.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var inner = shown.Select(e => e.TryGetProperty(name, out var value) ? value : (JsonElement?)null).ToList();
        if (rowNames.Contains(name) || inner.Any(v => v is null) || !UsableName().IsMatch(name) || MapKey().IsMatch(name))
        {
            return null;
        }

        var items = inner.SelectMany(v => v!.Value.ValueKind == JsonValueKind.Array ? v.Value.EnumerateArray().ToList() : [v.Value]).ToList();
        return items.Count > 0 && items.All(i => i.ValueKind == JsonValueKind.Object) && items.Any(i => i.EnumerateObject().Any(m => rowNames.Contains(m.Name)))
            ? name
            : null;
    }

    /// <summary>The wrapper member, its type typed from the table and the example one level down.</summary>
    private static ImportedField Wrapped(string wrapper, IReadOnlyList<DocField> rows, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects, List<JsonElement> shown, string owner, bool isInput, Context context, int depth)
    {
        var values = shown.Select(e => e.GetProperty(wrapper)).ToList();
        var isList = values.Any(v => v.ValueKind == JsonValueKind.Array);
        var items = values.SelectMany(v => v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v]).ToList();
        var name = context.Name(owner + Names.Pascal(wrapper));
        context.Add(new ImportedType(name, $"The {wrapper} of {owner}.", isInput, Fields(rows, objects, items, name, isInput, context, depth + 1)));
        return new ImportedField(wrapper, isList ? name + "[]" : name, "example-wrapper", false, string.Empty);
    }

    /// <summary>
    /// The member <paramref name="name"/> of an example object; with <paramref name="anyCase"/>, also spelled in another
    /// case (a request example's <c>FIELDS</c> for the table's <c>fields</c>).
    /// </summary>
    private static JsonElement? Member(JsonElement example, string name, bool anyCase)
    {
        if (example.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        return anyCase ? example.EnumerateObject().Where(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(m => (JsonElement?)m.Value).FirstOrDefault() : null;
    }

    /// <summary>
    /// <c>map&lt;T&gt;</c> for objects whose keys are IDs, access codes or language codes, or (in requests) are data rather than names
    /// (<c>#MONEY#</c>, <c>.landing-block-node-text</c>, <c>TASKS_TASK|UF_CRM_TASK</c>: a request type would not send
    /// them; a result type keeps them in <c>AdditionalFields</c>), and whose values share a type.
    /// </summary>
    private static string? IsMap(IReadOnlyList<JsonElement> values, bool isInput)
    {
        var members = values.SelectMany(v => v.EnumerateObject()).ToList();
        var languages = members.Any(m => s_languages.Contains(m.Name)) && members.All(m => s_languages.Contains(m.Name) || m.Name == "id");
        if (members.Count == 0 || !(languages || members.All(m => MapKey().IsMatch(m.Name)) || (isInput && members.Any(m => !UsableName().IsMatch(m.Name)))))
        {
            return null;
        }

        return MapOf(members.Select(m => m.Value));
    }

    /// <summary>The table a field links to: its type's <c>#anchor</c>, else the first <c>(#anchor)</c> link of its description.</summary>
    private static IReadOnlyList<DocField>? Anchor(DocField field, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects)
    {
        // Same page (#anchor), or another page's table that LinkedTables added under the link itself.
        if ((field.TypeLink is ['#', .. var own] && objects.TryGetValue(own, out var table)) || (field.TypeLink is { } link && objects.TryGetValue(link, out table)))
        {
            return table;
        }

        return AnchorLink().Matches(field.Description).Select(m => m.Groups[1].Value).Where(objects.ContainsKey).Select(a => objects[a]).FirstOrDefault()
            ?? Titled(field.Name, objects);
    }

    /// <summary>
    /// A table under a heading that names the field without an anchor to link to (<c>### Parameter fields</c>,
    /// <c>### fields Object</c>, rule <c>linked-table</c> as for a link): the row itself does not point at it.
    /// </summary>
    private static IReadOnlyList<DocField>? Titled(string name, IReadOnlyDictionary<string, IReadOnlyList<DocField>> objects)
    {
        foreach (var (title, table) in objects)
        {
            // A heading's title, or its anchor ({#parameter-fields}) with the words joined by '-'.
            var words = title.Replace("`", string.Empty, StringComparison.Ordinal).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // The heading's spelling may differ in case from the row's (### Parameter fields for FIELDS).
            if (words is [var first, var second] && ((IsName(second) && IsPlace(first)) || (IsName(first) && IsPlace(second))))
            {
                return table;
            }
        }

        return null;

        bool IsName(string word) => string.Equals(word, name, StringComparison.OrdinalIgnoreCase);
        static bool IsPlace(string word) => word is "Parameter" or "parameter" or "Object" or "object";
    }

    private static JsonElement? Json(string? text) => text is null ? null : ExampleJson.Read(text).Value;

    /// <summary>The types made so far, with unique names (a table reached twice makes two types; deduplication comes later).</summary>
    private sealed class Context(string prefix)
    {
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        public string Prefix { get; } = prefix;

        public List<ImportedType> Types { get; } = [];

        public bool UsesFieldDescriptions { get; set; }

        /// <summary>Names the page's TypeScript shapes declare as <c>T | null</c>.</summary>
        public IReadOnlySet<string> NullableNames { get; init; } = new HashSet<string>();

        public string Name(string wanted)
        {
            var name = wanted;
            for (var i = 2; !_names.Add(name); i++)
            {
                name = wanted + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return name;
        }

        public void Add(ImportedType type) => Types.Add(type);
    }
}
