using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Checks the fields and values that <c>partial: true</c> declarations add to a type against the type's own members
/// and each other (first come, in the index's file order, first served), dropping and reporting clashes. The file
/// that owns the type does it for emitting (it has the members at hand, so the index need not carry every type's
/// member names); the index does it for the fast paging mode's <c>ID</c>, with the same rules.
/// </summary>
internal static class ExtensionMerger
{
    /// <param name="ownerPath">The file that defines the extended types.</param>
    /// <param name="ownMembers">A type's own member (C# property) names.</param>
    /// <param name="extensions">The extensions of the owner's types, in the index's order.</param>
    /// <param name="diagnostics">Where clashes are reported; null to only drop them.</param>
    public static EquatableArray<TypeExtension> Merge(
        string ownerPath,
        Func<string, IEnumerable<string>> ownMembers,
        IEnumerable<TypeExtension> extensions,
        List<DiagnosticInfo>? diagnostics)
    {
        var merged = new List<TypeExtension>();
        var membersByType = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var extension in extensions)
        {
            if (!membersByType.TryGetValue(extension.TypeName, out var members))
            {
                // Each member with the file that declared it, for the clash message.
                members = ownMembers(extension.TypeName).ToDictionary(name => name, _ => ownerPath, StringComparer.Ordinal);
                membersByType[extension.TypeName] = members;
            }

            var fields = extension.Fields
                .Where(f => Accept(f.PropertyName, f.WireName, f.Span, extension, members, diagnostics))
                .ToEquatableArray();
            var values = extension.EnumMembers
                .Where(m => Accept(m.PropertyName, m.Value, extension.Span, extension, members, diagnostics))
                .ToEquatableArray();
            merged.Add(extension with { Fields = fields, EnumMembers = values });
        }

        return merged.ToEquatableArray();
    }

    /// <summary>The own members of <paramref name="typeName"/> as defined in <paramref name="owner"/>.</summary>
    public static IEnumerable<string> MembersOf(SchemaFileModel owner, string typeName)
    {
        var type = owner.Types.FirstOrDefault(t => t.Name == typeName && !t.IsPartial);
        if (type is null)
        {
            return [];
        }

        return type.Kind == TypeKind.Enum ? type.EnumMembers.Select(m => m.PropertyName) : type.Fields.Select(f => f.PropertyName);
    }

    private static bool Accept(string propertyName, string wireName, SourceSpan span, TypeExtension extension, Dictionary<string, string> members, List<DiagnosticInfo>? diagnostics)
    {
        var isReserved = propertyName == "AdditionalFields";
        if (isReserved || members.ContainsKey(propertyName))
        {
            var reason = isReserved
                ? "is a member every generated type already has"
                : $"is already a member of {extension.TypeName} (in {members[propertyName]})";
            diagnostics?.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ClashingIdentifier, span, wireName, propertyName, reason));
            return false;
        }

        members[propertyName] = extension.FilePath;
        return true;
    }
}
