using System.Globalization;
using System.Text.RegularExpressions;
using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The JSON Schema editors use for schema YAML (<c>schema/b24gen.schema.json</c>) accepts the repository's files
/// and the documented example, and rejects what the generator rejects, saying where and what.
/// Newtonsoft.Json.Schema's free license allows 1,000 validations an hour, so the files are validated in one call.
/// </summary>
public class SchemaValidationTests
{
    private static readonly string s_schemaPath = Path.Combine(GeneratorHarness.RepoRoot, "schema", "b24gen.schema.json");

    private static readonly Lazy<JSchema> s_schema = new(() => JSchema.Parse(File.ReadAllText(s_schemaPath)));

    public static TheoryData<string, string, string, string, string> InvalidDocuments => new()
    {
        // name, yaml, path of the error, a fragment of its message, the generator's diagnostic for the same file
        {
            "misspelt key in a parameter",
            "method: demo.thing.get\nparams:\n  x: { type: int, requried: true }\nkind: read\n",
            "params.x.requried", "Property 'requried' has not been defined", "B24G0009"
        },
        {
            "unknown root key",
            "method: demo.thing.get\nresults: int\nkind: read\n",
            "results", "Property 'results' has not been defined", "B24G0009"
        },
        {
            "kind outside read/write",
            "method: demo.thing.get\nkind: maybe\n",
            "kind", "\"maybe\" is not defined in enum", "B24G0010"
        },
        {
            "status that is not a number",
            "method: demo.thing.get\nerrors:\n  - { code: '', status: abc, message: nope }\nkind: read\n",
            "errors[0].status", "Expected Integer but got String", "B24G0010"
        },
        {
            "status outside 100-599",
            "method: demo.thing.get\nerrors:\n  - { code: '', status: 600, message: nope }\nkind: read\n",
            "errors[0].status", "exceeds maximum value of 599", "B24G0010"
        },
        {
            "type with both fields and enum",
            "types:\n  Box:\n    fields: { ID: int }\n    enum: [a]\n",
            "types.Box", "not both", "B24G0010"
        },
        {
            "type with neither fields nor enum",
            "types:\n  Box:\n    summary: A box.\n",
            "types.Box", "Required properties are missing from object: enum", "B24G0010"
        },
        {
            "parameter mapping without type",
            "method: demo.thing.get\nparams:\n  x: { description: what }\nkind: read\n",
            "params.x", "Required properties are missing from object: type", "B24G0010"
        },
        {
            "required on a field of a result type",
            "types:\n  Box:\n    fields:\n      ID: { type: int, required: true }\n",
            "types.Box.fields.ID.required", "Property 'required' has not been defined", "B24G0009"
        },
        {
            "method keys without method",
            "scope: demo\nparams:\n  x: int\n",
            "", "Required properties are missing from object: types", "B24G0002"
        },
        {
            "offset paging without its parameter",
            "method: demo.thing.list\nresult: int[]\npaging: { mode: offset }\nkind: read\n",
            "paging", "valid against no schemas from 'oneOf'", "B24G0010"
        },
        {
            "misspelt key in a paging mapping",
            "method: demo.thing.list\nresult: int[]\npaging: { mode: offset, parm: OFFSET }\nkind: read\n",
            "paging", "valid against no schemas from 'oneOf'", "B24G0010"
        },
        {
            "garbage type expression",
            "method: demo.thing.get\nresult: 'int; DROP TABLE'\nkind: read\n",
            "result", "does not match", "B24G0004"
        },
    };

