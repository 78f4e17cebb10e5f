using B24Gen.Generator.Parsing;
using CsCheck;

namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>
/// The incoming events of a structured case (<c>event:</c> documents): 0-2 per case, each in a file of its own (now and
/// then with <c>types:</c>), with codes made of the case's words (mixed, upper or lower case), <c>name:</c> values from the type-name
/// pool and the names the event's classes and their base class use, data fields named like <c>B24Event</c>'s members,
/// types named like the event's classes, <c>partial: true</c> declarations of its data type, a method whose names or
/// hint name meet the event's, and (chaotic cases) duplicates, bad codes and bad values.
/// </summary>
internal static partial class SchemaGenerators
{
    // The stock events' codes, as the docs spell them and in one case (which needs a name:).
    private static readonly string[] s_stockEventCodes = ["OnCalendarEntryAdd", "OnCalendarSectionDelete", "OnCrmDealUpdate", "onCrmDealAdd", "ONCRMDEALDELETE"];

    // Classes of stock events, for types named like them.
    private static readonly string[] s_stockEventClasses = ["CalendarEntryAddEvent", "CrmDealUpdateEvent", "CalendarSectionDeleteEventData", "CrmDealAddEventData"];

    // Codes the generator must reject (B24G0021): empty, not a scalar, not letters-digits-underscore, not starting with a letter.
    private static readonly Y[] s_badEventCodes =
    [
        "", " ", "On Thing", "1OnThing", "On-Thing", "On.Thing", "\u041en" + "Thing", "On\U0001F600", "_OnThing", "On\u2028Thing",
        Y.Null, new YList(["OnThing"], Flow: true), new YMap([("a", "b")], Flow: true),
    ];

    // name: values whose classes ({Name}Event, {Name}EventData) meet the runtime's event types (B24Event, IB24Event,
    // B24RawEvent, B24EventType...), the members of B24Event<T>, the stock events, the generated infrastructure.
    private static readonly string[] s_eventNames =
    [
        "B24", "IB24", "B24Raw", "B24Event", "B24EventType", "B24EventEnvelope", "Data", "Envelope", "EventCode", "EventType", "Code",
        "Auth", "Timestamp", "Offline", "RawData", "ReadProblems", "On", "CalendarEntryAdd", "CrmDealUpdate", "Thing", "ThingEvent",
        "ThingEventData", "JsonConverters", "B24Api", "B24Methods", "Api", "Event", "EventData", "Item", "Value", "Type",
        "Equals", "ToString", "GetType", "JsonType", "AdditionalFields", "WriteProperties", "_", "_x", "X",
    ];

    // Wire names of data fields named like the members of B24Event / B24Event<T> and the event class (EventCode, EventType).
    private static readonly string[] s_eventWireNames =
    [
        "data", "DATA", "Data", "event_code", "EVENT_CODE", "event_type", "envelope", "auth", "AUTH", "code", "CODE", "raw_data",
        "read_problems", "timestamp", "ts", "offline", "event", "event_data", "FIELDS", "id", "ID", "Fields",
    ];

    // name: overrides of data fields, the same members.
    private static readonly string[] s_eventMemberNames =
        ["Data", "Envelope", "EventCode", "EventType", "Code", "Auth", "RawData", "ReadProblems", "Timestamp", "Offline", "Event", "Fields"];

    /// <summary>Documentation links (a backtick is no code span in a URL); s_docs is another file's, so not a field initializer.</summary>
    private static string[] EventDocs => field ??= [.. s_docs, "https://example.com/`a`b"];

    private static readonly string[] s_eventScopes = ["crm", "calendar", "", "Crm", "x y", "a<b>&c", "line\u2028sep", "`code`", "q\"uote", "back\\slash"];

