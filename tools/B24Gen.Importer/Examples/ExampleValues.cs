using System.Text.Json;

namespace B24Gen.Importer.Examples;

/// <summary>
/// The values an example shows for each member name, anywhere in its tree (depth first, in document order): how a
/// field of a result table finds its example when the tables are flat and the nesting is only in the example.
/// </summary>
internal static class ExampleValues
{
    /// <summary>The first value shown for each name.</summary>
    public static IReadOnlyDictionary<string, JsonElement> ByName(JsonElement root) =>
        AllByName(root).ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);

    /// <summary>Every value shown for each name, in document order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> AllByName(JsonElement root)
    {
        var values = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        Visit(root, values);
        return values.ToDictionary(p => p.Key, p => (IReadOnlyList<JsonElement>)p.Value, StringComparer.Ordinal);
    }

    private static void Visit(JsonElement element, Dictionary<string, List<JsonElement>> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (!values.TryGetValue(member.Name, out var list))
                    {
                        values[member.Name] = list = [];
                    }

                    list.Add(member.Value);
                    Visit(member.Value, values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, values);
                }

                break;
        }
    }
}