    [Fact]
    public void The_schema_is_a_draft_07_schema_with_an_id()
    {
        var json = JObject.Parse(File.ReadAllText(s_schemaPath));

        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)json["$schema"]);
        Assert.Equal("https://b24gen.dev/schema/b24gen.schema.json", (string?)json["$id"]);
        Assert.Equal(new Uri("http://json-schema.org/draft-07/schema#"), s_schema.Value.SchemaVersion);
        Assert.Equal(new Uri("https://b24gen.dev/schema/b24gen.schema.json"), s_schema.Value.Id);
        Assert.False(s_schema.Value.AllowAdditionalProperties);
    }

    [Fact]
    public void Every_property_has_a_title_a_description_and_examples_for_editors()
    {
        var json = JObject.Parse(File.ReadAllText(s_schemaPath));
        var properties = json.Descendants().OfType<JProperty>()
            .Where(p => p.Name == "properties" && p.Value is JObject && p.Parent?.Parent is not JProperty { Name: "if" or "then" or "else" })
            .SelectMany(p => ((JObject)p.Value).Properties())
            .ToList();

        Assert.Contains(properties, p => p.Name == "method");
        Assert.Contains(properties, p => p.Name == "required");
        var undocumented = properties
            .Where(p => p.Value is not JObject spec || spec["title"] is null || spec["description"] is null || spec["examples"] is not JArray { Count: > 0 })
            .Select(p => p.Path)
            .ToList();
        Assert.True(undocumented.Count == 0, "Without title, description or examples: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Every_schema_file_in_the_repository_is_valid()
    {
        var files = Directory.EnumerateFiles(Path.Combine(GeneratorHarness.RepoRoot, "schema"), "*.yaml", SearchOption.AllDirectories)
            .Append(Path.Combine(GeneratorHarness.RepoRoot, "tests", "B24Gen.Generator.Tests", "Schemas", "features.yaml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(files, f => f.EndsWith("calendar.section.get.yaml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("calendar.user.settings.get.yaml", StringComparison.Ordinal));

        // One validation for all files: an array of documents, each checked against the file schema.
        var all = new JSchema { Type = JSchemaType.Array };
        all.Items.Add(s_schema.Value);
        var documents = new JArray(files.Select(f => YamlToJson(File.ReadAllText(f))));
        documents.IsValid(all, out IList<ValidationError> errors);

        var problems = Flatten(errors)
            .Select(e => (Index: int.Parse(Regex.Match(e.Path, @"^\[(\d+)\]").Groups[1].Value, CultureInfo.InvariantCulture), Error: e))
            .Select(p => $"{Path.GetRelativePath(GeneratorHarness.RepoRoot, files[p.Index])}: {p.Error.Path}: {p.Error.Message}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Invalid_documents_are_rejected_naming_the_problem(string name, string yaml, string path, string message, string diagnosticId)
    {
        var valid = YamlToJson(yaml).IsValid(s_schema.Value, out IList<ValidationError> errors);

        Assert.False(valid, name);
        var all = Flatten(errors).ToList();
        Assert.True(
            all.Any(e => e.Path == path && Describe(e).Contains(message, StringComparison.Ordinal)),
            $"{name}: expected an error at '{path}' containing \"{message}\"; got:{Environment.NewLine}"
                + string.Join(Environment.NewLine, all.Select(e => $"  '{e.Path}': {Describe(e)}")));

        // The editor and the build agree: the generator reports the same file.
        var (result, _) = GeneratorHarness.Run(("/schema/demo/file.yaml", yaml));
        Assert.Contains(result.Diagnostics, d => d.Id == diagnosticId);
    }

    [Theory]
    [InlineData("only types, with a numeric enum value named", "types:\n  Level:\n    enum: [low, { value: 1, name: One }]\n")]
    [InlineData("input type with required fields, group and verb overrides", "method: demo.rule.set\ngroup: ''\nname: SetRule\nkind: write\nparams:\n  rule: { type: Rule, required: true }\nresult: bool\ntypes:\n  Rule:\n    input: true\n    fields:\n      FREQ: { type: string, required: true }\n      COUNT: int?\n")]
    [InlineData("empty values the generator accepts", "method: demo.thing.get\nsummary:\nparams:\nerrors:\nkind: read\n")]
    public void Documents_the_generator_accepts_are_valid(string name, string yaml)
    {
        var valid = YamlToJson(yaml).IsValid(s_schema.Value, out IList<ValidationError> errors);

        Assert.True(valid, name + ": " + string.Join("; ", Flatten(errors).Select(e => $"'{e.Path}': {e.Message}")));
        var (result, output) = GeneratorHarness.Run(("/schema/demo/file.yaml", yaml));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void The_worked_example_of_the_format_documentation_is_valid_and_compiles()
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "schema", "README.md"));
        var blocks = Regex.Matches(readme, "<!-- worked-example -->\\s*```(?<lang>yaml|csharp)\\n(?<code>.*?)```", RegexOptions.Singleline)
            .Select(m => (Language: m.Groups["lang"].Value, Code: m.Groups["code"].Value))
            .ToList();
        var files = blocks.Where(b => b.Language == "yaml").Select(b => b.Code).ToList();
        var usage = Assert.Single(blocks, b => b.Language == "csharp").Code;
        Assert.True(files.Count >= 1, "schema/README.md has no yaml block after <!-- worked-example -->");

        foreach (var yaml in files)
        {
            var valid = YamlToJson(yaml).IsValid(s_schema.Value, out IList<ValidationError> errors);
            Assert.True(valid, string.Join("; ", Flatten(errors).Select(e => $"'{e.Path}': {e.Message}")));
        }

        // The C# of the example, as a method body: its using directives go on top.
        var lines = usage.Split('\n');
        var directives = lines.Where(l => Regex.IsMatch(l, @"^using [\w.]+;\s*$"));
        var body = lines.Where(l => !Regex.IsMatch(l, @"^using [\w.]+;\s*$"));
        var source = "using System;\nusing System.Collections.Generic;\nusing System.Threading.Tasks;\n" + string.Join("\n", directives)
            + "\ninternal static class WorkedExample\n{\n    public static async Task RunAsync()\n    {\n" + string.Join("\n", body) + "\n    }\n}\n";
        var (result, output) = GeneratorHarness.Run(
            files.Select((yaml, i) => (AdditionalText)new InMemoryAdditionalText($"/b24/example{i}.yaml", yaml)),
            properties: null,
            source);

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Yaml_scalars_convert_as_yaml_1_2_core_schema_like_editors_read_them()
    {
        var json = YamlToJson("a: true\nb: 'true'\nc: 400\nd: '400'\ne: ~\nf:\ng: 9.5\nh: Y\ni: |\n  text\nj: [1, x]\n");

        Assert.Equal(JTokenType.Boolean, json["a"]!.Type);
        Assert.Equal(JTokenType.String, json["b"]!.Type);
        Assert.Equal(JTokenType.Integer, json["c"]!.Type);
        Assert.Equal(JTokenType.String, json["d"]!.Type);
        Assert.Equal(JTokenType.Null, json["e"]!.Type);
        Assert.Equal(JTokenType.Null, json["f"]!.Type);
        Assert.Equal(JTokenType.Float, json["g"]!.Type);
        Assert.Equal("Y", (string?)json["h"]);
        Assert.Equal("text\n", (string?)json["i"]);
        Assert.Equal(JTokenType.Integer, json["j"]![0]!.Type);
        Assert.Equal(JTokenType.String, json["j"]![1]!.Type);
    }

    /// <summary>The error's message and the description of the schema it failed, which says what the rule is for.</summary>
    private static string Describe(ValidationError error) => error.Message + (error.Schema?.Description is { } rule ? " (" + rule + ")" : string.Empty);

    /// <summary>Every error with its nested ones (a failed <c>if</c>/<c>else</c> or <c>allOf</c> holds the specific error inside).</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => new[] { e }.Concat(Flatten(e.ChildErrors)));

    /// <summary>Converts one YAML document to JSON the way editors see it (YAML 1.2 core schema): plain scalars may be null, booleans or numbers.</summary>
    private static JToken YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? JValue.CreateNull() : ToJson(stream.Documents[0].RootNode);
    }

    private static JToken ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JObject(mapping.Children.Select(entry => new JProperty(((YamlScalarNode)entry.Key).Value ?? string.Empty, ToJson(entry.Value)))),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToJson)),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return new JValue(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new JValue(text[0] is 't' or 'T');
        }

        if (Regex.IsMatch(text, "^[-+]?[0-9]+$") && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        if (Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$"))
        {
            return new JValue(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return new JValue(text);
    }
}
