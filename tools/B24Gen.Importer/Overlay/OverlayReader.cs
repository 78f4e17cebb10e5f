using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace B24Gen.Importer.Overlay;

/// <summary>
/// Reads a folder of overlay files (<c>&lt;scope&gt;.yaml</c>, each a map of method name to correction). Anything it
/// does not understand is a problem at its line and column, never ignored: an overlay that silently does nothing
/// is worse than none.
/// </summary>
internal static class OverlayReader
{
    private static readonly HashSet<string> EntryKeys = new(StringComparer.Ordinal) { "reason", "docs", "group", "name", "kind", "paging", "result", "params", "types", "oneOf" };
    private static readonly HashSet<string> PatchKeys = new(StringComparer.Ordinal) { "type", "required", "name", "wire", "add", "description" };

    public static OverlayReading ReadFolder(string folder)
    {
        var entries = new List<OverlayEntry>();
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var reading = Read(Path.GetFileName(file), File.ReadAllText(file));
            entries.AddRange(reading.Entries);
            problems.AddRange(reading.Problems);
        }

        foreach (var duplicate in entries.GroupBy(e => e.Method, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Last().Place}: '{duplicate.Key}' is corrected in more than one place ({string.Join(", ", duplicate.Select(e => e.Place))}).");
        }

