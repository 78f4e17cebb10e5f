using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Emit;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>Cuts the index down to what one file needs (<see cref="EmitUnit"/>).</summary>
internal static class EmitUnitBuilder
{
    // One array for every call: a collection expression at the call site allocated a new one per path compared.
    private static readonly char[] s_pathSeparators = ['/', '\\'];

    public static EmitUnit Build(SchemaFileModel file, SchemaIndex index)
    {
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        Action<NamedTypeRef> reference = n => referenced.Add(n.Name); // one delegate, not one per field
        DeclarationCollector.VisitReferences(file, reference);

        // The index's lists are sorted by name: look names up rather than scanning the whole schema for every file.
        var owned = file.Types
            .Where(t => !t.IsPartial && Find(index.TypeOwners, t.Name, static o => o.TypeName) is { } owner && owner.FilePath == file.FilePath)
            .Select(t => t.Name)
            .ToEquatableArray();

        // Fields that other files add to this file's types (partial: true) are emitted here, with their types, once
        // checked against the types' own members; clashes are reported at the extension.
        var diagnostics = new List<DiagnosticInfo>();
        var extensions = ExtensionMerger.Merge(file.FilePath, name => ExtensionMerger.MembersOf(file, name), index.Extensions.Where(e => owned.Contains(e.TypeName)), diagnostics);
        foreach (var field in extensions.SelectMany(e => e.Fields))
        {
            TypeMapper.VisitNames(field.Type, reference);
        }

        // The owner of this file's method carries this file's own spelling of the name.
        var ownsMethod = file.Method is { } m && Find(index.MethodOwners, m.Name, static o => o.MethodName) is { } methodOwner && methodOwner.FilePath == file.FilePath;
        var ownsEvent = file.Event is { } e && Find(index.EventOwners, e.Code, static o => o.Code) is { } eventOwner && eventOwner.FilePath == file.FilePath;
        return new EmitUnit(
            file,
            referenced.Where(name => Find(index.TypeNames, name, static n => n) is not null).ToEquatableArray(),
            owned,
            ownsMethod,
            extensions,
            HintName(file, ownsMethod, ownsEvent, index.FilePaths, index.MethodOwners),
            ownsMethod ? index.FastPaging.FirstOrDefault(f => string.Equals(f.MethodName, file.Method!.Name, StringComparison.OrdinalIgnoreCase))?.IdProperty : null)
        {
            Diagnostics = diagnostics.ToEquatableArray(),
            OwnsEvent = ownsEvent,
            PagedList = ownsMethod && file.Method!.PagedListName is not null
                ? index.WrappedPaging.FirstOrDefault(w => string.Equals(w.MethodName, file.Method.Name, StringComparison.OrdinalIgnoreCase))?.List
                : null,
            StockTypeNames = index.StockTypeNames.IsEmpty ? EquatableArray<string>.Empty : referenced.Where(name => Find(index.StockTypeNames, name, static n => n) is not null).ToEquatableArray(),
            ExternalGroups = ownsMethod && !index.ExternalGroups.IsEmpty ? ExternalPrefixes(file.Method!.GroupPath, index.ExternalGroups) : EquatableArray<string>.Empty,
        };
    }

    /// <summary>The prefixes of <paramref name="path"/> (<c>Crm</c>, <c>Crm.Deal</c>) that are groups of the precompiled stock API.</summary>
    private static EquatableArray<string> ExternalPrefixes(EquatableArray<string> path, EquatableArray<string> external)
    {
        var found = new List<string>();
        for (var length = 1; length <= path.Count; length++)
        {
            var key = string.Join(".", path.Take(length));
            if (Find(external, key, static n => n) is not null)
            {
                found.Add(key);
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>
    /// <c>{method}.g.cs</c> for a method's file; <c>{file name}.types.g.cs</c> for the others, numbered when two
    /// folders hold the same file name. Only file names count, so the output is the same on every machine.
    /// </summary>
    private static string HintName(SchemaFileModel file, bool ownsMethod, bool ownsEvent, EquatableArray<string> allPaths, EquatableArray<MethodOwner> methods)
    {
        if (ownsMethod && file.Method is { } method)
        {
            return method.Name + ".g.cs";
        }

        // An event's class names it, and no method name ends in '.event'; a file whose event was left out is named as
        // a types-only file, so it never takes the name of the event's owner.
        if (ownsEvent && file.Event is { } @event)
        {
            return @event.ClassName + ".event.g.cs";
        }

        var stem = Stem(file.FilePath);
        var twins = 0;
        var position = 0;
        foreach (var path in allPaths)
        {
            if (SameStem(path, file.FilePath))
            {
                twins++;
                if (path == file.FilePath)
                {
                    position = twins;
                }
            }
        }

        var suffix = twins > 1 ? "." + position.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

        // A method 'x.types' has the file x.types.g.cs (hint names compare ignoring case): a types-only file x.yaml
        // then takes x-file.types.g.cs, which no method can have (method names hold no '-').
        var taken = methods.Any(m => string.Equals(m.MethodName, stem + suffix + ".types", StringComparison.OrdinalIgnoreCase));
        return $"{stem}{suffix}{(taken ? "-file" : string.Empty)}.types.g.cs";
    }

    /// <summary>Whether two paths give the same <see cref="Stem"/> (ignoring case), without making either.</summary>
    /// <remarks>Indexes rather than spans: spans would make the generator reference System.Memory, which not every compiler host provides.</remarks>
    private static bool SameStem(string left, string right)
    {
        var (leftStart, leftLength) = FileNameRange(left);
        var (rightStart, rightLength) = FileNameRange(right);
        if (leftLength != rightLength)
        {
            return false;
        }

        for (var i = 0; i < leftLength; i++)
        {
            if (char.ToUpperInvariant(StemChar(left[leftStart + i])) != char.ToUpperInvariant(StemChar(right[rightStart + i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the file name without its extension lies in <paramref name="path"/>.</summary>
    private static (int Start, int Length) FileNameRange(string path)
    {
        var start = path.LastIndexOfAny(s_pathSeparators) + 1;
        var end = path.LastIndexOf('.');
        return (start, (end >= start ? end : path.Length) - start);
    }

    private static char StemChar(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_';

    /// <summary>Binary search of a list sorted ordinally by <paramref name="keyOf"/>.</summary>
    private static T? Find<T>(EquatableArray<T> sorted, string key, Func<T, string> keyOf)
        where T : class, IEquatable<T>
    {
        var low = 0;
        var high = sorted.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = string.CompareOrdinal(keyOf(sorted[middle]), key);
            if (comparison == 0)
            {
                return sorted[middle];
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    private static string Stem(string path)
    {
        // The same file-name range as SameStem, so a stem and its twin test never disagree.
        var (start, length) = FileNameRange(path);
        return new string(path.Substring(start, length).Select(StemChar).ToArray());
    }
}
