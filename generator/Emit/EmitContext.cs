using System.Collections.Generic;
using System.Linq;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>What every emitter needs besides its model: the visibility to use and which type names exist.</summary>
internal sealed class EmitContext
{
    private readonly HashSet<string> _knownTypes;

    private readonly HashSet<string> _externalGroups;

    /// <param name="options">The build properties.</param>
    /// <param name="knownTypes">The type names that exist (this file's references that some file or the stock API defines).</param>
    /// <param name="externalGroups">The groups (<c>Crm.Deal</c>) that another assembly defines: the precompiled stock API.</param>
    /// <param name="stockTypes">The known types that the precompiled stock API defines.</param>
    public EmitContext(GeneratorOptions options, IEnumerable<string> knownTypes, IEnumerable<string>? externalGroups = null, IEnumerable<string>? stockTypes = null)
    {
        Options = options;
        Qualifier = new TypeQualifier(options.Qualifier, stockTypes);
        _knownTypes = new HashSet<string>(knownTypes);
        _externalGroups = new HashSet<string>(externalGroups ?? [], System.StringComparer.Ordinal);
    }

    public GeneratorOptions Options { get; }

    public string Visibility => Options.Visibility;

    /// <summary><c>global::Ns.</c>: written before every generated type's name, so no user type can capture it.</summary>
    public TypeQualifier Qualifier { get; }

    /// <summary>Whether the group of <paramref name="path"/> is another assembly's (the precompiled stock API).</summary>
    public bool IsExternalGroup(IReadOnlyList<string> path) => _externalGroups.Count > 0 && _externalGroups.Contains(string.Join(".", path));

    /// <summary>
    /// The class that holds the descriptors of the methods in <paramref name="path"/>: the one that attaches the
    /// outermost group this assembly defines (<c>CalendarApiExtensions</c>). Null when the group is the root or
    /// another assembly's: such a method has a class of its own.
    /// </summary>
    public string? DescriptorHost(IReadOnlyList<string> path)
    {
        if (path.Count == 0 || IsExternalGroup(path))
        {
            return null;
        }

        // The group itself is this assembly's, so some prefix (at the longest, the path) is the first that is.
        var length = 1;
        while (IsExternalGroup(path.Take(length).ToList()))
        {
            length++;
        }

        return ApiEmitter.AttachmentName(path.Take(length).ToList());
    }

    /// <summary>The full name of a group's class: <c>global::B24Gen.Api.CalendarSectionApi</c>.</summary>
    public string GroupClass(IReadOnlyList<string> path) => path.Count == 0 ? GlobalNames.B24Api :
        (IsExternalGroup(path) ? TypeQualifier.Stock : (string)Qualifier) + Emit.ApiEmitter.GroupClassName(path);

    /// <summary>False when the type mentions a name no file defines; that member is left out (B24G0003 says why).</summary>
    /// <remarks>A plain recursion rather than <see cref="TypeMapper.VisitNames"/>: asked per member, a closure each time added up.</remarks>
    public bool IsResolved(TypeRef type) => type switch
    {
        NamedTypeRef n => _knownTypes.Contains(n.Name),
        NullableTypeRef n => IsResolved(n.Inner),
        ListTypeRef l => IsResolved(l.Item),
        MapTypeRef m => IsResolved(m.Value),
        UnionTypeRef u => IsResolved(u.First) && IsResolved(u.Second),
        _ => true,
    };
}
