using System.Collections.Generic;
using B24Gen.Generator.Parsing;

namespace B24Gen.Generator.Emit;

/// <summary>Names of locals in generated readers: camelCase of the property, kept clear of keywords and helper locals.</summary>
internal static class LocalNames
{
    private static readonly HashSet<string> s_taken = new()
    {
        "reader", "writer", "value", "propertyIndex", "unknownProperty", "additionalFields", "exception", "token",
    };

    public static string For(string propertyName)
    {
        var local = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
        if (s_taken.Contains(local) || local.StartsWith("seen", System.StringComparison.Ordinal))
        {
            return local + "Field";
        }

        return NameMapper.IsValidIdentifier(local) ? local : "@" + local;
    }
}