    /// <summary>An event document, what the generator should make of it, and what goes beside it in other files.</summary>
    /// <param name="Code">The code as written (when it is a string).</param>
    /// <param name="Name">The C# name the generator derives (<c>name:</c> or the code), or null when it cannot.</param>
    /// <param name="Stem">The file name without <c>.yaml</c>.</param>
    /// <param name="Entries">The document, without <c>types:</c>.</param>
    /// <param name="OwnTypes">Types of the event's own file.</param>
    /// <param name="OtherTypes">Types for another file: named like the event's classes, or partial declarations of its data.</param>
    /// <param name="Companion">A method whose names or hint name meet the event's.</param>
    private sealed record EventDoc(
        string Code,
        string? Name,
        string Stem,
        IReadOnlyList<(string Key, Y Value)> Entries,
        IReadOnlyList<(string Key, Y Value)> OwnTypes,
        IReadOnlyList<(string Name, Y Definition)> OtherTypes,
        MethodDoc? Companion);

    /// <summary>0-2 events (half of the cases have none), related to each other now and then; and rolls for placing the case's types.</summary>
    private static Gen<(EventDoc[] Docs, int[] Rolls)> Events(Vocabulary v, Gen<string> expression)
    {
        var one = Event(v, expression);
        var docs = Gen.Frequency(
            (50, Gen.Const(Array.Empty<EventDoc>())),
            (35, one.Array[1, 1]),
            (15, one.Array[2, 2]));
        return Gen.Select(docs, Gen.Int[0, 99].Array[6, 6], (d, rolls) => (Relate(v, d, rolls[0], rolls[1]), rolls[2..]));
    }

    /// <summary>Two events of one case: now and then the same code (a duplicate), the same name, a name in another case, or data that uses the other's.</summary>
    private static EventDoc[] Relate(Vocabulary v, EventDoc[] docs, int roll, int other)
    {
        if (docs.Length < 2)
        {
            return docs;
        }

        var (first, second) = (docs[0], docs[1]);
        if (v.Chaos && roll < 30)
        {
            // The same event twice (B24G0022): as written, or upper case with a name.
            second = roll % 2 == 0
                ? second with { Code = first.Code, Entries = With(second.Entries, "event", first.Code) }
                : second with { Code = first.Code.ToUpperInvariant(), Entries = With(With(second.Entries, "event", first.Code.ToUpperInvariant()), "name", second.Name ?? "Other") };
        }
        else if (first.Name is { Length: > 0 } name && roll >= 30 && roll < (v.Chaos ? 50 : 40))
        {
            // The same class (B24G0023), or one that differs in case only (its generated file's name does not).
            var clash = roll < (v.Chaos ? 40 : 35) ? name : (char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) : char.ToUpperInvariant(name[0])) + name[1..];
            second = second with { Name = clash, Entries = With(second.Entries, "name", clash) };
        }

        if (first.Name is { } firstName && other < 15 && second.Entries.FirstOrDefault(e => e.Key == "data").Value is YMap data)
        {
            // The second event's data holds the first's.
            var field = (Y)(other < 8 ? firstName + "EventData" : firstName + "EventData[]?");
            second = second with { Entries = With(second.Entries, "data", data with { Entries = data.Entries.Where(e => e.Key != "OTHER").Append(("OTHER", field)).ToArray() }) };
        }

