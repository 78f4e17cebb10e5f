using System;
using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Emit;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Resolution;

/// <summary>Extracts a file's <see cref="SchemaDeclarations"/>.</summary>
internal static class DeclarationCollector
{
    public static SchemaDeclarations Collect(SchemaFileModel file)
    {
        MethodDeclaration? method = null;
        if (file.Method is { } m)
        {
            var lastDot = m.Name.LastIndexOf('.');
            var restPrefix = lastDot < 0 ? string.Empty : m.Name.Substring(0, lastDot);
            var itemType = m.Result is ListTypeRef { Item: NamedTypeRef item } ? item.Name : null;
            method = new MethodDeclaration(m.Name, m.Scope, new ApiGroupModel(m.GroupPath, restPrefix), m.Paging, itemType, m.Verb, m.DescriptorName, m.RequestTypeName)
            {
                PagedListName = m.PagedListName,
                ResultTypeName = m.PagedListName is null ? null : (m.Result as NamedTypeRef)?.Name,
            };
        }

        return new SchemaDeclarations(
            file.FilePath,
            file.IsStock,
            method,
            file.Types.Select(t => Declare(file.FilePath, t)).ToEquatableArray(),
            References(file).Select(r => r.Name).ToEquatableArray())
        {
            Event = file.Event is { } e ? new EventDeclaration(e.Code, e.ClassName, e.DataTypeName) : null,
        };
    }

    /// <summary>
    /// Every type name the file references, with its span: the fields of its types, then the method's parameters and
    /// result. <see cref="DeclarationPart.Reference"/> places count in this order.
    /// </summary>
    public static List<NamedTypeRef> References(SchemaFileModel file)
    {
        var references = new List<NamedTypeRef>();
        VisitReferences(file, references.Add);
        return references;
    }

    /// <summary>Calls <paramref name="visit"/> for every type name the file references, in <see cref="References"/> order.</summary>
    public static void VisitReferences(SchemaFileModel file, Action<NamedTypeRef> visit)
    {
        foreach (var type in file.Types)
        {
            foreach (var field in type.Fields)
            {
                TypeMapper.VisitNames(field.Type, visit);
            }
        }

        if (file.Method is { } method)
        {
            foreach (var parameter in method.Parameters)
            {
                TypeMapper.VisitNames(parameter.Type, visit);
            }

            TypeMapper.VisitNames(method.Result, visit);
        }
    }

    private static TypeDeclaration Declare(string filePath, TypeModel type)
    {
        var extension = type.IsPartial ? new TypeExtension(type.Name, filePath, type.Fields, type.EnumMembers, type.Span) : null;
        var idProperty = IdProperty(type.Fields);
        var members = type.Kind == TypeKind.Object && idProperty is null
            ? type.Fields.Select(f => f.PropertyName).ToEquatableArray()
            : EquatableArray<string>.Empty;
        return new TypeDeclaration(type.Name, type.Kind, type.IsPartial, members, extension, idProperty, type.IsInput)
        {
            ListFields = type.Kind == TypeKind.Object && !type.IsPartial ? WrappedListResolver.ListFields(type.Fields) : EquatableArray<PagedListModel>.Empty,
        };
    }

    /// <summary>The C# name of the <c>ID: int</c> field that the fast paging mode orders and filters by, if there is one.</summary>
    internal static string? IdProperty(EquatableArray<FieldModel> fields) =>
        fields.FirstOrDefault(f => f.WireName == "ID" && f.Type is PrimitiveTypeRef { Kind: PrimitiveKind.Int })?.PropertyName;
}
