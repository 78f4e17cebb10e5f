using System.Globalization;
using System.Text;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The words users read: every diagnostic the parser and the options reader give, with its id, severity, line and
/// column, compared with the reviewed Golden/diagnostics.txt (regenerate it with <c>B24GEN_UPDATE_GOLDEN=1</c> and
/// review the diff). Mutation testing found most messages checked only by id.
/// </summary>
public class DiagnosticMessageTests
{
    private const string Get = "method: demo.thing.get\nkind: read\n";

    /// <summary>One bad file per way the parser can say no.</summary>
    private static readonly (string Name, string Yaml)[] s_files =
    [
        ("YAML syntax: unclosed flow mapping", "method: demo.thing.get\nparams: { x: int\nresult: int\nkind: read\n"),
        ("YAML syntax: bad indentation", "method: demo.thing.get\nparams:\n  x: int\n   y: int\nkind: read\n"),
        ("YAML syntax: a mapping as a key", "method: demo.thing.get\nkind: read\nparams:\n  ? { a: 1 }\n  : int\n"),
        ("two documents", "method: demo.thing.get\nkind: read\n---\nmethod: demo.other.get\n"),
        ("empty file", ""),
        ("a file that is only null", "~\n"),
        ("a file that is a list", "- method: demo.thing.get\n"),
        ("a file that is a scalar", "hello\n"),
        ("method keys without method", "scope: demo\nparams:\n  x: int\n"),
        ("neither method nor types", "summary: hi\n"),
        ("only unknown keys", "color: blue\n"),
        ("empty method name", "method: ~\nkind: read\n"),
        ("invalid method name", "method: demo..get\nkind: read\n"),
        ("method name with a dash", "method: demo.thing-x.get\nkind: read\n"),
        ("method given as a list", "method: [a, b]\nkind: read\n"),
        ("no kind", "method: demo.thing.add\nresult: int\n"),
        ("invalid kind", "method: demo.thing.get\nkind: maybe\n"),
        ("kind given as a mapping", "method: demo.thing.get\nkind: { a: 1 }\n"),
        ("unknown top-level key", Get + "resutl: int\n"),
        ("duplicate top-level key", Get + "result: int\nresult: string\n"),
        ("paging start without a list result", Get + "result: int\npaging: start\n"),
        ("paging fast without a list result", Get + "result: int\npaging: fast\n"),
        ("invalid paging", Get + "result: \"int[]\"\npaging: sometimes\n"),
        ("invalid verb override", Get + "name: get-by-id\n"),
        ("group given as a list", "method: demo.thing.get\nkind: read\ngroup: [demo, x]\n"),
        ("group word that is no identifier", "method: demo.thing.get\nkind: read\ngroup: demo.1x\n"),
        ("method word that is no identifier", "method: demo.1x.get\nkind: read\n"),
        ("result mapping without type", Get + "result: { description: what }\n"),
        ("invalid result type expression", Get + "result: map<int\n"),
        ("union of three", Get + "result: int | string | bool\n"),
        ("union of one type twice", Get + "result: int | int\n"),
        ("two question marks", Get + "result: int??\n"),
        ("unclosed list brackets", Get + "result: int[\n"),
        ("unclosed parenthesis", Get + "result: (int | string\n"),
        ("map without a value type", Get + "result: map\n"),
        ("unclosed map", Get + "result: map<int\n"),
        ("unknown lower-case type name", Get + "result: integer\n"),
        ("stray character", Get + "result: int]\n"),
        ("no type at all", Get + "result: \"?\"\n"),
        ("unknown type", Get + "result: Thing[]\n"),
        ("errors that are not a list", Get + "errors: { code: X }\n"),
        ("an error that is a scalar", Get + "errors:\n  - X\n"),
        ("an error without message", Get + "errors:\n  - { code: X, status: 400 }\n"),
        ("an error with a bad status", Get + "errors:\n  - { code: X, status: abc, message: nope }\n"),
        ("an error with a status out of range", Get + "errors:\n  - { code: X, status: 700, message: nope }\n"),
        ("params that are a list", Get + "params: [a, b]\n"),
        ("duplicate param", Get + "params:\n  id: int\n  id: string\n"),
        ("param without type", Get + "params:\n  x: { description: what }\n"),
        ("unknown param key", Get + "params:\n  x: { type: int, requried: true }\n"),
        ("invalid required flag", Get + "params:\n  x: { type: int, required: maybe }\n"),
        ("param from a wire name that is no identifier", Get + "params:\n  '123': int\n"),
        ("invalid name override", Get + "params:\n  x: { type: int, name: 'my field' }\n"),
        ("clashing param names", Get + "params:\n  owner_id: int\n  ownerId: int\n"),
        ("param named like a generated local", Get + "params:\n  x: { type: int, name: writer }\n"),
        ("param starting with an underscore", Get + "params:\n  x: { type: int, name: _x }\n"),
        ("types that are a list", "types: [a]\n"),
        ("duplicate type", "types:\n  Box:\n    fields: { ID: int }\n  Box:\n    fields: { ID: int }\n"),
        ("type name that is no identifier", "types:\n  1Box:\n    fields: { ID: int }\n"),
        ("type named like a generated type", "types:\n  B24Api:\n    fields: { ID: int }\n"),
        ("type named like a member", "types:\n  JsonType:\n    fields: { ID: int }\n"),
        ("type starting with an underscore", "types:\n  _Box:\n    fields: { ID: int }\n"),
        ("lower-case type name", "types:\n  box:\n    fields: { ID: int }\n"),
        ("type starting with B24", "types:\n  B24Thing:\n    fields: { ID: int }\n"),
        ("type that is a scalar", "types:\n  Box: int\n"),
        ("type with fields and enum", "types:\n  Box:\n    fields: { ID: int }\n    enum: [a]\n"),
        ("type with neither fields nor enum", "types:\n  Box:\n    description: empty\n"),
        ("input enum", "types:\n  Kind:\n    input: true\n    enum: [a]\n"),
        ("unknown type key", "types:\n  Box:\n    fileds: { ID: int }\n    fields: { ID: int }\n"),
        ("fields that are a list", "types:\n  Box:\n    fields: [a]\n"),
        ("duplicate field", "types:\n  Box:\n    fields:\n      ID: int\n      ID: int\n"),
        ("field named like its type", "types:\n  Box:\n    fields:\n      box: int\n"),
        ("field clashing with AdditionalFields", "types:\n  Box:\n    fields:\n      additional_fields: int\n"),
        ("unknown type in a field", "types:\n  Box:\n    fields:\n      ITEM: map<Nope>\n"),
        ("enum that is a mapping", "types:\n  Kind:\n    enum: { a: 1 }\n"),
        ("enum value mapping without value", "types:\n  Kind:\n    enum:\n      - { name: A }\n"),
        ("duplicate enum value", "types:\n  Kind:\n    enum: [a, b, a]\n"),
        ("enum values clashing", "types:\n  Kind:\n    enum: [a_b, A_B]\n"),
        ("enum value that is no identifier", "types:\n  Kind:\n    enum: ['1']\n"),
        ("enum value name override that is no identifier", "types:\n  Kind:\n    enum:\n      - { value: a, name: 'A b' }\n"),
        ("invalid partial flag", "types:\n  Box:\n    partial: often\n    fields: { ID: int }\n"),
        ("partial without the type", "types:\n  Box:\n    partial: true\n    fields: { ID: int }\n"),
    ];

