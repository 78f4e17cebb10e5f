using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using B24Gen.Generator.Emit;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>Cuts the index down to what one file needs (<see cref="EmitUnit"/>).</summary>
internal static class EmitUnitBuilder
{
    public static EmitUnit Build(SchemaFileModel file, SchemaIndex index)
    {
        var known = new HashSet<string>(index.TypeNames);
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in file.Types)
        {
            foreach (var field in type.Fields)
            {
                TypeMapper.VisitNames(field.Type, n => referenced.Add(n.Name));
            }
        }

        if (file.Method is { } method)
        {
            foreach (var parameter in method.Parameters)
            {
                TypeMapper.VisitNames(parameter.Type, n => referenced.Add(n.Name));
            }

            TypeMapper.VisitNames(method.Result, n => referenced.Add(n.Name));
        }

        var owned = index.TypeOwners
            .Where(o => o.FilePath == file.FilePath && file.Types.Any(t => t.Name == o.TypeName && !t.IsPartial))
            .Select(o => o.TypeName)
            .ToEquatableArray();

        // Fields that other files add to this file's types (partial: true) are emitted here, with their types.
        var extensions = index.Extensions.Where(e => owned.Contains(e.TypeName)).ToEquatableArray();
        foreach (var field in extensions.SelectMany(e => e.Fields))
        {
            TypeMapper.VisitNames(field.Type, n => referenced.Add(n.Name));
        }

        var ownsMethod = file.Method is { } m && index.MethodOwners.Any(o => o.FilePath == file.FilePath && string.Equals(o.MethodName, m.Name, StringComparison.OrdinalIgnoreCase));
        return new EmitUnit(
            file,
            referenced.Where(known.Contains).ToEquatableArray(),
            owned,
            ownsMethod,
            extensions,
            HintName(file, ownsMethod, index.FilePaths),
            ownsMethod ? index.FastPaging.FirstOrDefault(f => string.Equals(f.MethodName, file.Method!.Name, StringComparison.OrdinalIgnoreCase))?.IdProperty : null);
    }

    /// <summary>
    /// <c>{method}.g.cs</c> for a method's file; <c>{file name}.types.g.cs</c> for the others, numbered when two
    /// folders hold the same file name. Only file names count, so the output is the same on every machine.
    /// </summary>
    private static string HintName(SchemaFileModel file, bool ownsMethod, EquatableArray<string> allPaths)
    {
        if (ownsMethod && file.Method is { } method)
        {
            return method.Name + ".g.cs";
        }

        var stem = Stem(file.FilePath);
        var twins = allPaths.Where(p => string.Equals(Stem(p), stem, StringComparison.OrdinalIgnoreCase)).ToList();
        var suffix = twins.Count > 1 ? "." + (twins.IndexOf(file.FilePath) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return $"{stem}{suffix}.types.g.cs";
    }

    private static string Stem(string path) =>
        new(Path.GetFileNameWithoutExtension(path).Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray());
}
