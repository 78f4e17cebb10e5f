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
        _knownTypes = new HashSet<string>(knownTypes);
    }

    public GeneratorOptions Options { get; }

    public string Visibility => Options.Visibility;

    /// <summary>False when the type mentions a name no file defines; that member is left out (B24G0003 says why).</summary>
    public bool IsResolved(TypeRef type)
    {
        var resolved = true;
        TypeMapper.VisitNames(type, name => resolved &= _knownTypes.Contains(name.Name));
        return resolved;
    }
}
