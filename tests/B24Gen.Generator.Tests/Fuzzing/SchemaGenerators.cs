using B24Gen.Generator.Tests.TestSupport;
using CsCheck;

namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>
/// CsCheck generators of schema sets for the generator fuzzer. A case is built structure first (a vocabulary of
/// method words, a pool of type names, a definition for each type, methods that use them, incoming events: see
/// SchemaGenerators.Events.cs), so most references
/// resolve and most cases reach the C# compiler; then each part draws names that clash with C# keywords, the
/// runtime's and the BCL's types, the generated infrastructure and each other. A few percent of the choices are
/// plain mistakes (unknown types, bad expressions, invalid names) so the diagnostics paths run too, and some files
/// are stock schema files mutated line by line, or empty.
/// </summary>
internal static partial class SchemaGenerators
{
    // Words of method names: ordinary ones, C# keywords, the generated infrastructure, names that give the same
    // PascalCase (a_b / a.b, ab), verbs that end in All or WithResponse.
    private static readonly string[] s_words =
    [
        "crm", "deal", "item", "user", "acc", "echo", "calendar", "section", "get", "list", "add", "update", "delete",
        "class", "string", "int", "event", "object", "default", "params", "namespace", "value", "equals", "to_string",
        "b24", "api", "methods", "client", "json", "type", "json_type", "json_converters", "additional_fields", "request",
        "types", "task", "json_element", "cancellation_token", "write_properties", "b24_api", "b24_methods", "b24_client",
        "b24_method_kind", "b24_paging", "b24_json_type", "argument_null_exception", "b24_date", "string_comparer",
        "all", "with_response", "get_all", "get_with_response", "list_all", "get_async", "async",
        "a", "b", "a_b", "ab", "x1", "_x", "A", "Get", "getbyid",
    ];

    // Type names that the generated code or the runtime already uses, members every type has, lower-case names.
    private static readonly string[] s_nastyTypeNames =
    [
        "B24Api", "B24Methods", "B24Client", "B24Response", "B24Exception", "Task", "CancellationToken", "JsonElement",
        "Utf8JsonReader", "Utf8JsonWriter", "JsonTokenType", "IReadOnlyList", "IReadOnlyDictionary", "Dictionary", "String",
        "Object", "Exception", "DateTimeOffset",
        "JsonConverters", "JsonType", "AdditionalFields", "WriteProperties", "Client", "B24Date", "B24DateTime", "B24Union",
        "B24ObjectReader", "B24ObjectWriter", "B24ObjectType", "B24EnumType", "B24JsonType", "B24Method", "B24MethodKind",
        "B24Paging", "B24JsonConverterFactory", "B24MethodException", "B24Batch", "ArgumentNullException", "StringComparer",
        "StringComparison", "Type", "IEquatable", "JsonConverter", "SetsRequiredMembers", "ReadOnlyDictionary",
        "IAsyncEnumerable", "Equals", "ToString", "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone",
        "CanConvert", "CreateConverter", "HandleNull", "JsonTypeOf", "B24Gen", "Api", "System", "Value", "Int64",
        "Nullable", "Id", "Item", "_",
    ];

    private static readonly string[] s_reservedTypeNames =
    [
        "B24Api", "B24Methods", "B24Client", "B24Response", "B24Exception", "Task", "CancellationToken", "JsonElement",
        "Utf8JsonReader", "Utf8JsonWriter", "JsonTokenType", "IReadOnlyList", "IReadOnlyDictionary", "Dictionary", "String",
        "Object", "Exception", "DateTimeOffset",
    ];

    private static readonly string[] s_lowerTypeNames = ["item", "yn", "date", "any", "map", "var", "record", "file", "required", "value", "reader", "int", "class"];

    private static readonly string[] s_stockTypeNames = ["CalendarType", "CalendarSection", "CalendarReminder", "CrmDeal", "CrmDealStageSemantic"];

    private static readonly string[] s_primitives = ["string", "int", "double", "bool", "yn", "date", "datetime", "timestamp", "any"];

    private static readonly string[] s_undefinedTypes = ["Nope", "Undefined", "INT", "Int", "list", "Map", "T"];

    private static readonly string[] s_invalidExpressions =
        ["T??", "map<int", "int |", "[]", "map<>", "int[", "(int", "int | string | bool", "int | int", "map<int>>", "a b", "<>", "", " ", "int[] ]", "map<int, string>"];

    private static readonly string[] s_plainWireNames =
    [
        "ID", "id", "NAME", "name", "TITLE", "owner_id", "ownerId", "OWNER_ID", "timezoneOffsetUTC", "UF_CRM_1", "uf_crm_1",
        "DATE_CREATE", "view_time", "type", "from", "to", "filter", "select", "order", "start", "items",
    ];

    // Wire names that still give a valid C# name, but odd or clashing ones.
    private static readonly string[] s_oddValidWireNames =
    [
        "~NAME", "~ID", "ключ", "Ärger", "ß", "ǆ", "漢字", "class", "field", "value", "Value", "VALUE", "a b", "a-b", "a.b",
        "a__b", "_x", "json_type", "JSON_TYPE", "write_properties", "additional_fields", "reader",
        "writer", "index", "B24_JSON_TYPE", "b24_date", "argument_null_exception", "é_t", "Id", "iD",
        "client", "request", "cancellation_token", "b24_methods", "string_comparer",
    ];

