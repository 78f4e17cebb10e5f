namespace B24Gen.Importer.Import;

/// <summary>
/// Rule <c>nullable-union</c>: the docs describe one object on many pages (a task on 30 <c>tasks.task.*</c> pages, an
/// offer on every <c>catalog.product.offer.*</c> page), and each page's example shows some of its fields null and others
/// set. Nullability is the union of all examples: output types of one folder that share most of their fields (at least
/// 5, and 80 % of the smaller type's) are taken as the same object, and a field either shows as null is nullable in
/// both (a scalar another page leaves <c>any</c> for want of a value other than null counts too). Reading only gains:
/// <c>T?</c> reads everything <c>T</c> reads, and null.
/// </summary>
internal static class NullabilityUnion
{
    private const int MinimumShared = 5;
    private const double MinimumOverlap = 0.8;

    public static IReadOnlyList<ImportedMethod> Apply(IReadOnlyList<ImportedMethod> methods)
    {
        var types = methods.SelectMany(m => m.Types).Where(t => !t.IsInput && t.EnumValues is null && t.Fields.Count >= MinimumShared).ToList();
        var fields = types.Select(t => t.Fields.GroupBy(f => f.WireName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)).ToList();
        var byWire = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < types.Count; i++)
        {
            foreach (var wire in fields[i].Keys)
            {
                byWire.TryAdd(wire, []);
                byWire[wire].Add(i);
            }
        }

        // (type index, wire name) pairs that another description of the same object shows as null.
        var nullable = new HashSet<(int, string)>();
        for (var i = 0; i < types.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var wire in fields[i].Keys)
            {
                foreach (var j in byWire[wire].Where(j => j != i))
                {
                    shared[j] = shared.GetValueOrDefault(j) + 1;
                }
            }

            foreach (var (j, count) in shared.Where(s => s.Value >= MinimumShared && s.Value >= MinimumOverlap * Math.Min(fields[i].Count, fields[s.Key].Count)))
            {
                foreach (var (wire, field) in fields[i])
                {
                    if (!IsNullable(field.Type) && fields[j].TryGetValue(wire, out var other) && ShowsNull(other, field.Type))
                    {
                        nullable.Add((i, wire));
                    }
                }
            }
        }

        if (nullable.Count == 0)
        {
            return methods;
        }

        var index = new Dictionary<ImportedType, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < types.Count; i++)
        {
            index[types[i]] = i;
        }

        return [.. methods.Select(m => m with { Types = [.. m.Types.Select(t => index.TryGetValue(t, out var i) ? Widened(t, i, nullable) : t)] })];
    }

    private static ImportedType Widened(ImportedType type, int index, HashSet<(int, string)> nullable) =>
        type with { Fields = [.. type.Fields.Select(f => nullable.Contains((index, f.WireName)) ? f with { Type = f.Type + "?", Rule = f.Rule + ", nullable-union" } : f)] };

    /// <summary>
    /// Whether <paramref name="other"/> shows as null what <paramref name="type"/> shows as a value: <c>T?</c>, or for a
    /// scalar <c>any</c> with nothing to go on (rule <c>unknown</c>: the example's only value was null).
    /// </summary>
    private static bool ShowsNull(ImportedField other, string type) =>
        (IsNullable(other.Type) && other.Type[..^1] == type)
        || (other.Type == "any" && other.Rule == "unknown" && type is "int" or "double" or "string" or "date" or "datetime" or "timestamp");

    private static bool IsNullable(string type) => type.EndsWith('?') && !type.Contains('|', StringComparison.Ordinal);
}
