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
            .Where(o => o.FilePath == file.FilePath && file.Types.Any(t => t.Name == o.TypeName))
            .Select(o => o.TypeName)
            .ToEquatableArray();
        var ownsMethod = file.Method is { } m && index.MethodOwners.Any(o => o.FilePath == file.FilePath && string.Equals(o.MethodName, m.Name, StringComparison.OrdinalIgnoreCase));
        return new EmitUnit(
            file,
            referenced.Where(known.Contains).ToEquatableArray(),
            owned,
            ownsMethod,
            HintName(file));
    }

    private static string HintName(SchemaFileModel file)
    {
        if (file.Method is { } method)
        {
            return method.Name + ".g.cs";
        }

        // Types-only files may share a file name across folders; a hash of the path keeps hint names unique.
        var stem = new string(Path.GetFileNameWithoutExtension(file.FilePath).Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray());
        return $"{stem}.{StableHash(file.FilePath):x8}.g.cs";
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