    // Wire names whose PascalCase is not a C# identifier: they need a name: override.
    private static readonly string[] s_invalidWireNames =
        ["3_9", "", "_", "__", "~", "x\u2028y", "q\"x", "<tag>", "&amp;", "😀x", "x\ty", "١٢", "Ⅻ", "x\u200by", "1", "a/b", "x\\y", "a\u0301", "x\u00ady"];

    // Names every generated type already has (Equals, ToString...): rejected by the generator, so drawn only now and then.
    private static readonly string[] s_memberClashNames = ["equals", "to_string", "get_hash_code", "Equals", "ToString", "additional_fields", "AdditionalFields"];

    // name: overrides that the generator accepts (most) and a few it must reject.
    private static readonly string[] s_validOverrides =
    [
        "Field1", "Other", "Value", "Id", "Item", "JsonType", "WriteProperties", "reader", "writer", "index", "value", "_value",
        "Client", "B24JsonType", "ArgumentNullException", "StringComparer", "nameof", "var", "_", "Équipe", "__arglist",
        "B24Methods", "field", "type", "client", "request", "cancellationToken", "_client",
    ];

    private static readonly string[] s_invalidOverrides = ["class", "my field", "", "@class", "1x", "x-y", "int"];

    private static readonly string[] s_verbOverrides =
    [
        "Get", "GetAll", "GetWithResponse", "List", "ListAll", "B24Methods", "B24Api", "Client", "get", "Get1", "_", "All",
        "WithResponse", "Echo", "Async", "JsonType", "B24MethodKind", "B24Paging", "B24JsonType", "__arglist",
    ];

    private static readonly string[] s_groupOverrides = ["", "a.b", "b24", "client", "b24_methods", "A B", "json_type", "a.a_api", "b24_api"];

    private static readonly string[] s_enumValues =
    [
        "a", "A", "a_b", "A_B", "ab", "user", "USER", "company_calendar", "location", "JsonType", "json_type", "_value", "value", "Value", "class", "ArgumentNullException", "StringComparer", "StringComparison",
        "string_comparison", "ключ", "ß", "x y", "~X", "y", "n", "null", "true",
    ];

    private static readonly string[] s_invalidEnumValues = ["1", "", "3_9", "q\"uote", "back\\slash", "tab\tx", "line\u2028sep", " ", "-", "😀"];

    private static readonly string[] s_enumNameOverrides = ["One", "JsonType", "_value", "value", "Value", "ToString", "Other", "class", ""];

    private static readonly string[] s_texts =
    [
        "Plain text.", "Uses `code`, <tags> & ampersands.", "multi\nline\ntext", "quote \" and 'apos' and \\ backslash",
        "line\u2028separator", "para\u2029separator", "next\u0085line", "control\u0001char", "tab\tchar", "`unclosed code",
        "*/ /* // -->", "<para>start", "trailing space ", "unicode ключ 漢字 😀", "bad \ufffe char", "]]> <![CDATA[", "&lt; already",
        "cref=\"T:X\" <see cref=\"Nope\"/>", "{0} {1}", "\r\nwindows\r\nlines", "   ", "",
    ];

    private static readonly string[] s_docs =
        ["https://apidocs.bitrix24.com/api-reference/x.html", "https://example.com/a\"b", "https://example.com/?a=1&b=2", "not a url", "<x>"];

    private static readonly string[] s_emptyishFiles =
    [
        "", " ", "\n", "# only a comment\n", "---\n", "~\n", "null\n", "[]\n", "{}\n", "---\n---\n", "\ufeff", "method:\n", "types:\n",
        "types: {}\n", "params: {}\n", "method: a.b\n---\nmethod: c.d\n", "\t", "types: []\n", "method: [a]\n", "'just a string'\n",
    ];

    private static readonly string[] s_mutationTokens = ["JsonType", "class", "B24Api", "int", "map<", "?", "[]", "|", ":", "- ", "{", "}", "\"", "'", "&a", "*a", "!!str", "~"];

    private static readonly Lazy<FuzzFile[]> s_stockFiles = new(() => GeneratorHarness.StockSchema()
        .Select(t => new FuzzFile(t.Path, t.GetText()!.ToString()))
        .ToArray());

    /// <summary>
    /// Four stock files that need no others (calendar.types, calendar.section.get, crm.deal.types, crm.deal.list): the
    /// whole stock schema takes about a second to compile, this part a tenth of that.
    /// </summary>
    private static FuzzFile[] SmallStock => field ??= StockFiles
        .Where(f => Path.GetFileName(f.Path) is "calendar.types.yaml" or "calendar.section.get.yaml" or "crm.deal.types.yaml" or "crm.deal.list.yaml")
        .ToArray();

    /// <summary>The stock schema files, at their real paths (so the generator treats them as stock).</summary>
    public static IReadOnlyList<FuzzFile> StockFiles => s_stockFiles.Value;

