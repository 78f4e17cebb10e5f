using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Builds the <see cref="SchemaIndex"/> from every file's declarations. Files are taken in path order, so which
/// duplicate wins does not depend on the order the build lists them in.
/// </summary>
internal static class SchemaIndexBuilder
{
    public static SchemaIndex Build(ImmutableArray<SchemaDeclarations> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToList();

        var typeOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            foreach (var type in file.Types)
            {
                if (type.IsPartial)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, type.Span, "partial", "extending a type with 'partial: true' is not supported yet; define the fields in the type itself"));
                }
                else if (typeOwners.TryGetValue(type.Name, out var owner))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateType, type.Span, type.Name, owner));
                }
                else
                {
                    typeOwners[type.Name] = file.FilePath;
                }
            }
        }

        var methodOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var groups = new Dictionary<string, ApiGroupModel>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            if (file.Method is not { } method)
            {
                continue;
            }

            // REST method names are case-insensitive on the portal, so calendar.event.getNearest duplicates get.nearest's twin spelling.
            if (methodOwners.TryGetValue(method.Name, out var owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMethod, method.Span, method.Name, owner));
                continue;
            }

            methodOwners[method.Name] = file.FilePath;
            if (method.Group.Path.Count > 0)
            {
                groups[string.Join(".", method.Group.Path)] = method.Group;
            }
        }

        foreach (var file in ordered)
        {
            foreach (var reference in file.References)
            {
                if (!typeOwners.ContainsKey(reference.Name))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownType, reference.Span, reference.Name));
                }
            }
        }

        return new SchemaIndex(
            typeOwners.Keys.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            typeOwners.Select(p => new TypeOwner(p.Key, p.Value)).OrderBy(o => o.TypeName, StringComparer.Ordinal).ToEquatableArray(),
            methodOwners.Select(p => new MethodOwner(p.Key, p.Value)).OrderBy(o => o.MethodName, StringComparer.Ordinal).ToEquatableArray(),
            groups.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToEquatableArray(),
            ordered.Select(f => f.FilePath).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }
}
