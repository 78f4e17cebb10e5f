using System;
using System.Collections.Generic;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// Names the generated code takes for itself, so a schema name that equals one is a located error (B24G0008)
/// rather than a C# error in generated code.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Types every build generates besides the schema's own, in the generated namespace.</summary>
    private static readonly HashSet<string> s_generatedTypes = new(StringComparer.Ordinal) { "B24Api", "B24Methods", "JsonConverters" };

    /// <summary>Members every class or struct has, and the ones every generated type adds.</summary>
    private static readonly HashSet<string> s_members = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
        "JsonType", "WriteProperties",
    };

    /// <summary>Why <paramref name="name"/> cannot name a schema type, or null when it can.</summary>
    public static string? TypeNameProblem(string name)
    {
        if (s_generatedTypes.Contains(name))
        {
            return "is a type the generated code declares itself; pick another type name";
        }

        // The runtime's types all start with B24 (B24Client, B24Response, B24Date...): a schema type of that
        // name would hide or shadow one of them for the code that uses both namespaces.
        return name.StartsWith("B24", StringComparison.Ordinal)
            ? "starts with 'B24', which B24Gen keeps for its own types (B24Client, B24Response...); prefix types with their scope instead"
            : null;
    }

    /// <summary>Why <paramref name="name"/> cannot name a member of a generated type, or null when it can.</summary>
    public static string? MemberNameProblem(string name)
    {
        if (s_members.Contains(name))
        {
            return "is a member every generated type already has";
        }

        return name.StartsWith("_", StringComparison.Ordinal)
            ? "starts with '_', which the generated code keeps for its private members"
            : null;
    }
}
