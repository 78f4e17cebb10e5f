using System.Text;
using System.Text.Json;

namespace B24Gen.Importer.Examples;

/// <summary>
/// The response examples the local portal emulator answers with, for every method without a handler of its own:
/// one JSON object, method name to the docs' response envelope, one method a line in name order (a docs update is
/// a readable diff). Only examples that read through the generated types are written.
/// </summary>
internal static class EmulatorExamples
{
    public static string Write(IReadOnlyDictionary<string, string> responses, IEnumerable<string> methods)
    {
        var text = new StringBuilder("{\n");
        var first = true;
        foreach (var method in methods.Where(responses.ContainsKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(first ? "  " : ",\n  ").Append(JsonSerializer.Serialize(method, ExampleJsonContext.Default.String)).Append(": ").Append(responses[method]);
            first = false;
        }

        return text.Append(first ? "}\n" : "\n}\n").ToString();
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class ExampleJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
