using System.Text.Json;

namespace B24Gen.Importer.Examples;

/// <summary>
/// The first value an example shows for each member name, anywhere in its tree (depth first, in document order): how
/// a field of a result table finds its example when the tables are flat and the nesting is only in the example.
/// </summary>
internal static class ExampleValues
{
    public static IReadOnlyDictionary<string, JsonElement> ByName(JsonElement root)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Visit(root, values);
        return values;
    }

    private static void Visit(JsonElement element, Dictionary<string, JsonElement> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    values.TryAdd(member.Name, member.Value);
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
