using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Diagnostics;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>
/// Finds the list a paged result wraps (<c>paging: { mode: start, list: tasks }</c> over <c>{"tasks": [...]}</c>) in the
/// result's type, whichever file declares it (a page type may be shared by several methods). Reported at <c>paging:</c>
/// when the field is missing or not a list.
/// </summary>
internal static class WrappedListResolver
{
    /// <summary>The list fields of an object type's fields (<c>T[]</c> or <c>T[]?</c>), as what a method may page over.</summary>
    public static EquatableArray<PagedListModel> ListFields(IEnumerable<FieldModel> fields)
    {
        var lists = new List<PagedListModel>();
        foreach (var field in fields)
        {
            if ((field.Type is NullableTypeRef nullable ? nullable.Inner : field.Type) is ListTypeRef list)
            {
                lists.Add(new PagedListModel(field.WireName, field.PropertyName, list.Item));
            }
        }

        return lists.ToEquatableArray();
    }

    /// <summary>The list field <paramref name="listName"/> of a type, or null with the problem to report.</summary>
    private static PagedListModel? Find(string typeName, TypeKind kind, EquatableArray<PagedListModel> lists, string listName, out string? problem)
    {
        problem = null;
        if (kind != TypeKind.Object)
        {
            problem = $"'list: {listName}' names a field of the result's type, but '{typeName}' is an enum";
            return null;
        }

        if (lists.FirstOrDefault(l => l.WireName == listName) is { } found)
        {
            return found;
        }

        problem = lists.IsEmpty
            ? $"'{typeName}' has no list field '{listName}' ('{listName}: Item[]'), and no list field at all"
            : $"'{typeName}' has no list field '{listName}' ('{listName}: Item[]'); its list fields are {string.Join(", ", lists.Select(l => "'" + l.WireName + "'"))}";
        return null;
    }

    /// <summary>The wrapped lists of the methods that page over one.</summary>
    public static EquatableArray<WrappedPagingModel> Resolve(
        IEnumerable<(SchemaDeclarations File, MethodDeclaration Method)> methods,
        Dictionary<string, (string FilePath, TypeDeclaration Type)> types,
        List<DiagnosticInfo> diagnostics)
    {
        var resolved = new List<WrappedPagingModel>();
        foreach (var (file, method) in methods)
        {
            // An unknown result type is already reported (B24G0003) where it is used.
            if (method.PagedListName is not { } listName || method.ResultTypeName is not { } typeName || !types.TryGetValue(typeName, out var owner))
            {
                continue;
            }

            if (Find(typeName, owner.Type.Kind, owner.Type.ListFields, listName, out var problem) is { } list)
            {
                resolved.Add(new WrappedPagingModel(method.Name, list));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.At(DiagnosticDescriptors.InvalidValue, new(file.FilePath, DeclarationPart.Paging), "paging", problem!));
            }
        }

        resolved.Sort(static (a, b) => string.CompareOrdinal(a.MethodName, b.MethodName));
        return resolved.ToEquatableArray();
    }
}
