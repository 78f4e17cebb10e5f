using System.Text.RegularExpressions;

namespace B24Gen.Importer.Import;

/// <summary>
/// Rule <c>dedup</c>: the docs describe one object on every page that returns it (the task on each of 30
/// <c>tasks.task.*</c> pages, a multi-field on every crm entity page), and the importer names a type per page. Types
/// of one folder (one assembly) that are structurally identical (same input/output use, same fields with the same wire
/// names, C# names, types and required flags, and identical types behind every reference) become one type under one
/// name. A type shared by several methods moves to the folder's shared types file; one repeated inside a method stays
/// in the method's file. The first member, by method name, keeps its summary and descriptions. Output types that differ
/// only in a field's nullability merge too, the field nullable (the union of all examples: rule <c>nullable-union</c>).
/// </summary>
internal static partial class TypeDeduplicator
{
    // Words that say where a type sits rather than what it is; dropped inside a shared name's common ending.
    private static readonly HashSet<string> s_placeWords = new(StringComparer.Ordinal) { "Result", "Item", "Items", "Fields", "Params", "Data" };

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"[A-Z][a-z0-9]*|[a-z0-9]+")]
    private static partial Regex Word();

    /// <summary>The methods of one folder with duplicate types merged, and the types now shared by several of them.</summary>
    public static (IReadOnlyList<ImportedMethod> Methods, IReadOnlyList<ImportedType> Shared) Apply(IReadOnlyList<ImportedMethod> methods)
    {
        var ordered = methods.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var owners = new Dictionary<string, (ImportedMethod Method, ImportedType Type)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var method in ordered)
        {
            foreach (var type in method.Types)
            {
                if (!owners.TryAdd(type.Name, (method, type)))
                {
                    ambiguous.Add(type.Name); // two methods name a type alike: leave both as they are
                }
            }
        }

        var candidates = owners.Keys.Where(n => !ambiguous.Contains(n)).ToList();
        var classes = Classes(candidates, owners);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedNames = new HashSet<string>(StringComparer.Ordinal);
        var kept = new HashSet<string>(StringComparer.Ordinal); // the member each shared type is taken from
        var taken = new HashSet<string>(owners.Keys, StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(n => classes[n]).Select(g => g.ToList()).Where(g => g.Count > 1).OrderBy(g => g[0], StringComparer.Ordinal))
        {
            var name = SharedName(group, taken);
            taken.Add(name);
            group.ForEach(member => renames[member] = name);
            if (group.Select(member => owners[member].Method.Name).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                sharedNames.Add(name);
                kept.Add(group.OrderBy(member => owners[member].Method.Name, StringComparer.Ordinal).First());
            }
        }

        // Output types that differ only in which fields an example showed as null are one type, nullable where any is:
        // the union of all examples (a task without a deadline on one page is a task on every page).
        var nullable = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (member, name) in renames)
        {
            nullable.TryAdd(name, new HashSet<string>(StringComparer.Ordinal));
            nullable[name].UnionWith(owners[member].Type.Fields.Where(f => !owners[member].Type.IsInput && IsNullable(f.Type)).Select(f => f.WireName));
        }

        var shared = new Dictionary<string, ImportedType>(StringComparer.Ordinal);
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var result = new List<ImportedMethod>(methods.Count);
        foreach (var method in methods)
        {
            var types = new List<ImportedType>();
            foreach (var type in method.Types)
            {
                var name = renames.GetValueOrDefault(type.Name, type.Name);
                var renamed = type with { Name = name, Fields = Nullable(Renamed(type.Fields, renames), nullable.GetValueOrDefault(name)) };
                if (sharedNames.Contains(name))
                {
                    users.TryAdd(name, []);
                    users[name].Add(method.Name);
                    if (kept.Contains(type.Name))
                    {
                        shared[name] = renamed;
                    }
                }
                else if (!types.Any(t => t.Name == name))
                {
                    types.Add(renamed);
                }
            }

            result.Add(method with
            {
                Params = Renamed(method.Params, renames),
                Result = method.Result is { } r ? r with { Type = Renamed(r.Type, renames) } : null,
                Types = types,
            });
        }

        var sharedTypes = shared.Values
            .Select(t => t with { Summary = SharedSummary(t.Summary, users[t.Name]) })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var byName = sharedTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var withShared = result
            .Select(m => m with { SharedTypes = [.. users.Where(u => u.Value.Contains(m.Name)).Select(u => byName[u.Key]).OrderBy(t => t.Name, StringComparer.Ordinal)] })
            .ToList();
        return (withShared, sharedTypes);
    }

    /// <summary>
    /// Partition refinement: types start in classes by their own fields (references left open), then split until
    /// every member of a class refers to types of the same classes, so the result holds for recursive types too.
    /// </summary>
    private static Dictionary<string, int> Classes(IReadOnlyList<string> names, Dictionary<string, (ImportedMethod Method, ImportedType Type)> owners)
    {
        var local = new Dictionary<string, (string Key, IReadOnlyList<string> References)>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var type = owners[name].Type;
            var references = new List<string>();
            var fields = type.Fields
                .OrderBy(f => f.WireName, StringComparer.Ordinal)
                .Select(f => $"{f.WireName}\u0001{f.Name}\u0001{(type.IsInput && f.Required ? "R" : "")}\u0001{Opened(type.IsInput ? f.Type : NonNullable(f.Type), owners, references)}");
            local[name] = (type.EnumValues is { } values
                ? "enum\u0002" + string.Join("\u0002", values)
                : (type.IsInput ? "in\u0002" : "out\u0002") + string.Join("\u0002", fields), references);
        }

        var classes = Numbered(names, n => local[n].Key);
        while (true)
        {
            var refined = Numbered(names, n => classes[n] + ":" + string.Join(",", local[n].References.Select(r => classes.TryGetValue(r, out var c) ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : r)));
            if (refined.Values.Distinct().Count() == classes.Values.Distinct().Count())
            {
                return refined;
            }

            classes = refined;
        }
    }

    private static Dictionary<string, int> Numbered(IReadOnlyList<string> names, Func<string, string> key)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var k = key(name);
            if (!numbers.TryGetValue(k, out var number))
            {
                number = numbers.Count;
                numbers[k] = number;
            }

            classes[name] = number;
        }

        return classes;
    }

    // A type expression with each named type of the folder replaced by a placeholder, the names collected in order.
    private static string Opened(string expression, Dictionary<string, (ImportedMethod Method, ImportedType Type)> owners, List<string> references) =>
        Identifier().Replace(expression, m =>
        {
            if (!owners.ContainsKey(m.Value))
            {
                return m.Value;
            }

            references.Add(m.Value);
            return "\u0003";
        });

    /// <summary>
    /// The words the members' names begin and end with (<c>TasksTask…ResultTaskCheckListTree</c> →
    /// <c>TasksTaskCheckListTree</c>), else the shortest member's name.
    /// </summary>
    internal static string SharedName(IReadOnlyList<string> members, ISet<string> taken)
    {
        var words = members.Select(m => Word().Matches(m).Select(w => w.Value).ToList()).ToList();
        var shortest = words.Min(w => w.Count);
        var prefix = 0;
        while (prefix < shortest && words.All(w => w[prefix] == words[0][prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (prefix + suffix < shortest && words.All(w => w[^(suffix + 1)] == words[0][^(suffix + 1)]))
        {
            suffix++;
        }

        var ending = words[0].Skip(words[0].Count - suffix).ToList();
        if (ending.Count > 1)
        {
            // ...ResultTaskCheckListTree → TaskCheckListTree; a last word stays (AddParams).
            ending = [.. ending.SkipLast(1).Where(w => !s_placeWords.Contains(w)), ending[^1]];
        }

        var named = ending.Any(w => !s_placeWords.Contains(w)) || (prefix >= 3 && ending.Count > 0);
        var joined = new List<string>();
        foreach (var word in words[0].Take(prefix).Concat(ending))
        {
            if (joined.Count == 0 || joined[^1] != word)
            {
                joined.Add(word);
            }
        }

        var name = string.Concat(joined);
        return named && (members.Contains(name) || !taken.Contains(name))
            ? name
            : members.OrderBy(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).First();
    }

    private static string SharedSummary(string summary, List<string> methods)
    {
        var names = methods.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", names.Take(5)) + (names.Count > 5 ? $" and {names.Count - 5} more" : string.Empty);
        return $"{summary.TrimEnd()} Shared by {listed}.";
    }

    private static bool IsNullable(string expression) => expression.EndsWith('?');

    // T? → T at the top level (a union or a list of nullable items stays as it is).
    private static string NonNullable(string expression) => IsNullable(expression) && !expression.Contains('|', StringComparison.Ordinal) ? expression[..^1] : expression;

    /// <summary>The fields, nullable where another member of the type's class showed null.</summary>
    private static List<ImportedField> Nullable(List<ImportedField> fields, HashSet<string>? nullable) =>
        nullable is null || nullable.Count == 0
            ? fields
            : fields.Select(f => nullable.Contains(f.WireName) && !IsNullable(f.Type) && !f.Type.Contains('|', StringComparison.Ordinal) ? f with { Type = f.Type + "?", Rule = f.Rule + ", nullable-union" } : f).ToList();

    private static List<ImportedField> Renamed(IReadOnlyList<ImportedField> fields, Dictionary<string, string> renames) =>
        fields.Select(f => f with { Type = Renamed(f.Type, renames) }).ToList();

    private static string Renamed(string expression, Dictionary<string, string> renames) =>
        renames.Count == 0 ? expression : Identifier().Replace(expression, m => renames.GetValueOrDefault(m.Value, m.Value));
}
