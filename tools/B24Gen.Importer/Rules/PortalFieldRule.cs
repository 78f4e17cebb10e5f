using System.Text.RegularExpressions;

namespace B24Gen.Importer.Rules;

/// <summary>
/// Names that belong to one portal, not to the API: custom fields (<c>UF_CRM_1725365197310</c>) and CRM relations to
/// a smart process (<c>PARENT_ID_1032</c>). A docs example shows them, but a stock type cannot have them; a project
/// adds its own in YAML (<c>partial: true</c>).
/// </summary>
internal static partial class PortalFieldRule
{
    [GeneratedRegex(@"^(?:UF_|PARENT_ID_\d+$)", RegexOptions.IgnoreCase)]
    private static partial Regex PortalName();

    public static bool IsPortalField(string name) => PortalName().IsMatch(name);
}