    /// <summary>A whole fuzz case: 1-4 user files, sometimes with stock files beside them, and build properties.</summary>
    public static Gen<FuzzCase> Case { get; } =
        Gen.Frequency(
            (88, Gen.OneOf(s_words).Array[2, 6].SelectMany(Structured)),
            (6, MutatedStock()),
            (3, Gen.OneOf(s_emptyishFiles).Array[1, 3].Select(texts => texts.Select((t, i) => new FuzzFile($"/fuzz/{i}/empty{i}.yaml", t)).ToArray())),
            (3, Gen.Select(MutatedStock(), Gen.OneOf(s_words).Array[2, 5].SelectMany(Structured), (a, b) => a.Concat(b.Select(f => f with { Path = "/fuzz/s" + f.Path })).ToArray())))
        .Select(Properties(), (files, properties) => new FuzzCase(files, properties));

    private static Gen<IReadOnlyDictionary<string, string>> Properties() =>
        Gen.Frequency(
            (85, Gen.Const<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>())),
            (15, Gen.Select(
                Gen.OneOf("", "", "public", "internal", "internal", "protected"),
                Gen.OneOf("", "", "", "Contoso.Bitrix", "B24Gen", "Acme.Type", "Acme.JsonElement", "Acme.B24Date", "Acme.Task", "System", "1Bad"),
                Gen.Frequency((12, Gen.Const("")), (1, Gen.OneOf("crm", "calendar;acc", "a"))),
                (visibility, ns, scopes) =>
                {
                    var properties = new Dictionary<string, string>();
                    if (visibility.Length > 0)
                    {
                        properties["B24GenVisibility"] = visibility;
                    }

                    if (ns.Length > 0)
                    {
                        properties["B24GenNamespace"] = ns;
                    }

                    if (scopes.Length > 0)
                    {
                        properties["B24GenScopes"] = scopes;
                    }

                    return (IReadOnlyDictionary<string, string>)properties;
                })));

    /// <summary>
    /// The names one case draws from, so its methods, types and fields clash with each other often. A case is either
    /// clean (every choice is one the generator should accept: the names still clash with C# and the generated code,
    /// which is the point) or chaotic (mistakes too: unknown types, invalid names, duplicates, bad values).
    /// </summary>
    private sealed record Vocabulary(string[] Words, string[] Types, bool Chaos, FuzzFile[] Stock, string[] StockTypes);

    /// <summary>A named type's definition, with what methods and partial declarations need to know of it.</summary>
    private sealed record TypeDefinitionModel(string Name, bool IsEnum, bool HasId, Y Definition);

    private static Gen<FuzzFile[]> Structured(string[] allWords)
    {
        var setup = Gen.Select(
            Gen.Int[0, 99],
            Gen.Frequency((84, Gen.Const(Array.Empty<FuzzFile>())), (12, Gen.Const(SmallStock)), (4, Gen.Const(StockFiles.ToArray()))));
        return setup.SelectMany((chaosRoll, stock) =>
        {
            var chaos = chaosRoll < 25;
            var words = chaos ? allWords : allWords.Where(w => !w.StartsWith('_')).DefaultIfEmpty("item").ToArray();
            var nasty = chaos ? s_nastyTypeNames : s_nastyTypeNames.Except(s_reservedTypeNames).ToArray();
            var lower = chaos ? s_lowerTypeNames : s_lowerTypeNames.Except(["int", "class", "map"]).ToArray();
            var typeName = Gen.Frequency(
                (12, Gen.Select(Gen.OneOf(words).Array[1, 3], Gen.OneOf("", "", "", "", "", "Request", "Api", "Item"), (ws, suffix) => string.Concat(ws.Select(Pascal)) + suffix)),
                (3, Gen.OneOf(nasty)),
                (1, Gen.OneOf(lower)));
            var stockTypes = stock.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Text, @"^  ([A-Z]\w*):\s*$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value)).ToArray();
            return typeName.Array[1, 5].Select(names => new Vocabulary(
                words,
                names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Where(n => !stockTypes.Contains(n) || chaos).DefaultIfEmpty("Thing").ToArray(),
                chaos,
                stock,
                stockTypes));
        }).SelectMany(Files);
    }

    private static Gen<FuzzFile[]> Files(Vocabulary v)
    {
        var expression = Expression(v);
        return TypeDefinition(v, expression).Array[v.Types.Length, v.Types.Length]
            .Select(Gen.Int[0, 99], (definitions, drop) => v.Types
                .Zip(definitions, (name, d) => v.Chaos ? d with { Name = name } : d with { Name = name, Definition = WithoutMembersNamed(d.Definition, name) })
                .Where((_, i) => !v.Chaos || drop >= 25 || i != 0) // in a chaotic case, now and then a type nobody defines
                .ToArray())
            .SelectMany(definitions => FilesWith(v, expression, definitions));
    }

    private static Gen<FuzzFile[]> FilesWith(Vocabulary v, Gen<string> expression, TypeDefinitionModel[] definitions)
    {
        var partials = Gen.Frequency(
            (75, Gen.Const(Array.Empty<(string Name, Y Definition)>())),
            (25, Partial(v, expression, definitions).Array[1, 2]));
        var methods = Method(v, expression, definitions).Array[0, 3];
        var layout = Gen.Select(Gen.Int[0, 2], Gen.Int[0, 1000].Array[12, 12], Gen.OneOf(v.Words.Append("types").Append("B24Api").Append("x.types").ToArray()).Array[3, 3], Gen.Int[0, 99]);
        var events = Events(v, expression);
        return Gen.Select(partials, methods, layout, events, (extensions, methodDocs, layoutChoice, eventSet) =>
        {
            var (eventDocs, eventRolls) = eventSet;
            var (typeFiles, assignments, stems, ymlRoll) = layoutChoice;
            if (methodDocs.Length == 0 && typeFiles == 0)
            {
                typeFiles = 1;
            }

            // The last file is for partial declarations that would land in the file of the type they extend.
            var fileCount = Math.Min(4, methodDocs.Length + typeFiles);
            var entries = new List<(string Key, Y Value)>[fileCount + 1];
            var fileTypes = new List<(string Key, Y Value)>[fileCount + 1];
            var paths = new string[fileCount + 1];
            for (var i = 0; i <= fileCount; i++)
            {
                fileTypes[i] = [];
                if (i < methodDocs.Length && i < fileCount)
                {
                    entries[i] = [.. methodDocs[i].Entries];
                    var method = methodDocs[i].Name;
                    paths[i] = $"/fuzz/{i}/{(method.Length > 0 ? method : "noname")}{(ymlRoll < 10 ? ".yml" : ".yaml")}";
                }
                else
                {
                    entries[i] = [];
                    paths[i] = $"/fuzz/{i}/{stems[i % stems.Length]}.yaml";
                }
            }

            var slot = 0;
            var homes = new Dictionary<string, int>(StringComparer.Ordinal);
            var eventTypes = eventDocs.Select(d => d.OwnTypes.ToList()).ToArray();
            var moved = 0;
            foreach (var (name, definition) in definitions.Select(d => (d.Name, d.Definition)))
            {
                // Now and then a type lives in an event's file, beside its data.
                if (eventDocs.Length > 0 && eventRolls[moved % eventRolls.Length] < 20 && !eventTypes[moved % eventDocs.Length].Any(t => t.Key == name))
                {
                    eventTypes[moved % eventDocs.Length].Add((name, definition));
                    homes.TryAdd(name, -1);
                    moved++;
                    continue;
                }

                moved++;
                var home = assignments[slot++ % assignments.Length] % fileCount;
                fileTypes[home].Add((name, definition));
                homes.TryAdd(name, home);
            }

            foreach (var (name, definition) in extensions)
            {
                var home = assignments[slot++ % assignments.Length] % fileCount;
                if ((homes.TryGetValue(name, out var owner) && owner == home) || fileTypes[home].Any(t => t.Key == name))
                {
                    home = fileTypes[fileCount].Any(t => t.Key == name) ? -1 : fileCount;
                }

                if (home >= 0)
                {
                    fileTypes[home].Add((name, definition));
                }
            }

            // An event's clashing types and the partial declarations of its data type go to the file of partials (another
            // file than the event's), or to a file of their own when that one has the name already.
            var extraFiles = new List<FuzzFile>();
            for (var e = 0; e < eventDocs.Length; e++)
            {
                var spill = new List<(string Key, Y Value)>();
                foreach (var (name, definition) in eventDocs[e].OtherTypes)
                {
                    (fileTypes[fileCount].Any(t => t.Key == name) ? spill : fileTypes[fileCount]).Add((name, definition));
                }

                if (spill.Count > 0)
                {
                    extraFiles.Add(new FuzzFile($"/fuzz/e{e}x/{eventDocs[e].Stem}.yaml", YamlText.Render(new YMap([("types", new YMap(spill))]))));
                }
            }

            var files = new List<FuzzFile>();
            for (var i = 0; i <= fileCount; i++)
            {
                if (fileTypes[i].Count > 0)
                {
                    entries[i].Add(("types", new YMap(fileTypes[i])));
                }
                else if (entries[i].Count == 0)
                {
                    continue; // a types-only file that got no types (empty files have cases of their own)
                }

                files.Add(new FuzzFile(paths[i], YamlText.Render(new YMap(entries[i]))));
            }

            for (var e = 0; e < eventDocs.Length; e++)
            {
                var doc = eventDocs[e];
                var eventEntries = doc.Entries.ToList();
                if (eventTypes[e].Count > 0)
                {
                    eventEntries.Add(("types", new YMap(eventTypes[e])));
                }

                files.Add(new FuzzFile($"/fuzz/e{e}/{doc.Stem}.yaml", YamlText.Render(new YMap(eventEntries))));
                if (doc.Companion is { } companion)
                {
                    files.Add(new FuzzFile($"/fuzz/c{e}/{companion.Name}.yaml", YamlText.Render(new YMap(companion.Entries))));
                }
            }

            return files.Concat(extraFiles).Concat(v.Stock).ToArray();
        });
    }

    private sealed record MethodDoc(string Name, IReadOnlyList<(string Key, Y Value)> Entries);

    private static Gen<MethodDoc> Method(Vocabulary v, Gen<string> expression, TypeDefinitionModel[] definitions)
    {
        var name = Gen.Frequency(
            (40, Gen.OneOf(v.Words).Array[1, 4].Select(ws => string.Join(".", ws))),
            (v.Chaos ? 10 : 0, Gen.OneOf(s_words).Array[1, 4].Select(ws => string.Join(".", ws))),
            (v.Chaos ? 2 : 0, Gen.OneOf("a..b", ".a", "a.", "1a.b", "a b.c", "a-b.c", "")));
        var methodEntry = Gen.Frequency(
            (60, name.Select(n => (Name: n, Node: (Y?)n))),
            (v.Chaos ? 2 : 0, Gen.Const((Name: "", Node: (Y?)null))),
            (v.Chaos ? 2 : 0, Gen.Const((Name: "", Node: (Y?)Y.Null))));
        var verbs = s_verbOverrides.Concat(v.Words.Select(Pascal)).Where(s => s.Length > 0).ToArray();
        var header = Gen.Select(
            Maybe(10, Gen.Frequency((10, Gen.OneOf(v.Words.Append("crm").Append("calendar").ToArray())), (1, Gen.OneOf("", "Crm", "x y")))),
            Maybe(30, Text()),
            Maybe(15, Text()),
            Maybe(10, Gen.OneOf(s_docs).Select(s => (Y)s)),
            Maybe(50, Gen.Frequency((30, Gen.OneOf("read", "write")), (v.Chaos ? 3 : 0, Gen.OneOf("maybe", "Read", "")))),
            Maybe(20, Gen.Frequency((10, Gen.OneOf(verbs)), (v.Chaos ? 2 : 0, Gen.OneOf("get-by-id", "", "class", "1x")))),
            Maybe(12, Gen.Frequency((10, Gen.OneOf(s_groupOverrides.Concat(v.Words).ToArray())), (3, Gen.OneOf(v.Words).Array[1, 2].Select(ws => string.Join(".", ws))), (v.Chaos ? 3 : 0, Gen.OneOf("x..y", ".", "a.", "class.x")))),
            (scope, summary, description, docs, kind, verb, group) => new List<(string, Y?)>
            {
                ("scope", scope), ("summary", summary), ("description", description), ("docs", docs), ("kind", kind),
                ("name", verb), ("group", group),
            });
        var parameters = Maybe(65, Fields(v, expression, isParams: true, owner: null).Select(m => (Y)m));

        // A list of a named type can be paged; fast paging needs an object type with ID: int.
        var objects = definitions.Where(d => !d.IsEnum).ToArray();
        var listResults = definitions.Length == 0 ? Gen.Const((Text: "int[]", Fast: false)) : Gen.OneOf(definitions).Select(d => (Text: d.Name + "[]", Fast: d.HasId && !d.IsEnum));
        var pagedResult = Gen.Select(listResults, Gen.Int[0, 99], (list, roll) =>
            (Result: (Y?)list.Text, Paging: (Y?)Scalar(roll < 40 ? "start" : roll < 80 && (list.Fast || v.Chaos) ? "fast" : roll < 90 ? "none" : null)));
        var plainResult = Gen.Select(expression, Maybe(60, Text()), Gen.Int[0, 99], (e, d, roll) =>
            (Result: roll < 70 ? (Y?)e : Map(("type", e), ("description", d)),
             Paging: (Y?)Scalar(v.Chaos && roll >= 92 ? (roll < 96 ? "start" : roll < 98 ? "fast" : "slow") : roll >= 85 ? "none" : null)));
        var result = Gen.Frequency(
            (40, plainResult),
            (objects.Length > 0 || v.Chaos ? 15 : 0, pagedResult),
            (8, Gen.Const((Result: (Y?)null, Paging: (Y?)null))),
            (v.Chaos ? 2 : 0, Gen.Const((Result: (Y?)Map(("description", (Y)"no type")), Paging: (Y?)null))));
        var errors = Maybe(10, Gen.Select(Gen.OneOf("", "ACCESS_DENIED", "x\u2028y"), Gen.OneOf<string>(v.Chaos ? ["400", "503", "abc", "99"] : ["400", "503"]), Text(), (code, status, message) =>
            (Y)new YList([new YMap([("code", code), ("status", new YRaw(status)), ("message", message)], Flow: true)])));
        var order = Gen.Int[0, 99];
        return Gen.Select(methodEntry, header, parameters, result, errors, order, (method, head, ps, r, e, o) =>
        {
            var all = new List<(string Key, Y? Value)> { ("method", method.Node) };
            all.AddRange(head);
            all.Add(("params", ps));
            all.Add(("result", r.Result));
            all.Add(("paging", r.Paging));
            all.Add(("errors", e));
            if (o < 3)
            {
                all.Add(("requried", "true")); // an unknown key: a warning only
            }

            return new MethodDoc(method.Name, all.Where(x => x.Value is not null).Select(x => (x.Key, x.Value!)).ToList());
        });
    }

    private static Gen<TypeDefinitionModel> TypeDefinition(Vocabulary v, Gen<string> expression)
    {
        var fields = Gen.Select(Gen.Int[0, 99], Fields(v, expression, isParams: false, owner: null), (id, map) =>
            (Body: (Y)(id < 35 ? map with { Entries = map.Entries.Where(e => Normalize(e.Key) != "id").Prepend(("ID", (Y)"int")).ToArray() } : map), HasId: id < 35));
        var body = Gen.Frequency(
            (60, fields.Select(f => (Key: "fields", f.Body, f.HasId))),
            (30, EnumValues(v).Select(e => (Key: "enum", Body: e, HasId: false))),
            (v.Chaos ? 2 : 0, Gen.Const((Key: "fields", Body: Y.Null, HasId: false))),
            (v.Chaos ? 2 : 0, Gen.Const((Key: "enum", Body: (Y)"a", HasId: false))));
        return Gen.Select(body, Gen.Int[0, 99], Gen.Int[0, 99], Maybe(20, Text()), Maybe(10, Text()), (b, extra, flags, summary, description) =>
        {
            var isEnum = b.Key == "enum";
            if (v.Chaos && extra < 8)
            {
                Y broken = extra switch
                {
                    < 3 => Map(("summary", summary), ("fields", new YMap([("ID", "int")])), ("enum", new YList(["a"], Flow: true))),
                    < 5 => Map(("summary", summary)),
                    < 6 => "not a mapping",
                    < 7 => Map(("enum", new YList(["a"], Flow: true)), ("input", Y.True)),
                    _ => Map(("fields", new YMap([])), ("input", "maybe")),
                };
                return new TypeDefinitionModel("", isEnum, false, broken);
            }

            var input = !isEnum && flags < 20;
            return new TypeDefinitionModel("", isEnum, b.HasId && !input, Map(
                ("summary", summary),
                ("description", description),
                ("partial", flags is 97 ? Y.False : null),
                ("input", input ? Y.True : null),
                (b.Key, b.Body)));
        });
    }

    /// <summary>A type's definition without the fields or values whose C# name would be the type's own (the generator rejects those).</summary>
    private static Y WithoutMembersNamed(Y definition, string typeName)
    {
        if (definition is not YMap map)
        {
            return definition;
        }

        bool Keep(string wireName, Y node)
        {
            var name = node is YMap { Entries: var spec } && spec.FirstOrDefault(e => e.Key == "name").Value is YScalar { Text: var overrideName } ? overrideName : null;
            return name is null ? Normalize(wireName) != Normalize(typeName) : name != typeName;
        }

        return map with
        {
            Entries = map.Entries.Select(e => e switch
            {
                ("fields", YMap fields) => (e.Key, (Y)(fields with { Entries = fields.Entries.Where(f => Keep(f.Key, f.Value)).ToArray() })),
                ("enum", YList values) => (e.Key, values with
                {
                    Items = values.Items.Where(item => item switch
                    {
                        YScalar scalar => Keep(scalar.Text, scalar),
                        YMap { Entries: var spec } => Keep(spec.FirstOrDefault(x => x.Key == "value").Value is YScalar { Text: var value } ? value : "", item),
                        _ => true,
                    }).ToArray(),
                }),
                _ => e,
            }).ToArray(),
        };
    }

    /// <summary>A <c>partial: true</c> declaration: of a type of the case or of an included stock type (of the same kind), or, when chaotic, of anything.</summary>
    private static Gen<(string Name, Y Definition)> Partial(Vocabulary v, Gen<string> expression, TypeDefinitionModel[] definitions)
    {
        var stockObjects = v.StockTypes.Where(t => !t.EndsWith("Type", StringComparison.Ordinal)).ToArray();
        var targets = definitions.Select(d => (d.Name, d.IsEnum)).Concat(stockObjects.Select(t => (Name: t, IsEnum: false))).ToArray();
        var target = Gen.Frequency(
            (targets.Length > 0 ? 10 : 0, targets.Length > 0 ? Gen.OneOf(targets) : Gen.Const(("Thing", false))),
            (v.Chaos || targets.Length == 0 ? 2 : 0, Gen.Select(Gen.OneOf(s_stockTypeNames.Concat(s_undefinedTypes).Concat(v.Types).ToArray()), Gen.Bool, (n, e) => (n, e))));
        return Gen.Select(target, Fields(v, expression, isParams: true, owner: null), EnumValues(v), Gen.Int[0, 99], (t, fields, values, roll) =>
        {
            var isEnum = v.Chaos && roll < 5 ? !t.Item2 : t.Item2;
            return (t.Item1, (Y)Map(("partial", Y.True), (isEnum ? "enum" : "fields", isEnum ? values : fields)));
        });
    }

    /// <summary>0-5 fields or parameters, keyed by wire names (distinct, but for a chaotic case's duplicates).</summary>
    private static Gen<YMap> Fields(Vocabulary v, Gen<string> expression, bool isParams, string? owner) =>
        Gen.Select(Field(v, expression, isParams).Array[0, 5], Gen.Int[0, 99], (fields, roll) =>
        {
            var distinct = v.Chaos && roll < 15
                ? fields
                : fields.DistinctBy(f => v.Chaos ? f.Key : Normalize(f.Key)).Where(f => owner is null || Normalize(f.Key) != Normalize(owner)).ToArray();
            return new YMap(distinct, Flow: false);
        });

    /// <param name="extraWires">More wire names, drawn as often as the plain ones (an event's data: <c>data</c>, <c>auth</c>...).</param>
    /// <param name="extraOverrides">More <c>name:</c> overrides (an event's data: <c>Envelope</c>, <c>EventType</c>...).</param>
    private static Gen<(string Key, Y Value)> Field(Vocabulary v, Gen<string> expression, bool isParam, string[]? extraWires = null, string[]? extraOverrides = null)
    {
        // (Empty when every name of a clean case is a member clash: words equals and to_string, type Equals.)
        var derived = v.Types.Concat(v.Types.Select(Screaming)).Concat(v.Words).Where(s => s.Length > 0 && (v.Chaos || !IsMemberClash(s))).DefaultIfEmpty("thing").ToArray();
        var wire = Gen.Frequency(
            (40, Gen.OneOf(s_plainWireNames).Select(w => (Wire: w, Valid: true))),
            (24, Gen.OneOf(derived).Select(w => (Wire: w, Valid: LooksValid(w)))),
            (20, Gen.OneOf(s_oddValidWireNames).Select(w => (Wire: w, Valid: true))),
            (8, Gen.OneOf(s_invalidWireNames).Select(w => (Wire: w, Valid: false))),
            (v.Chaos ? 4 : 1, Gen.OneOf(s_memberClashNames).Select(w => (Wire: w, Valid: true))),
            (extraWires is null ? 0 : 40, Gen.OneOf(extraWires ?? ["x"]).Select(w => (Wire: w, Valid: true))));
        var overrideName = Gen.Frequency(
            (20, Gen.OneOf(s_validOverrides.Concat(v.Types.Where(LooksValid)).ToArray())),
            (extraOverrides is null ? 0 : 10, Gen.OneOf(extraOverrides ?? ["x"])),
            (v.Chaos ? 2 : 0, Gen.OneOf(s_invalidOverrides)));
        return Gen.Select(wire, expression, Gen.Int[0, 99], overrideName, Gen.Int[0, 99], Maybe(15, Text()), Gen.Int[0, 99], (w, type, roll, name, required, description, style) =>
        {
            // An odd wire name comes with a name: override, as a user would write it (but for a chaotic case's mistakes).
            var withName = w.Valid ? roll < 15 : !v.Chaos || roll < 85;
            Y? requiredNode = isParam && required < 35 ? (required < 30 ? Y.True : required < 33 || !v.Chaos ? Y.False : "maybe") : null;
            if (!withName && requiredNode is null && description is null && style < 60)
            {
                return (w.Wire, (Y)type);
            }

            if (v.Chaos && style < 3)
            {
                return (w.Wire, style < 2 ? Y.Null : Map(("description", (Y)"no type")));
            }

            var spec = new List<(string Key, Y? Value)> { ("type", type), ("required", requiredNode), ("description", description), ("name", withName ? (Y)name : null) };
            return (w.Wire, new YMap(spec.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!)).ToArray(), Flow: style % 2 == 0));
        });
    }

    private static Gen<Y> EnumValues(Vocabulary v) =>
        Gen.Select(EnumMember(v).Array[0, 5], Gen.Int[0, 99], (values, roll) =>
        {
            var distinct = v.Chaos && roll < 15 ? values : values.DistinctBy(m => v.Chaos ? m.Value : Normalize(m.Name ?? m.Value)).ToArray();
            return (Y)new YList(distinct.Select(m => m.Node).ToArray(), Flow: distinct.All(m => m.Node is YScalar));
        });

    private static Gen<(string Value, string? Name, Y Node)> EnumMember(Vocabulary v)
    {
        var value = Gen.Frequency(
            (48, Gen.OneOf(s_enumValues).Select(x => (Value: x, Valid: true))),
            (12, Gen.OneOf(v.Types.Where(t => v.Chaos || !IsMemberClash(t)).DefaultIfEmpty("Other").ToArray()).Select(x => (Value: x, Valid: LooksValid(x)))),
            (12, Gen.OneOf(s_invalidEnumValues).Select(x => (Value: x, Valid: false))),
            (v.Chaos ? 4 : 1, Gen.OneOf(s_memberClashNames).Select(x => (Value: x, Valid: true))));
        var names = s_enumNameOverrides.Concat(v.Types).Where(n => v.Chaos || (LooksValid(n) && !IsMemberClash(n))).ToArray();
        return Gen.Select(value, Gen.Int[0, 99], Gen.OneOf(names), Maybe(10, Text()), (x, roll, name, description) =>
        {
            var withName = x.Valid ? roll < 15 : !v.Chaos || roll < 85;
            if (!withName && description is null)
            {
                return (x.Value, null, (Y)x.Value);
            }

            Y node = Map(("value", x.Value), ("name", withName ? (Y)name : null), ("description", description)) with { Flow = true };
            return (x.Value, withName ? name : null, node);
        });
    }

    /// <summary>Roughly the generator's rule for a wire name's C# name: PascalCase, then a C# identifier that is not a keyword.</summary>
    private static bool LooksValid(string name)
    {
        var pascal = Normalize(name);
        return pascal.Length > 0 && (char.IsLetter(pascal[0]) || pascal[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or ' ' or '~')
            && !(name.Length > 0 && char.IsDigit(name.TrimStart('~', '_', '.', '-', ' ').FirstOrDefault('x')))
            && name is not ("int" or "class" or "string" or "object" or "event" or "default" or "params" or "namespace");
    }

    /// <summary>Whether a name's C# name is one every generated type has (the generator rejects those as members).</summary>
    private static bool IsMemberClash(string name) =>
        Normalize(name) is "equals" or "gethashcode" or "tostring" or "gettype" or "memberwiseclone" or "referenceequals" or "finalize" or "additionalfields";

    /// <summary>A key for "the same C# name": letters and digits only, lower-cased; <c>~X</c> is <c>rawx</c>.</summary>
    private static string Normalize(string name) =>
        (name.StartsWith('~') ? "raw" : string.Empty) + new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Type expressions up to five levels deep: primitives, the case's types, <c>?</c>, <c>[]</c>, <c>map&lt;&gt;</c>, unions.</summary>
    private static Gen<string> Expression(Vocabulary v)
    {
        var leaf = Gen.Frequency(
            (10, Gen.OneOf(s_primitives).Select(p => (Text: p, Union: false))),
            (10, Gen.OneOf(v.Types).Select(p => (Text: p, Union: false))),
            (v.StockTypes.Length > 0 ? 2 : 0, Gen.OneOf(v.StockTypes.DefaultIfEmpty("int").ToArray()).Select(p => (Text: p, Union: false))),
            (v.Chaos ? 1 : 0, Gen.OneOf(s_stockTypeNames.Concat(s_undefinedTypes).ToArray()).Select(p => (Text: p, Union: false))));
        var levels = new Gen<(string Text, bool Union)>[5];
        levels[0] = leaf;
        for (var depth = 1; depth < levels.Length; depth++)
        {
            var inner = levels[depth - 1];
            levels[depth] = Gen.Frequency(
                (6, leaf),
                (3, inner.Select(t => t.Text.EndsWith('?') ? t : (Text: Postfix(t) + "?", Union: false))),
                (3, inner.Select(t => (Text: Postfix(t) + "[]", Union: false))),
                (2, inner.Select(t => (Text: "map<" + t.Text + ">", Union: false))),
                (2, Gen.Select(inner, inner, (a, b) => a.Text == b.Text && !v.Chaos ? a : (Text: Postfix(a) + " | " + Postfix(b), Union: true))));
        }

        return Gen.Frequency(
            (40, levels[1].Select(t => t.Text)),
            (25, levels[2].Select(t => t.Text)),
            (10, levels[4].Select(t => t.Text)),
            (v.Chaos ? 2 : 0, Gen.OneOf(s_invalidExpressions)));

        static string Postfix((string Text, bool Union) t) => t.Union ? "(" + t.Text + ")" : t.Text;
    }

    private static Gen<Y> Text() => Gen.Frequency((8, Gen.Const("A sentence.")), (3, Gen.OneOf(s_texts))).Select(s => (Y)s);

    /// <summary>A stock file with 1-3 mutations (line deleted or duplicated, tokens swapped or replaced, text truncated), as a user file, often beside the stock types.</summary>
    private static Gen<FuzzFile[]> MutatedStock()
    {
        var mutation = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], Gen.OneOf(s_mutationTokens), Mutate);
        return Gen.Select(Gen.OneOf(StockFiles.ToArray()), mutation.Array[1, 3], Gen.Int[0, 99], (file, mutations, withTypes) =>
        {
            var text = mutations.Aggregate(file.Text, (t, m) => m(t));
            var mutated = new FuzzFile("/fuzz/m/" + Path.GetFileName(file.Path), text);
            // Often beside the stock files it may use (its own stock version is then replaced: information B24G0014).
            var typeFiles = withTypes < 50 ? SmallStock : withTypes < 55 ? StockFiles : [];
            return typeFiles.Prepend(mutated).ToArray();
        });
    }

    private static Func<string, string> Mutate(int kind, int a, int b, string token) => text =>
    {
        var lines = text.Split('\n').ToList();
        var line = a % Math.Max(1, lines.Count);
        switch (kind)
        {
            case 0 when lines.Count > 0:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 1 when lines.Count > 0:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case 2:
            {
                var tokens = System.Text.RegularExpressions.Regex.Matches(text, @"[\w~]+|[^\w\s]");
                if (tokens.Count < 2)
                {
                    return text;
                }

                var (first, second) = (tokens[a % tokens.Count], tokens[b % tokens.Count]);
                if (first.Index > second.Index)
                {
                    (first, second) = (second, first);
                }

                if (first.Index == second.Index)
                {
                    return text;
                }

                return text[..first.Index] + second.Value + text[(first.Index + first.Length)..second.Index] + first.Value + text[(second.Index + second.Length)..];
            }

            case 3:
                return text[..(a % (text.Length + 1))];
            case 4:
            {
                var tokens = System.Text.RegularExpressions.Regex.Matches(text, @"[\w~]+");
                if (tokens.Count == 0)
                {
                    return text;
                }

                var victim = tokens[a % tokens.Count];
                return string.Concat(text.AsSpan(0, victim.Index), token, text.AsSpan(victim.Index + victim.Length));
            }

            case 5 when lines.Count > 0:
                lines[line] = (b % 2 == 0 ? " " : string.Empty) + (lines[line].StartsWith(' ') && b % 3 == 0 ? lines[line][1..] : lines[line]);
                return string.Join('\n', lines);
            default:
            {
                var other = StockFiles[b % StockFiles.Count].Text.Split('\n');
                lines.Insert(line, other[a % other.Length]);
                return string.Join('\n', lines);
            }
        }
    };

    private static Gen<Y?> Maybe(int percent, Gen<string> gen) => Maybe(percent, gen.Select(s => (Y)s));

    private static Gen<Y?> Maybe(int percent, Gen<Y> gen) =>
        Gen.Frequency((percent, gen.Select(y => (Y?)y)), (100 - percent, Gen.Const((Y?)null)));

    private static YScalar? Scalar(string? text) => text is null ? null : new YScalar(text);

    private static YMap Map(params (string Key, Y? Value)[] entries) =>
        new(entries.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!)).ToArray());

    /// <summary>PascalCase of a snake_case word, as the generator derives C# names from method words.</summary>
    internal static string Pascal(string word) =>
        string.Concat(word.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary><c>AccEcho</c> to <c>ACC_ECHO</c>: a wire name whose PascalCase is the type's name.</summary>
    private static string Screaming(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
