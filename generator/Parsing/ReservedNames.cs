using System;
using System.Collections.Generic;
using System.Linq;

namespace B24Gen.Generator.Parsing;

/// <summary>
/// Names the generated code takes for itself, so a schema name that equals one is a located error (B24G0008)
/// rather than a C# error in generated code.
/// </summary>
internal static class ReservedNames
{
    /// <summary>Types every build generates besides the schema's own, in the generated namespace.</summary>
    private static readonly HashSet<string> s_generatedTypes = new(StringComparer.Ordinal) { "B24Api", "B24Methods", "JsonConverters" };

    /// <summary>Members every class or struct has (a member of that name would hide one).</summary>
    public static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize"];

    /// <summary>Members every class or struct has, and the ones every generated type adds.</summary>
    private static readonly HashSet<string> s_members = new(ObjectMembers.Concat(["JsonType", "WriteProperties", "SetAdditionalFields"]), StringComparer.Ordinal);

    /// <summary>The parameters and locals of the generated reading and writing code, which a member must not shadow.</summary>
    private static readonly HashSet<string> s_locals = new(StringComparer.Ordinal) { "reader", "writer", "index", "field" };

    /// <summary>Namespaces the generated code must not be put in: the platform's and the runtime's.</summary>
    private static readonly string[] s_namespaces = ["System", "Microsoft", "B24Gen", "B24Gen.Serialization", "B24Gen.Http", "B24Gen.Batch", "B24Gen.Paging", "B24Gen.Resilience", "B24Gen.Auth", "B24Gen.Diagnostics"];

    /// <summary>Why the generated code cannot live in <paramref name="ns"/>, or null when it can.</summary>
    public static string? NamespaceProblem(string ns)
    {
        foreach (var reserved in s_namespaces)
        {
            var isRoot = reserved is "System" or "Microsoft";
            if (ns == reserved || (isRoot && ns.StartsWith(reserved + ".", StringComparison.Ordinal)))
            {
                return $"is {(isRoot ? "the platform's" : "the B24Gen runtime's")} namespace, where generated types would clash with its types";
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="name"/> cannot name a schema type, or null when it can.</summary>
    public static string? TypeNameProblem(string name)
    {
        if (!NameMapper.IsValidIdentifier(name))
        {
            return "is not a valid C# identifier; use letters, digits and '_', not starting with a digit";
        }

        if (s_generatedTypes.Contains(name))
        {
            return "is a type the generated code declares itself; pick another type name";
        }

        if (s_members.Contains(name) || name == "AdditionalFields")
        {
            return "is a member every generated type has, and a type cannot be named like its members; pick another type name";
        }

        if (name.StartsWith("_", StringComparison.Ordinal))
        {
            return "starts with '_' (alone, it is C#'s discard); start it with a letter";
        }

        if (IsLowerCaseAscii(name))
        {
            return "is all lower-case ASCII (C# keeps such names for keywords: record, file, scoped, var...; CS8981); start it with a capital";
        }

        // The runtime's types all start with B24 (B24Client, B24Response, B24Date...): a schema type of that
        // name would hide or shadow one of them for the code that uses both namespaces.
        return name.StartsWith("B24", StringComparison.Ordinal)
            ? "starts with 'B24' (B24Gen keeps those names for its own types: B24Client, B24Response...); prefix types with their scope instead"
            : null;
    }

    /// <summary>Why <paramref name="name"/> cannot name a member of a generated type, or null when it can.</summary>
    public static string? MemberNameProblem(string name)
    {
        if (s_members.Contains(name))
        {
            return "is a member every generated type already has";
        }

        if (s_locals.Contains(name))
        {
            return "is the name of a parameter or local in the generated reading and writing code";
        }

        return name.StartsWith("_", StringComparison.Ordinal)
            ? "starts with '_' (the generated code keeps those names for its private members)"
            : null;
    }

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }
}
