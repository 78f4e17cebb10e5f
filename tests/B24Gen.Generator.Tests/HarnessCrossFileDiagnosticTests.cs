using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;

namespace B24Gen.Generator.Tests;

/// <summary>
/// Problems only the whole schema shows (names that clash across files, a user's file against the stock schema, paging
/// that needs an <c>ID</c> declared elsewhere) under the standard harness: the diagnostic is the only one, in the file
/// the user must change, at its line and column, saying what matters, and whatever is still generated compiles.
/// </summary>
public class HarnessCrossFileDiagnosticTests
{
    /// <summary>One case: the files, whether the hand-written stock schema is beside them, and the one diagnostic expected.</summary>
    public sealed record CrossFileCase(string Name, (string Path, string Text)[] Files, bool WithStock, string Id, string Path, int Line, int Column, params string[] Says)
    {
        public override string ToString() => Name;
    }

    private const string Things = "types:\n  Thing:\n    fields:\n      ID: int\n      NAME: string\n";

    private static string ListYaml(string paging, string result = "Thing[]") =>
        $"method: demo.thing.list\nparams:\n  filter: map<any>\n  order: map<string>\nresult: {result}\npaging: {paging}\nkind: read\n";

    private static CrossFileCase Clash(string name, string clashing, string path, int column, params (string Path, string Text)[] files) =>
        new(name, files, false, "B24G0017", path, 1, column, clashing, "'name:'");

    private static CrossFileCase Member(string name, string body, string reason, int line, int column) =>
        new(name, [("/s/a.yaml", "types:\n  Thing:\n    " + body)], false, "B24G0008", "/s/a.yaml", line, column, reason);

    private static CrossFileCase AgainstStock(string name, string yaml, string id, int line, int column, params string[] says) =>
        new(name, [("/app/b24/bad.yaml", yaml)], true, id, "/app/b24/bad.yaml", line, column, says);

    private static CrossFileCase Paging(string name, string list, string types, params string[] says) =>
        new(name, [("/s/demo.thing.list.yaml", list), ("/s/types.yaml", types)], false, "B24G0010", "/s/demo.thing.list.yaml", 6, 9, says);

