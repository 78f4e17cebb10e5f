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
        var references = new List<NamedTypeRef>();
        foreach (var type in file.Types)
        {
            foreach (var field in type.Fields)
            {
                TypeMapper.VisitNames(field.Type, references.Add);
            }
        }

        MethodDeclaration? method = null;
        if (file.Method is { } m)
        {
            foreach (var parameter in m.Parameters)
            {
                TypeMapper.VisitNames(parameter.Type, references.Add);
            }

            TypeMapper.VisitNames(m.Result, references.Add);
            var lastDot = m.Name.LastIndexOf('.');
            var restPrefix = lastDot < 0 ? string.Empty : m.Name.Substring(0, lastDot);
            method = new MethodDeclaration(m.Name, new ApiGroupModel(m.GroupPath, restPrefix), m.Span);
        }

        return new SchemaDeclarations(
            file.FilePath,
            method,
            file.Types.Select(t => new TypeDeclaration(t.Name, t.IsPartial, t.Span)).ToEquatableArray(),
            references.ToEquatableArray());
    }
}
