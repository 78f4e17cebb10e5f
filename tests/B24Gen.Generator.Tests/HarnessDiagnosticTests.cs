using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis.Testing;

namespace B24Gen.Generator.Tests;

/// <summary>
/// Every bad input becomes a diagnostic at the YAML file, line and column, and the generator never throws (a throw would
/// be the compiler's CS8785): each case under the standard harness, the file handed over as a build hands it, the
/// case's diagnostic the only one, with its descriptor's severity, and whatever the generator still emits must compile.
/// </summary>
public class HarnessDiagnosticTests
{
    private const string SchemaPath = "/schema/demo/file.yaml";

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // name, yaml, expected id, expected 1-based line, expected 1-based column
        { "YAML syntax error: unclosed flow mapping", "method: demo.thing.get\nparams: { x: int\nresult: int\nkind: read\n", "B24G0001", 2, 9 },
        { "YAML syntax error: bad indentation", "method: demo.thing.get\nparams:\n  x: int\n   y: int\nkind: read\n", "B24G0001", 4, 5 },
        { "missing method", "scope: demo\nparams:\n  x: int\n", "B24G0002", 1, 1 },
        { "missing method, only params", "summary: hi\n\nparams:\n  x: int\n", "B24G0002", 1, 1 },
        { "unknown type name", "method: demo.thing.get\nresult: Thing[]\nkind: read\n", "B24G0003", 2, 9 },
        { "unknown type in a field", "types:\n  Box:\n    fields:\n      ITEM: map<Nope>\n", "B24G0003", 4, 17 },
        { "invalid type expression", "method: demo.thing.get\nresult: map<int\nkind: read\n", "B24G0004", 2, 9 },
        { "union of three", "method: demo.thing.get\nresult: int | string | bool\nkind: read\n", "B24G0004", 2, 9 },
        { "duplicate param", "method: demo.thing.get\nparams:\n  id: int\n  id: string\nkind: read\n", "B24G0006", 4, 3 },
        { "duplicate field", "types:\n  Box:\n    fields:\n      ID: int\n      ID: int\n", "B24G0006", 5, 7 },
        { "duplicate enum value", "types:\n  Kind:\n    enum: [a, b, a]\n", "B24G0006", 3, 18 },
        { "invalid identifier from a wire name", "method: demo.thing.get\nparams:\n  '123': int\nkind: read\n", "B24G0007", 3, 3 },
        { "invalid name override", "method: demo.thing.get\nparams:\n  x: { type: int, name: 'my field' }\nkind: read\n", "B24G0007", 3, 25 },
        { "invalid verb override", "method: demo.thing.get\nname: get-by-id\nkind: read\n", "B24G0007", 2, 7 },
        { "clashing param names", "method: demo.thing.get\nparams:\n  owner_id: int\n  ownerId: int\nkind: read\n", "B24G0008", 4, 3 },
        { "field named like its type", "types:\n  Box:\n    fields:\n      box: int\n", "B24G0008", 4, 7 },
        { "field clashing with AdditionalFields", "types:\n  Box:\n    fields:\n      additional_fields: int\n", "B24G0008", 4, 7 },
        { "enum values clashing", "types:\n  Kind:\n    enum: [a_b, A_B]\n", "B24G0008", 3, 17 },
        { "reserved type name", "types:\n  B24Client:\n    fields: { ID: int }\n", "B24G0020", 2, 3 },
        { "unknown key", "method: demo.thing.get\nparams:\n  x: { type: int, requried: true }\nkind: read\n", "B24G0009", 3, 19 },
        { "invalid kind", "method: demo.thing.get\nkind: maybe\n", "B24G0010", 2, 7 },
        { "invalid status", "method: demo.thing.get\nerrors:\n  - { code: '', status: abc, message: nope }\nkind: read\n", "B24G0010", 3, 25 },
        { "type with fields and enum", "types:\n  Box:\n    fields: { ID: int }\n    enum: [a]\n", "B24G0010", 2, 3 },
        { "param without type", "method: demo.thing.get\nparams:\n  x: { description: what }\nkind: read\n", "B24G0010", 3, 3 },
        { "invalid method name", "method: demo..get\nkind: read\n", "B24G0012", 1, 9 },
        { "empty method name", "method: ~\nresult: int\nkind: read\n", "B24G0012", 1, 9 },
        { "empty file", "", "B24G0013", 1, 1 },
        { "a list as a mapping key", "method: demo.thing.get\nkind: read\nparams:\n  ? [a, b]\n  : int\n", "B24G0001", 4, 5 },
        { "a mapping as a mapping key, further down", "method: demo.thing.get\nkind: read\n\n\nparams:\n  x: int\n  ? { a: 1 }\n  : int\n", "B24G0001", 7, 5 },
        { "no kind: treated as a write", "method: demo.thing.add\nresult: int\n", "B24G0016", 1, 9 },
        { "event: empty code", "event: ~\nsummary: hi\n", "B24G0021", 1, 8 },
        { "event: not a code", "event: On.Thing\n", "B24G0021", 1, 8 },
        { "event: one case and no name", "event: ONTHINGADD\ndata:\n  id: int\n", "B24G0021", 1, 8 },
        { "event: beside a method", "event: OnThingAdd\nmethod: demo.thing.add\n", "B24G0021", 2, 1 },
        { "event: its data type also in types", "event: OnThingAdd\ntypes:\n  ThingAddEventData:\n    fields: { ID: int }\n", "B24G0021", 3, 3 },
        { "event: invalid name", "event: ONTHINGADD\nname: thing-add\n", "B24G0007", 2, 7 },
        { "event: a method's key", "event: OnThingAdd\nparams:\n  id: int\n", "B24G0009", 2, 1 },
        { "event: invalid auth", "event: OnThingAdd\nauth: always\n", "B24G0010", 2, 7 },
        { "event: unknown type in data", "event: OnThingAdd\ndata:\n  FIELDS: ThingFields\n", "B24G0003", 3, 11 },
        { "event: duplicate data field", "event: OnThingAdd\ndata:\n  id: int\n  id: int\n", "B24G0006", 4, 3 },
        { "method: an event's key", "method: demo.thing.get\nkind: read\ndata:\n  id: int\n", "B24G0009", 3, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_yaml_is_reported_at_its_line_and_column_and_nothing_else_is(string name, string yaml, string id, int line, int column)
    {
        var test = new SchemaHarnessTest { TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck };
        test.AddFile(SchemaPath, yaml, "B24GenSchema");
        test.ExpectDiagnostic(id, SchemaPath, line, column);

        await test.RunAsync();
        Assert.False(string.IsNullOrEmpty(name));
    }
}
