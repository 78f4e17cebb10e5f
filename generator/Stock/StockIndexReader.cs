using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Stock;

/// <summary>
/// Reads the stock index that ships in the package beside the precompiled stock assemblies: what they contain, so a
/// user's YAML can add to their groups, reference their types and extend them, without the generator parsing the
/// stock YAML or reading the Compilation. Scopes compiled from YAML instead (<c>B24GenSourceScopes</c>) and scopes
/// left out (<c>B24GenScopes</c>) are skipped. A line it does not understand is skipped too: the index comes from
/// the package, and a newer format must not break an older generator.
/// </summary>
internal static class StockIndexReader
{
    /// <summary>The path prefix of a precompiled file's declarations: never a real file, so never emitted or located.</summary>
    public const string PathPrefix = "<stock>/";

    private static readonly char[] s_pathSeparators = ['/', '\\'];

    /// <summary>Whether <paramref name="filePath"/> names a file of the precompiled stock API (see <see cref="PathPrefix"/>).</summary>
    public static bool IsPrecompiledPath(string filePath) => filePath.StartsWith(PathPrefix, StringComparison.Ordinal);

    /// <summary>The scope of a stock file: its folder, lower-cased (<c>crm/crm.deal.list.yaml</c>, with or without <see cref="PathPrefix"/>).</summary>
    public static string ScopeOf(string filePath)
    {
        var relative = IsPrecompiledPath(filePath) ? filePath.Substring(PathPrefix.Length) : filePath;
        return relative.Split('/')[0].ToLowerInvariant();
    }

    /// <summary>
    /// The folder that holds a stock file, whatever its path: a scope compiled from YAML in the user's build
    /// (<c>/.../schema/sale/sale.order.add.yaml</c>) as well as an index path. Stock files lie directly in their scope's folder.
    /// </summary>
    public static string FolderOf(string filePath)
    {
        var end = filePath.LastIndexOfAny(s_pathSeparators);
        if (end <= 0)
        {
            return string.Empty;
        }

        var start = filePath.LastIndexOfAny(s_pathSeparators, end - 1) + 1;
        return filePath.Substring(start, end - start).ToLowerInvariant();
    }

    public static StockIndex Read(string text, GeneratorOptions options)
    {
        var files = new List<SchemaDeclarations>();
        var types = new List<StockType>();
        string? path = null;
        MethodDeclaration? method = null;
        EventDeclaration? @event = null;
        var declarations = new List<TypeDeclaration>();
        var skip = false;

        void Flush()
        {
            if (path is not null && !skip)
            {
                files.Add(new SchemaDeclarations(PathPrefix + path, IsStock: true, method, declarations.ToEquatableArray(), EquatableArray<string>.Empty, IsPrecompiled: true) { Event = @event });
            }

            method = null;
            @event = null;
            declarations.Clear();
        }

        foreach (var line in text.Split('\n'))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            switch (parts[0])
            {
                case "file" when parts.Length >= 2:
                    Flush();
                    path = parts[1];
                    var scope = ScopeOf(path);
                    skip = options.SourceScopes.Contains(scope) || !options.IncludesScope(scope);
                    break;
                case "method" when parts.Length >= 10 && path is not null && Enum.TryParse<PagingKind>(parts[8], out var paging):
                    var group = new ApiGroupModel(parts[3].Split('.').ToEquatableArray(), parts[4]);
                    method = new MethodDeclaration(parts[1], parts[2], group, paging, parts[9] == "-" ? null : parts[9], parts[5], parts[6], parts[7]);
                    break;
                case "event" when parts.Length >= 4 && path is not null:
                    @event = new EventDeclaration(parts[1], parts[2], parts[3]);
                    break;
                case "type" when parts.Length >= 5 && path is not null && !skip && Enum.TryParse<TypeKind>(parts[2], out var kind):
                    var members = parts.Skip(5).ToEquatableArray();
                    var isInput = parts[3] == "in";
                    var id = parts[4] == "-" ? null : parts[4];
                    declarations.Add(new TypeDeclaration(parts[1], kind, IsPartial: false, kind == TypeKind.Object && id is null ? members : EquatableArray<string>.Empty, Extension: null, id, isInput));
                    types.Add(new StockType(parts[1], kind, isInput, members));
                    break;
            }
        }

        Flush();
        types.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new StockIndex(files.ToEquatableArray(), types.ToEquatableArray());
    }
}
