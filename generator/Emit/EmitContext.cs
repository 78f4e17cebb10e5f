using System.Collections.Generic;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>What every emitter needs besides its model: the visibility to use and which type names exist.</summary>
internal sealed class EmitContext
{
    private readonly HashSet<string> _knownTypes;

    public EmitContext(GeneratorOptions options, IEnumerable<string> knownTypes)
    {
        Options = options;
        Qualifier = options.Qualifier;
        _knownTypes = new HashSet<string>(knownTypes);
    }

    public GeneratorOptions Options { get; }

    public string Visibility => Options.Visibility;

    /// <summary><c>global::Ns.</c>: written before every generated type's name, so no user type can capture it.</summary>
    public string Qualifier { get; }

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
