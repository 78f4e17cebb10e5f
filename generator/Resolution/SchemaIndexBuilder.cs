using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Builds the <see cref="SchemaIndex"/> from every file's declarations: which file owns each method and type,
/// the extensions of <c>partial: true</c> types, the API tree, and the cross-file diagnostics. Files are taken in
/// path order, stock files before the user's, so the outcome never depends on the order the build lists them in.
/// </summary>
internal static class SchemaIndexBuilder
{
    public static SchemaIndex Build(ImmutableArray<SchemaDeclarations> files, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files
            .OrderBy(f => f.IsStock ? 0 : 1)
            .ThenBy(f => f.FilePath, StringComparer.Ordinal)
            .Where(f => f.Method is null || options.IncludesScope(f.Method.Scope))
            .ToList();

        var methodOwners = OwnMethods(ordered, diagnostics);
        var typeOwners = OwnTypes(ordered, diagnostics);
        var extensions = CollectExtensions(ordered, typeOwners, diagnostics);

        var known = new HashSet<string>(typeOwners.Keys);
        foreach (var file in ordered)
        {
            foreach (var reference in file.References.Where(r => !known.Contains(r.Name)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownType, reference.Span, reference.Name));
            }
        }

        var groups = new Dictionary<string, ApiGroupModel>(StringComparer.Ordinal);
        foreach (var method in methodOwners.Values.Select(o => o.Method).Where(m => m.Group.Path.Count > 0))
        {
            groups[string.Join(".", method.Group.Path)] = method.Group;
        }

        return new SchemaIndex(
            typeOwners.Keys.OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
            typeOwners.Select(p => new TypeOwner(p.Key, p.Value.FilePath)).OrderBy(o => o.TypeName, StringComparer.Ordinal).ToEquatableArray(),
            methodOwners.Select(p => new MethodOwner(p.Value.Method.Name, p.Value.File.FilePath)).OrderBy(o => o.MethodName, StringComparer.Ordinal).ToEquatableArray(),
            groups.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToEquatableArray(),
            files.Select(f => f.FilePath).OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
            extensions.ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// One file per method (names compare ignoring case, as on the portal). A user's file replaces a stock one
    /// (reported as information); any other duplicate is an error at the later file.
    /// </summary>
    private static Dictionary<string, (SchemaDeclarations File, MethodDeclaration Method)> OwnMethods(List<SchemaDeclarations> files, List<DiagnosticInfo> diagnostics)
    {
        var owners = new Dictionary<string, (SchemaDeclarations File, MethodDeclaration Method)>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.OrderBy(f => f.IsStock ? 1 : 0).ThenBy(f => f.FilePath, StringComparer.Ordinal))
        {
            if (file.Method is not { } method)
            {
                continue;
            }

            if (!owners.TryGetValue(method.Name, out var owner))
            {
                owners[method.Name] = (file, method);
            }
            else if (file.IsStock && !owner.File.IsStock)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReplacedStockMethod, owner.Method.Span, method.Name, file.FilePath));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateMethod, method.Span, method.Name, owner.File.FilePath));
            }
        }

        return owners;
    }

    /// <summary>One definition per type; a second one (reported at the user's file when a stock one exists) is an error.</summary>
    private static Dictionary<string, (string FilePath, TypeDeclaration Type)> OwnTypes(List<SchemaDeclarations> files, List<DiagnosticInfo> diagnostics)
    {
        var owners = new Dictionary<string, (string FilePath, TypeDeclaration Type)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var type in file.Types.Where(t => !t.IsPartial))
            {
                if (owners.TryGetValue(type.Name, out var owner))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateType, type.Span, type.Name, owner.FilePath));
                }
                else
                {
                    owners[type.Name] = (file.FilePath, type);
                }
            }
        }

        return owners;
    }

    /// <summary>The fields or values that <c>partial: true</c> declarations add, checked against the type they extend.</summary>
    private static List<TypeExtension> CollectExtensions(List<SchemaDeclarations> files, Dictionary<string, (string FilePath, TypeDeclaration Type)> owners, List<DiagnosticInfo> diagnostics)
    {
        var extensions = new List<TypeExtension>();
        var members = owners.ToDictionary(o => o.Key, o => new Dictionary<string, string>(o.Value.Type.MemberNames.ToDictionary(n => n, _ => o.Value.FilePath)), StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var type in file.Types.Where(t => t.IsPartial && t.Extension is not null))
            {
                if (!owners.TryGetValue(type.Name, out var owner))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PartialWithoutType, type.Span, type.Name));
                    continue;
                }

                if (owner.Type.Kind != type.Kind)
                {
                    var what = owner.Type.Kind == TypeKind.Enum ? "an enum: extend it with 'enum:'" : "an object: extend it with 'fields:'";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidValue, type.Span, "partial", $"'{type.Name}' is {what}"));
                    continue;
                }

                var taken = members[type.Name];
                var extension = type.Extension!;
                var fields = extension.Fields.Where(f => Accept(f.PropertyName, f.WireName, f.Span, type.Name, taken, file.FilePath, diagnostics)).ToEquatableArray();
                var values = extension.EnumMembers.Where(m => Accept(m.PropertyName, m.Value, type.Span, type.Name, taken, file.FilePath, diagnostics)).ToEquatableArray();
                extensions.Add(extension with { Fields = fields, EnumMembers = values });
            }
        }

        return extensions;
    }

    private static bool Accept(string propertyName, string wireName, SourceSpan span, string typeName, Dictionary<string, string> taken, string filePath, List<DiagnosticInfo> diagnostics)
    {
        if (propertyName == "AdditionalFields" || taken.TryGetValue(propertyName, out var other))
        {
            var where = propertyName == "AdditionalFields" ? "is a member every generated type already has" : $"is already a member of {typeName} (in {taken[propertyName]})";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClashingIdentifier, span, wireName, propertyName, where));
            return false;
        }

        taken[propertyName] = filePath;
        return true;
    }
}
