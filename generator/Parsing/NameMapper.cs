using System.Collections.Generic;
using System.Text;

namespace B24Gen.Generator.Parsing;

/// <summary>Maps wire names (<c>GAPI_CALENDAR_ID</c>, <c>view_time</c>, <c>~DESCRIPTION</c>) to C# names.</summary>
internal static class NameMapper
{
    private static readonly HashSet<string> s_keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>
    /// PascalCase from a wire name: parts split at <c>_</c>, <c>.</c>, <c>-</c> and spaces; an all-caps part
    /// becomes <c>Capitalized</c>; camelCase parts keep their inner capitals. A leading <c>~</c> (the portal's
    /// unescaped copy of a field) becomes the prefix <c>Raw</c>.
    /// </summary>
    public static string ToPascalCase(string wireName)
    {
        var builder = new StringBuilder(wireName.Length + 3);
        var name = wireName;
        if (name.StartsWith("~", System.StringComparison.Ordinal))
        {
            builder.Append("Raw");
            name = name.Substring(1);
        }

        var allCaps = IsAllCaps(name);
        foreach (var part in name.Split('_', '.', '-', ' ', '~'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            var rest = part.Substring(1);
            builder.Append(allCaps || IsAllCaps(part) ? rest.ToLowerInvariant() : rest);
        }

        return builder.ToString();
    }

    public static bool IsValidIdentifier(string name)
    {
        if (name.Length == 0 || s_keywords.Contains(name))
        {
            return false;
        }

        if (!(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCaps(string text)
    {
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter;
    }
}
