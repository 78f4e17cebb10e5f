using B24Gen.Importer.Import;

namespace B24Gen.Importer.Overlay;

/// <summary>
/// Applies the overlay to imported methods. A correction that finds nothing to correct (a method the docs no longer
/// have, a renamed field) is a problem, so a docs update cannot quietly leave the overlay behind.
/// </summary>
internal sealed class OverlayApplier
{
    /// <summary>The rule written beside whatever the overlay set.</summary>
    public const string Rule = "overlay";

    private readonly Dictionary<string, OverlayEntry> _entries;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public OverlayApplier(IEnumerable<OverlayEntry> entries) =>
        _entries = entries.GroupBy(e => e.Method, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static OverlayApplier None { get; } = new([]);

    /// <summary>The method with its correction applied, if the overlay has one; problems go to <paramref name="problems"/>.</summary>
    public ImportedMethod Apply(ImportedMethod method, List<string> problems)
    {
        if (!_entries.TryGetValue(method.Name, out var entry))
        {
            return method;
        }

        _used.Add(method.Name);
        var result = method.Result;
        if (entry.ResultType is { } resultType)
        {
            result = result is null ? new ImportedResult(resultType, Rule, string.Empty) : result with { Type = resultType, Rule = Rule };
        }

        var parameters = Patch(method.Params, entry.Params, $"'{method.Name}' has no parameter", problems);
        var types = method.Types.ToList();
        foreach (var (typeName, patches) in entry.Types)
        {
            var index = types.FindIndex(t => t.Name == typeName);
            if (index < 0)
            {
                problems.Add($"{patches.Values.First().Place}: '{method.Name}' has no type '{typeName}' (its types: {string.Join(", ", types.Select(t => t.Name))}).");
                continue;
            }

            types[index] = types[index] with { Fields = Patch(types[index].Fields, patches, $"'{typeName}' has no field", problems) };
        }

        return method with
        {
            Group = entry.Group ?? method.Group,
            CSharpName = entry.Name ?? method.CSharpName,
            Kind = entry.Kind ?? method.Kind,
            Paging = entry.Paging ?? method.Paging,
            OneOf = entry.OneOf ?? method.OneOf,
            Result = result,
            Params = parameters,
            Types = types,
            Correction = entry,
        };
    }

    /// <summary>The entries that matched no imported method: stale, or misspelled.</summary>
    public IEnumerable<string> Unused() =>
        _entries.Values.Where(e => !_used.Contains(e.Method)).OrderBy(e => e.Method, StringComparer.Ordinal)
            .Select(e => $"{e.Place}: no imported method is named '{e.Method}'.");

    private static List<ImportedField> Patch(IReadOnlyList<ImportedField> fields, IReadOnlyDictionary<string, FieldPatch> patches, string missing, List<string> problems)
    {
        var patched = fields.ToList();
        foreach (var (wire, patch) in patches)
        {
            // By the table's spelling, which a rule may have changed to the example's case (FILTER → filter).
            var index = patched.FindIndex(f => f.WireName == wire);
            if (index < 0 && !patch.Add)
            {
                index = patched.FindIndex(f => string.Equals(f.WireName, wire, StringComparison.OrdinalIgnoreCase));
            }

            if (patch.Add)
            {
                if (index >= 0)
                {
                    problems.Add($"{patch.Place}: 'add: true', but the import already has '{wire}': correct it instead.");
                }
                else
                {
                    patched.Add(new ImportedField(wire, patch.Type!, Rule, patch.Required ?? false, patch.Description ?? string.Empty) { Name = patch.Name });
                }

                continue;
            }

            if (index < 0)
            {
                problems.Add($"{patch.Place}: {missing} '{wire}'.");
                continue;
            }

            var field = patched[index];
            patched[index] = field with
            {
                WireName = patch.Wire ?? field.WireName,
                Type = patch.Type ?? field.Type,
                Required = patch.Required ?? field.Required,
                Name = patch.Name ?? field.Name,
                Rule = Rule,
            };
        }

        return patched;
    }
}
