using System.ComponentModel;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace B24Gen.Serialization;

/// <summary>
/// A request that needs one of several parameters (the schema's <c>oneOf:</c>): <c>IBLOCK_ID</c> or <c>IBLOCK_CODE</c>; or
/// one of several sets (<c>attachId</c>, or <c>moduleId</c> + <c>entityType</c> + <c>entityId</c>). Checked before a call is
/// sent, so a request that names none is an <see cref="ArgumentException"/> that says what to set, not the portal's 400.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class B24OneOf
{
    /// <summary>Describes the alternatives.</summary>
    /// <param name="alternatives">Each alternative's wire names: all of one alternative make the request complete.</param>
    public B24OneOf(params string[][] alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Length < 2 || alternatives.Any(a => a is null || a.Length == 0))
        {
            throw new ArgumentException("A one-of requirement has at least two alternatives, each of at least one parameter.", nameof(alternatives));
        }

        Alternatives = alternatives;
    }

    /// <summary>The alternatives, each a set of wire names.</summary>
    public IReadOnlyList<string[]> Alternatives { get; }

    /// <summary>Whether the parameters sent (a request's body) hold every name of some alternative.</summary>
    /// <param name="parameters">The request as it would be sent.</param>
    /// <returns>True when an alternative is complete.</returns>
    public bool IsMet(JsonElement parameters) =>
        parameters.ValueKind == JsonValueKind.Object && Alternatives.Any(a => a.All(name => parameters.TryGetProperty(name, out _)));

    /// <inheritdoc/>
    public override string ToString() => string.Join(" or ", Alternatives.Select(a => string.Join(" + ", a)));

    /// <summary>Throws when a request sent as <paramref name="parameters"/> meets none of <paramref name="requirements"/>' alternatives.</summary>
    internal static void ThrowIfUnmet(string method, IReadOnlyList<B24OneOf> requirements, JsonElement parameters)
    {
        foreach (var requirement in requirements)
        {
            if (!requirement.IsMet(parameters))
            {
#pragma warning disable CA2208 // The name is the public caller's parameter (CallAsync's request), which this helper checks for it.
                throw new ArgumentException($"{method} needs one of {requirement}: set {(requirement.Alternatives.Count == 2 ? "either" : "one of them")} in the request.", "request");
            }
        }
    }
}
