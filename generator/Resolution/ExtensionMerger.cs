using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Checks the fields and values that <c>partial: true</c> declarations add to a type against the type's own members
/// and each other (first come, in the index's file order, first served), dropping and reporting clashes. Done for
/// the file that owns the type, which has its members at hand, so the index need not carry every type's member names
/// and stays cached when a field is added to a type nobody extends.
/// </summary>
internal static class ExtensionMerger
{
    public static EquatableArray<TypeExtension> Merge(
        SchemaFileModel owner,
        IEnumerable<TypeExtension> extensions,
        List<DiagnosticInfo> diagnostics)
    {
        var merged = new List<TypeExtension>();
        var taken = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var extension in extensions)
        {
            if (!taken.TryGetValue(extension.TypeName, out var names))
            {
                names = OwnMembers(owner, extension.TypeName);
                taken[extension.TypeName] = names;
            }

            var fields = extension.Fields
                .Where(f => Accept(f.PropertyName, f.WireName, f.Span, extension, names, diagnostics))
                .ToEquatableArray();
            var values = extension.EnumMembers
                .Where(m => Accept(m.PropertyName, m.Value, extension.Span, extension, names, diagnostics))
                .ToEquatableArray();
            merged.Add(extension with { Fields = fields, EnumMembers = values });
        }

        return merged.ToEquatableArray();
    }

    /// <summary>The type's own member names, each with the file that declared it.</summary>
    private static Dictionary<string, string> OwnMembers(SchemaFileModel owner, string typeName)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var type = owner.Types.FirstOrDefault(t => t.Name == typeName);
        if (type is not null)
        {
            var members = type.Kind == TypeKind.Enum ? type.EnumMembers.Select(m => m.PropertyName) : type.Fields.Select(f => f.PropertyName);
            foreach (var member in members)
            {
                names[member] = owner.FilePath;
            }
        }

        return names;
    }

    private static bool Accept(string propertyName, string wireName, SourceSpan span, TypeExtension extension, Dictionary<string, string> taken, List<DiagnosticInfo> diagnostics)
    {
        if (propertyName == "AdditionalFields" || taken.ContainsKey(propertyName))
        {
            var where = propertyName == "AdditionalFields"
                ? "is a member every generated type already has"
                : $"is already a member of {extension.TypeName} (in {taken[propertyName]})";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClashingIdentifier, span, wireName, propertyName, where));
            return false;
        }

        taken[propertyName] = extension.FilePath;
        return true;
    }
}