    /// <summary>MSBuild properties the options reader rejects.</summary>
    private static readonly (string Name, string Property, string Value)[] s_options =
    [
        ("namespace that is no namespace", "B24GenNamespace", "1Bad Namespace"),
        ("the platform's namespace", "B24GenNamespace", "System.Things"),
        ("the runtime's namespace", "B24GenNamespace", "B24Gen.Http"),
        ("invalid visibility", "B24GenVisibility", "protected"),
    ];

    [Fact]
    public void Every_diagnostic_says_what_the_golden_file_says()
    {
        var text = new StringBuilder();
        foreach (var (name, yaml) in s_files)
        {
            var (result, _) = GeneratorHarness.Run(("/schema/demo/file.yaml", yaml));
            Describe(text, name, yaml, result);
        }

        foreach (var (name, property, value) in s_options)
        {
            var properties = new Dictionary<string, string> { [property] = value };
            var (result, _) = GeneratorHarness.Run([new InMemoryAdditionalText("/schema/demo/file.yaml", "method: demo.thing.get\nkind: read\nresult: int\n")], properties);
            Describe(text, name, $"<{property}>{value}</{property}>\n", result);
        }

        var actual = text.ToString();
        var goldenPath = Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Golden", "diagnostics.txt");
        if (Environment.GetEnvironmentVariable("B24GEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}; run with B24GEN_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(goldenPath).Replace("\r\n", "\n"), actual);
    }

    private static void Describe(StringBuilder text, string name, string yaml, GeneratorDriverRunResult result)
    {
        text.Append("=== ").Append(name).Append('\n');
        text.Append(yaml.Length == 0 ? "(empty)\n" : yaml.EndsWith('\n') ? yaml : yaml + "\n");
        text.Append("---\n");
        foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var span = diagnostic.Location.GetLineSpan();
            var where = diagnostic.Location == Location.None ? "(no location)" : $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
            text.Append(CultureInfo.InvariantCulture, $"{diagnostic.Id} {diagnostic.DefaultSeverity.ToString().ToLowerInvariant()} {where}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}\n");
        }

        text.Append('\n');
    }
}
