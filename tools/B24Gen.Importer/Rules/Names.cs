using System.Text;

namespace B24Gen.Importer.Rules;

/// <summary>C# type names for imported types: PascalCase of the words of a method or field name.</summary>
internal static class Names
{
    /// <summary>
    /// <c>calendar.section.get</c> → <c>CalendarSectionGet</c>; <c>GAPI_CALENDAR_ID</c> → <c>GapiCalendarId</c>;
    /// <c>~DESCRIPTION</c> (the portal's raw, unescaped copy of a field) → <c>RawDescription</c>, as the generator names it.
    /// </summary>
    public static string Pascal(string wire)
    {
        var text = new StringBuilder(wire.Length + 3);
        if (wire.StartsWith('~'))
        {
            text.Append("Raw");
        }

        foreach (var part in wire.Split('.', '_', '-', ' ', '~', '*'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var allCaps = part.All(c => !char.IsLetter(c) || char.IsUpper(c));
            text.Append(char.ToUpperInvariant(part[0])).Append(allCaps ? part[1..].ToLowerInvariant() : part[1..]);
        }

        var name = text.ToString();
        return name.Length > 0 && char.IsDigit(name[0]) ? "N" + name : name;
    }
}