        return [first, second];
    }

    private static Gen<EventDoc> Event(Vocabulary v, Gen<string> expression)
    {
        // A clean case keeps to names the generator takes (not B24..., not _...): those are the chaotic cases' to try.
        var firstWords = v.Chaos ? v.Words : v.Words.Where(w => !IsReservedEventName(Pascal(w))).DefaultIfEmpty("thing").ToArray();
        var phrase = Gen.Select(Gen.OneOf(firstWords), Gen.OneOf(v.Words).Array[0, 2], (first, rest) => Pascal(first) + string.Concat(rest.Select(Pascal)))
            .Select(p => p.Length > 0 && char.IsAsciiLetter(p[0]) ? p : "Thing" + p);
        var goodCode = Gen.Frequency(
            (40, phrase.Select(p => "On" + p)),
            (10, phrase.Select(p => "on" + p)),
            (8, phrase),
            (12, phrase.Select(p => "ON" + p.ToUpperInvariant())),
            (6, phrase.Select(p => "on" + p.ToLowerInvariant())),
            (5, Gen.OneOf(s_stockEventCodes)));
        var code = Gen.Frequency(
            (94, goodCode.Select(c => (Node: (Y)c, Code: c, Valid: true))),
            (v.Chaos ? 6 : 0, Gen.OneOf(s_badEventCodes).Select(n => (Node: n, Code: n is YScalar { Text: var t } ? t : "", Valid: false))));

        var lower = v.Chaos ? s_lowerTypeNames : s_lowerTypeNames.Where(NameMapper.IsValidIdentifier).ToArray();
        var validTypes = v.Types.Where(t => v.Chaos || (NameMapper.IsValidIdentifier(t) && !IsReservedEventName(t))).DefaultIfEmpty("Thing").ToArray();
        var namePool = Gen.Frequency(
            (10, Gen.OneOf(validTypes)),
            (8, phrase),
            (5, Gen.OneOf(v.Chaos ? s_eventNames : s_eventNames.Where(n => !IsReservedEventName(n)).ToArray())),
            (3, Gen.OneOf(v.Chaos ? s_nastyTypeNames : s_nastyTypeNames.Except(s_reservedTypeNames).Where(n => !IsReservedEventName(n)).ToArray())),
            (2, Gen.OneOf(lower)),
            (4, Gen.Select(phrase, Gen.OneOf("Request", "Api", "ApiExtensions", "Extensions", "Event", "EventData", "Data", "FieldExtensions"), (p, s) => p + s)),
            (v.Chaos ? 3 : 0, Gen.OneOf(s_invalidOverrides.Append("event").Append("1On").ToArray())));
        var naming = Gen.Select(code, Gen.Int[0, 99], namePool, (c, roll, pooled) =>
        {
            var oneCase = c.Valid && IsOneCase(c.Code);
            var give = oneCase ? !v.Chaos || roll < 85 : roll < 25;
            Y? nameNode = give ? (v.Chaos && roll < 2 ? Y.Null : pooled) : null;
            var given = give && !(v.Chaos && roll < 2) ? pooled : null;
            var effective = given ?? (c.Valid ? DefaultEventName(c.Code) : null);
            return (c.Node, c.Code, NameNode: nameNode, Name: effective is not null && NameMapper.IsValidIdentifier(effective) ? effective : null);
        });

        var auth = Maybe(50, Gen.Frequency(
            (30, Gen.OneOf("user", "refresh", "none").Select(a => (Y)a)),
            (v.Chaos ? 3 : 0, Gen.OneOf<Y>("maybe", "User", "", "tokens", Y.Null, new YList(["user"], Flow: true)))));
        var header = Gen.Select(
            Maybe(40, Gen.Frequency((10, Gen.OneOf(v.Words)), (3, Gen.OneOf(s_eventScopes)))),
            Maybe(50, Text()),
            Maybe(20, Text()),
            Maybe(20, Gen.OneOf(EventDocs).Select(s => (Y)s)),
            auth,
            (scope, summary, description, docs, a) => new List<(string Key, Y? Value)>
            {
                ("scope", scope), ("summary", summary), ("description", description), ("docs", docs), ("auth", a),
            });

        // Its data's types: the case's, and now and then its own data type (nullable, or a list).
        var wires = v.Chaos ? s_eventWireNames : s_eventWireNames.Where(w => !IsMemberClash(w)).ToArray();
        var dataFields = Gen.Select(Field(v, expression, isParam: false, wires, s_eventMemberNames).Array[0, 5], Gen.Int[0, 99], Gen.Int[0, 99], (fields, roll, id) =>
        {
            var distinct = v.Chaos && roll < 15 ? fields : fields.DistinctBy(f => v.Chaos ? f.Key : Normalize(f.Key)).ToArray();
            return (Fields: distinct, Id: id < 35, SelfReference: roll is >= 95 ? (roll % 2 == 0 ? "?" : "[]") : null);
        });
        var data = Gen.Frequency(
            (80, dataFields.Select(f => (Kind: 0, Fields: f.Fields, f.Id, f.SelfReference, Node: (Y?)null))),
            (8, Gen.Const((Kind: 1, Fields: Array.Empty<(string Key, Y Value)>(), Id: false, SelfReference: (string?)null, Node: (Y?)null))),
            (4, Gen.Const((Kind: 2, Fields: Array.Empty<(string Key, Y Value)>(), Id: false, SelfReference: (string?)null, Node: (Y?)Y.Null))),
            (3, Gen.Const((Kind: 3, Fields: Array.Empty<(string Key, Y Value)>(), Id: false, SelfReference: (string?)null, Node: (Y?)new YMap([])))),
            (v.Chaos ? 3 : 0, Gen.OneOf<Y>("not a mapping", new YList(["a"], Flow: true)).Select(n => (Kind: 4, Fields: Array.Empty<(string Key, Y Value)>(), Id: false, SelfReference: (string?)null, Node: (Y?)n))));

        // Beside it: a type named like its class or its data (here or in another file), partial declarations of its data.
        var clashing = Gen.Frequency(
            (v.Chaos ? 90 : 95, Gen.Const((Suffix: (string?)null, Here: false, Definition: (Y)Y.Null))),
            (v.Chaos ? 10 : 5, Gen.Select(Gen.OneOf("Event", "EventData", "Event", "EventData", "stock"), Gen.Int[0, 99], TypeDefinition(v, expression), (suffix, where, d) => (Suffix: (string?)suffix, Here: where < 25, d.Definition))));
        var partial = Gen.Frequency(
            (85, Gen.Const((Y?)null)),
            (15, Gen.Select(Fields(v, expression, isParams: true, owner: null), EnumValues(v), Gen.Int[0, 99], (fields, values, roll) =>
            {
                var asEnum = v.Chaos && roll < 10;
                return (Y?)Map(("partial", Y.True), (asEnum ? "enum" : "fields", asEnum ? values : fields));
            })));
        var companion = Gen.Frequency((92, Gen.Const(-1)), (8, Gen.Int[0, 4]));
        var extras = Gen.Select(clashing, partial, companion, Gen.Int[0, 99], (c, p, m, roll) => (Clashing: c, Partial: p, Companion: m, Roll: roll));
        var stems = Gen.OneOf(v.Words.Append("types").Append("B24Api").Append("x.types").Append("").ToArray());

        return Gen.Select(naming, header, data, extras, stems, (n, head, d, x, stem) =>
        {
            var dataType = n.Name is null ? null : n.Name + "EventData";
            var entries = new List<(string Key, Y? Value)> { ("event", n.Node) };
            if (v.Chaos && x.Roll < 4)
            {
                entries.Add(("method", "a.b")); // both in one file: B24G0021
            }

            entries.Add(("name", n.NameNode));
            entries.AddRange(head);
            if (d.Kind == 0)
            {
                var fields = d.Fields.AsEnumerable();
                if (d.Id)
                {
                    fields = fields.Where(f => Normalize(f.Key) != "id").Prepend(("ID", (Y)"int"));
                }

                if (d.SelfReference is { } postfix && dataType is not null)
                {
                    fields = fields.Where(f => f.Key != "SELF").Append(("SELF", (Y)(dataType + postfix)));
                }

                var map = new YMap(fields.ToArray());
                entries.Add(("data", v.Chaos || dataType is null ? map : ((YMap)WithoutMembersNamed(Map(("fields", map)), dataType)).Entries[0].Value));
            }
            else
            {
                entries.Add(("data", d.Node));
            }

            if (x.Roll is >= 4 and < 7)
            {
                entries.Add(("requried", "true")); // an unknown key: a warning only
            }

            var own = new List<(string Key, Y Value)>();
            var others = new List<(string Name, Y Definition)>();
            if (n.Name is { } name)
            {
                if (x.Clashing.Suffix is { } suffix)
                {
                    // Named like this event's class or data, or like a stock event's (when the case has the stock files).
                    var typeName = suffix != "stock" ? name + suffix : s_stockEventClasses[x.Roll % s_stockEventClasses.Length];
                    var definition = v.Chaos ? x.Clashing.Definition : WithoutMembersNamed(x.Clashing.Definition, typeName);
                    (x.Clashing.Here ? own : others).Add((typeName, definition));
                }

                if (x.Partial is { } declaration && dataType is not null)
                {
                    var definition = v.Chaos ? declaration : WithoutMembersNamed(declaration, dataType);
                    if (v.Chaos && x.Roll >= 95 && own.All(t => t.Key != dataType))
                    {
                        own.Add((dataType, definition)); // in the event's own file: B24G0021
                    }
                    else
                    {
                        others.Add((dataType, definition));
                    }
                }
            }

            var fileStem = x.Roll switch
            {
                < 50 => Kebab(n.Code),
                < 70 => n.Code,
                _ => stem,
            };
            return new EventDoc(
                n.Code,
                n.Name,
                fileStem.Length == 0 || fileStem.Any(c => c is '/' or '\\' or '\u2028') ? "event" : fileStem,
                entries.Where(e => e.Value is not null).Select(e => (e.Key, e.Value!)).ToList(),
                own,
                others,
                n.Name is null ? null : Companion(x.Companion, n.Name));
        });
    }

    /// <summary>
    /// A method that meets the event <paramref name="name"/>: its hint name (<c>xevent.event.g.cs</c> for <c>XEvent.event.g.cs</c>),
    /// a descriptor named like the data type and returning it, a descriptor named like the event's class, the data type as a paged list or a parameter.
    /// </summary>
    private static MethodDoc? Companion(int kind, string name)
    {
        var snake = Snake(name);
        var data = name + "EventData";
        return kind switch
        {
            0 => Doc(name.ToLowerInvariant() + "event.event", ("kind", "read")),
            1 => Doc(snake + "_event_data", ("kind", "read"), ("result", data)),
            2 => Doc(snake + ".event", ("kind", "read"), ("result", data + "[]"), ("paging", "start")),
            3 => Doc("x.get", ("kind", "write"), ("params", new YMap([("data", data)]))),
            4 => Doc(snake + "_event", ("kind", "read"), ("result", data + "?")),
            _ => null,
        };

        static MethodDoc Doc(string method, params (string Key, Y Value)[] entries) => new(method, entries.Prepend(("method", (Y)method)).ToList());
    }

    /// <summary>The generator's rule: a mixed-case code without its <c>On</c>, PascalCased; null for a code all in one case.</summary>
    private static string? DefaultEventName(string code)
    {
        if (IsOneCase(code))
        {
            return null;
        }

        var rest = code.Length > 2 && code[0] is 'O' or 'o' && code[1] is 'N' or 'n' && char.IsUpper(code[2]) ? code[2..] : code;
        return NameMapper.ToPascalCase(rest);
    }

    /// <summary>Whether the generator keeps <paramref name="name"/>'s classes for itself: B24... (the runtime's), _... (like a type's name).</summary>
    private static bool IsReservedEventName(string name) => name.StartsWith("B24", StringComparison.Ordinal) || name.StartsWith('_');

    /// <summary>Whether an (ASCII) code has no lower-case or no upper-case letter: its words cannot be told apart.</summary>
    private static bool IsOneCase(string code) => !code.Any(char.IsLower) || !code.Any(char.IsUpper);

    /// <summary>The entries with <paramref name="key"/> set (replaced in place, or added after <c>event:</c>).</summary>
    private static List<(string Key, Y Value)> With(IReadOnlyList<(string Key, Y Value)> entries, string key, Y value)
    {
        var list = entries.ToList();
        var at = list.FindIndex(e => e.Key == key);
        if (at >= 0)
        {
            list[at] = (key, value);
        }
        else
        {
            list.Insert(Math.Min(1, list.Count), (key, value));
        }

        return list;
    }

    /// <summary><c>OnCrmDealAdd</c> to <c>on-crm-deal-add</c>, as the stock files are named.</summary>
    private static string Kebab(string code) =>
        string.Concat(code.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(code[i - 1]) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary><c>CrmDeal</c> to <c>crm_deal</c>: a method word whose PascalCase is the name.</summary>
    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
