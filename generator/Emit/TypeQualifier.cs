using System.Collections.Generic;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Writes <c>global::Ns.</c> before a schema type's name: the generated namespace for this build's own types, the
/// stock namespace for a type of the precompiled stock API. Used as a string, it is the generated namespace's prefix.
/// </summary>
internal sealed class TypeQualifier
{
    private readonly string _own;
    private readonly HashSet<string> _stockTypes;

    public TypeQualifier(string own, IEnumerable<string>? stockTypes = null)
    {
        _own = own;
        _stockTypes = new HashSet<string>(stockTypes ?? [], System.StringComparer.Ordinal);
    }

    public static readonly string Stock = "global::" + Model.StockNames.Namespace + ".";

    /// <summary>The prefix of <paramref name="typeName"/>'s full name.</summary>
    public string For(string typeName) => _stockTypes.Count > 0 && _stockTypes.Contains(typeName) ? Stock : _own;

    public static implicit operator string(TypeQualifier qualifier) => qualifier._own;

    public override string ToString() => _own;
}