    public static TheoryData<CrossFileCase> Cases => new(
    [
        // Generated names that clash: the later method is left out.
        Clash("two methods with one descriptor and request type", "'ABCGetRequest'", "/s/b.yaml", 9,
            ("/s/a.yaml", "method: a.b.c.get\nkind: read\n"), ("/s/b.yaml", "method: a_b.c.get\nkind: read\n")),
        Clash("ListAllAsync of a paged list beside a method list_all", "'ListAllAsync'", "/s/b.yaml", 9,
            ("/s/a.yaml", "method: demo.thing.list\nkind: read\nresult: 'int[]'\npaging: start\n"), ("/s/b.yaml", "method: demo.thing.list_all\nkind: read\n")),
        Clash("GetWithResponseAsync of get beside a verb GetWithResponse", "'GetWithResponseAsync'", "/s/b.yaml", 9,
            ("/s/a.yaml", "method: demo.thing.get\nkind: read\n"), ("/s/b.yaml", "method: demo.thing.getwr\nkind: read\nname: GetWithResponse\n")),
        Clash("a type named like a request type", "'DemoThingGetRequest'", "/s/b.yaml", 9,
            ("/s/a.yaml", "types:\n  DemoThingGetRequest:\n    fields: { ID: int }\n"), ("/s/b.yaml", "method: demo.thing.get\nkind: read\n")),
        Clash("a type named like a group class", "'DemoThingApi'", "/s/b.yaml", 9,
            ("/s/a.yaml", "types:\n  DemoThingApi:\n    enum: [a]\n"), ("/s/b.yaml", "method: demo.thing.get\nkind: read\n")),
        Clash("a group named like a method of its parent", "'GetAsync'", "/s/a.yaml", 9,
            ("/s/a.yaml", "method: demo.get\nkind: read\n"), ("/s/b.yaml", "method: demo.get_async.run\nkind: read\n")),
        Clash("a scope named client beside B24Api.Client", "'Client'", "/s/a.yaml", 9,
            ("/s/a.yaml", "method: client.thing.get\nkind: read\n")),
        Clash("a group named like its parent's class", "'DemoApi'", "/s/a.yaml", 9,
            ("/s/a.yaml", "method: demo.demo_api.get\nkind: read\n")),
        Clash("two methods with one verb in one group", "'DemoThingGetRequest'", "/s/b.yaml", 9,
            ("/s/a.yaml", "method: demo.thing.get\nkind: read\n"), ("/s/b.yaml", "method: demo.thing.fetch\nkind: read\nname: Get\n")),

        // Type and member names the generated code or the runtime already uses; a renamed one is reported at its name:.
        .. new[] { ("B24Client", "starts with 'B24'"), ("B24Response", "starts with 'B24'"), ("B24Api", "declares itself"), ("B24Methods", "declares itself"), ("JsonConverters", "declares itself") }
            .Select(t => new CrossFileCase($"a type named {t.Item1}", [("/s/a.yaml", $"types:\n  {t.Item1}:\n    fields: {{ ID: int }}\n")], false, "B24G0020", "/s/a.yaml", 2, 3, t.Item2)),
        Member("a field JsonType", "fields:\n      JsonType: int\n", "every generated type already has", 4, 7),
        Member("a field WriteProperties", "fields:\n      WriteProperties: int\n", "every generated type already has", 4, 7),
        Member("a field renamed _set", "fields:\n      x: { type: int, name: _set }\n", "starts with '_'", 4, 29),
        Member("an enum value named JsonType", "enum: [{ value: a, name: JsonType }]\n", "every generated type already has", 3, 30),
        Member("an enum value named _value", "enum: [{ value: a, name: _value }]\n", "starts with '_'", 3, 30),
        Member("an input type's field JsonType", "input: true\n    fields:\n      JsonType: int\n", "every generated type already has", 5, 7),
        new("a parameter JsonType", [("/s/a.yaml", "method: demo.thing.get\nkind: read\nparams:\n  JsonType: int\n")], false, "B24G0008", "/s/a.yaml", 4, 3),

        // A user's file against the stock schema: reported in the user's file, never in the package's.
        AgainstStock("a partial type the stock schema lacks", "types:\n  CalendarEvnt:\n    partial: true\n    fields: { UF_X: int }\n", "B24G0015", 2, 3),
        AgainstStock("a partial field the stock type has", "types:\n  CalendarEvent:\n    partial: true\n    fields:\n      NAME: string\n", "B24G0008", 5, 7),
        AgainstStock("a partial field named like AdditionalFields", "types:\n  CalendarEvent:\n    partial: true\n    fields:\n      additional_fields: string\n", "B24G0008", 5, 7),
        AgainstStock("fields added to a stock enum", "types:\n  CalendarType:\n    partial: true\n    fields: { UF_X: int }\n", "B24G0010", 2, 3, "is an enum"),
        AgainstStock("a value the stock enum has", "types:\n  CalendarType:\n    partial: true\n    enum: [user]\n", "B24G0008", 2, 3),
        AgainstStock("a stock type declared again", "types:\n  CalendarEvent:\n    fields: { UF_X: int }\n", "B24G0011", 2, 3),

        // Paging checked against the item type, wherever it is declared; the method is still generated, paged by start.
        .. new[] { ("no ID field", "types:\n  Thing:\n    fields:\n      NAME: string\n"), ("ID is a string", "types:\n  Thing:\n    fields:\n      ID: string\n"), ("ID is nullable", "types:\n  Thing:\n    fields:\n      ID: int?\n"), ("id in lower case", "types:\n  Thing:\n    fields:\n      id: int\n") }
            .Select(t => Paging($"fast paging, {t.Item1}", ListYaml("fast"), t.Item2, "has no field 'ID' of type int", "paging: start")),
        Paging("fast paging over an enum", ListYaml("fast"), "types:\n  Thing:\n    enum: [a, b]\n", "is an enum", "paging: start"),
        .. new[] { ("start", "Thing"), ("fast", "Thing"), ("start", "map<Thing>"), ("fast", "Thing[]?") }
            .Select(t => Paging($"paging: {t.Item1} over {t.Item2}", ListYaml(t.Item1, t.Item2), Things, "needs a list result")),
        new("fast paging over a list of scalars", [("/s/demo.thing.list.yaml", ListYaml("fast", "int[]"))], false, "B24G0010", "/s/demo.thing.list.yaml", 6, 9, "named object type"),

        // Events: each code is described once, and its class takes a free name.
        new CrossFileCase("two files describe one event", [("/s/a.yaml", "event: OnThingAdd\n"), ("/s/b.yaml", "event: onThingAdd\nname: ThingAdded\n")], false, "B24G0022", "/s/b.yaml", 1, 8, "'ONTHINGADD'", "'/s/a.yaml'"),
        new CrossFileCase("an event class named like a type", [("/s/a.yaml", "types:\n  ThingAddEvent:\n    fields: { ID: int }\n"), ("/s/b.yaml", "event: OnThingAdd\n")], false, "B24G0023", "/s/b.yaml", 1, 8, "'ThingAddEvent'", "'/s/a.yaml'"),
        new CrossFileCase("two events with one class", [("/s/a.yaml", "event: OnThingAdd\n"), ("/s/b.yaml", "event: ONTHINGADDED\nname: ThingAdd\ndata: { id: int }\n")], false, "B24G0023", "/s/b.yaml", 1, 8, "'ThingAddEvent'", "'ONTHINGADD'"),
        AgainstStock("an event the stock schema describes", "event: OnCalendarEntryAdd\nname: MyEntryAdd\n", "B24G0022", 1, 8, "'ONCALENDARENTRYADD'"),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_diagnostic_is_the_only_one_and_in_the_file_to_change(CrossFileCase example)
    {
        var test = new SchemaHarnessTest { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        if (example.WithStock)
        {
            test.AddStockSchema();
        }

        foreach (var (path, text) in example.Files)
        {
            test.AddFile(path, text, "B24GenSchema");
        }

        test.ExpectDiagnostic(example.Id, example.Path, example.Line, example.Column, example.Says);

        await test.RunAsync();
    }
}