        return new OverlayReading(entries, problems);
    }

    public static OverlayReading Read(string fileName, string text)
    {
        var entries = new List<OverlayEntry>();
        var problems = new List<string>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add($"{fileName}({e.Start.Line},{e.Start.Column}): not YAML: {e.Message}");
            return new OverlayReading(entries, problems);
        }

        if (stream.Documents.Count == 0)
        {
            return new OverlayReading(entries, problems);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add($"{Place(fileName, stream.Documents[0].RootNode)}: an overlay file is a map of method name to correction.");
            return new OverlayReading(entries, problems);
        }

        foreach (var (key, value) in root.Children)
        {
            var method = Scalar(key);
            if (method is null || value is not YamlMappingNode body)
            {
                problems.Add($"{Place(fileName, key)}: each entry is 'method.name:' followed by a map of its corrections.");
                continue;
            }

            if (ReadEntry(fileName, method, key, body, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return new OverlayReading(entries, problems);
    }

    private static OverlayEntry? ReadEntry(string fileName, string method, YamlNode key, YamlMappingNode body, List<string> problems)
    {
        var count = problems.Count;
        foreach (var unknown in body.Children.Keys.Where(k => Scalar(k) is not { } name || !EntryKeys.Contains(name)))
        {
            problems.Add($"{Place(fileName, unknown)}: '{Scalar(unknown)}' is not an overlay key (known: {string.Join(", ", EntryKeys)}).");
        }

        var reason = Text(fileName, body, "reason", problems);
        var docs = Text(fileName, body, "docs", problems);
        if (reason is null || docs is null)
        {
            problems.Add($"{Place(fileName, key)}: '{method}' needs a 'reason:' and a 'docs:' link: the overlay is reviewed by what it says.");
        }
        else if (!docs.StartsWith("https://", StringComparison.Ordinal))
        {
            problems.Add($"{Place(fileName, body.Children[new YamlScalarNode("docs")])}: 'docs:' is a link (https://...) to the page that shows the correction is right.");
        }

        var kind = Text(fileName, body, "kind", problems);
        if (kind is not (null or "read" or "write"))
        {
            problems.Add($"{Place(fileName, body.Children[new YamlScalarNode("kind")])}: 'kind:' is read or write, not '{kind}'.");
        }

        var entry = new OverlayEntry(method, reason ?? string.Empty, docs ?? string.Empty, Place(fileName, key))
        {
            Group = Text(fileName, body, "group", problems),
            Name = Text(fileName, body, "name", problems),
            Kind = kind,
            Paging = PagingText(fileName, body, problems),
            OneOf = OneOfLists(fileName, body, problems),
            ResultType = Text(fileName, body, "result", problems),
            Params = Patches(fileName, body, "params", problems),
            Types = TypePatches(fileName, body, problems),
        };
        return problems.Count == count ? entry : null;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, FieldPatch>> TypePatches(string fileName, YamlMappingNode body, List<string> problems)
    {
        var types = new Dictionary<string, IReadOnlyDictionary<string, FieldPatch>>(StringComparer.Ordinal);
        if (!body.Children.TryGetValue(new YamlScalarNode("types"), out var node))
        {
            return types;
        }

        if (node is not YamlMappingNode map)
        {
            problems.Add($"{Place(fileName, node)}: 'types:' is a map of type name to a map of field corrections.");
            return types;
        }

        foreach (var (key, value) in map.Children)
        {
            if (Scalar(key) is not { } type || value is not YamlMappingNode fields)
            {
                problems.Add($"{Place(fileName, key)}: each type is 'TypeName:' followed by a map of field corrections.");
                continue;
            }

            types[type] = PatchMap(fileName, fields, problems);
        }

        return types;
    }

    private static Dictionary<string, FieldPatch> Patches(string fileName, YamlMappingNode body, string key, List<string> problems)
    {
        if (!body.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return new Dictionary<string, FieldPatch>(StringComparer.Ordinal);
        }

        if (node is YamlMappingNode map)
        {
            return PatchMap(fileName, map, problems);
        }

        problems.Add($"{Place(fileName, node)}: '{key}:' is a map of wire name to correction.");
        return new Dictionary<string, FieldPatch>(StringComparer.Ordinal);
    }

    private static Dictionary<string, FieldPatch> PatchMap(string fileName, YamlMappingNode map, List<string> problems)
    {
        var patches = new Dictionary<string, FieldPatch>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (Scalar(key) is not { } wire || value is not YamlMappingNode patch || patch.Children.Count == 0)
            {
                problems.Add($"{Place(fileName, key)}: each field is 'WIRE_NAME: {{ type: ..., required: ..., name: ..., wire: ... }}'.");
                continue;
            }

            foreach (var unknown in patch.Children.Keys.Where(k => Scalar(k) is not { } name || !PatchKeys.Contains(name)))
            {
                problems.Add($"{Place(fileName, unknown)}: '{Scalar(unknown)}' is not a field correction (known: type, required, name, wire, add, description).");
            }

            var required = Text(fileName, patch, "required", problems);
            if (required is not (null or "true" or "false"))
            {
                problems.Add($"{Place(fileName, patch.Children[new YamlScalarNode("required")])}: 'required:' is true or false, not '{required}'.");
            }

            var add = Text(fileName, patch, "add", problems);
            var type = Text(fileName, patch, "type", problems);
            if (add is not (null or "true") || (add is not null && type is null))
            {
                problems.Add($"{Place(fileName, key)}: 'add: true' adds a field the page documents elsewhere (another variant, another table) and needs its 'type:'.");
            }

            patches[wire] = new FieldPatch(type, required is null ? null : required == "true",
                Text(fileName, patch, "name", problems), Place(fileName, key))
            {
                Wire = Text(fileName, patch, "wire", problems),
                Add = add == "true",
                Description = Text(fileName, patch, "description", problems),
            };
        }

        return patches;
    }

    /// <summary>The scalar under <paramref name="key"/>, null when absent; a problem when it is not a scalar.</summary>
    private static string? Text(string fileName, YamlMappingNode map, string key, List<string> problems)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            return null;
        }

        if (Scalar(node) is { } text)
        {
            return text;
        }

        problems.Add($"{Place(fileName, node)}: '{key}:' is a single value.");
        return null;
    }

    /// <summary><c>oneOf:</c>: a list of requirements, each a list of alternatives, an alternative a name or a list of names.</summary>
    private static List<IReadOnlyList<IReadOnlyList<string>>>? OneOfLists(string fileName, YamlMappingNode map, List<string> problems)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("oneOf"), out var node))
        {
            return null;
        }

        var requirements = new List<IReadOnlyList<IReadOnlyList<string>>>();
        foreach (var group in node is YamlSequenceNode groups ? groups.Children : [])
        {
            var alternatives = group is YamlSequenceNode items
                ? items.Children.Select(a => a is YamlSequenceNode set ? set.Children.Select(Scalar).ToList() : [Scalar(a)]).ToList()
                : [];
            if (alternatives.Count < 2 || alternatives.Any(a => a.Count == 0 || a.Any(n => n is null)))
            {
                problems.Add($"{Place(fileName, group)}: each 'oneOf:' requirement is a list of at least two alternatives, each a name or a list of names.");
                continue;
            }

            requirements.Add([.. alternatives.Select(a => (IReadOnlyList<string>)[.. a.Select(n => n!)])]);
        }

        if (node is not YamlSequenceNode)
        {
            problems.Add($"{Place(fileName, node)}: 'oneOf:' is a list of requirements ('- [CHAT_ID, DIALOG_ID]').");
        }

        return requirements;
    }

    /// <summary><c>paging:</c> as a word (<c>start</c>) or a mapping (<c>{ mode: cursor, param: LAST_ID }</c>), written back as flow YAML.</summary>
    private static string? PagingText(string fileName, YamlMappingNode map, List<string> problems)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("paging"), out var node) || node is not YamlMappingNode mapping)
        {
            return Text(fileName, map, "paging", problems);
        }

        var parts = new List<string>();
        foreach (var (key, value) in mapping.Children)
        {
            if (Scalar(key) is not { } name || Scalar(value) is not { } text || name is not ("mode" or "list" or "param" or "cursor"))
            {
                problems.Add($"{Place(fileName, key)}: 'paging:' is a word or a mapping of mode, list, param and cursor to single values.");
                return null;
            }

            parts.Add($"{name}: {text}");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static OverlayPlace Place(string fileName, YamlNode node) => new(fileName, (int)node.Start.Line, (int)node.Start.Column);
}

/// <summary>The entries of an overlay folder and what was wrong in it.</summary>
internal sealed record OverlayReading(IReadOnlyList<OverlayEntry> Entries, IReadOnlyList<string> Problems);
