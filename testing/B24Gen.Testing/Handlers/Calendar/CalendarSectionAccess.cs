using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// Who may change calendars and resources, and the small readers the section and resource handlers share.
/// The emulator has no user directory: user <see cref="AdministratorId"/> is the portal administrator (on a real
/// portal the first user is), every other user is an ordinary employee.
/// </summary>
internal static class CalendarSectionAccess
{
    /// <summary>The portal administrator: may manage every user's and group's calendars, and resources.</summary>
    public const long AdministratorId = 1;

    /// <summary>Whether the caller is the portal administrator.</summary>
    public static bool IsAdministrator(MethodCallContext context) => context.UserId == AdministratorId;

    /// <summary>
    /// Whether the caller may create or change a calendar of <paramref name="type"/> and <paramref name="ownerId"/>:
    /// the administrator always, anyone else only their own user calendars ("works for the calling user only; an
    /// administrator can create calendars for other users").
    /// </summary>
    public static bool MayManage(MethodCallContext context, string type, long ownerId) =>
        IsAdministrator(context) || (type == "user" && ownerId == context.UserId);

    /// <summary>
    /// Whether the caller may edit or delete a stored section: <see cref="MayManage"/> for its type and owner, and
    /// its <c>PERM.edit_section</c> (the current user's right as the record shows it) is not <c>false</c>.
    /// </summary>
    public static bool MayEdit(MethodCallContext context, JsonObject section)
    {
        var type = ParameterReader.ToScalarString(section["CAL_TYPE"]) ?? "";
        var owner = ParameterReader.ToInt64(section["OWNER_ID"]);
        var editSection = section["PERM"]?["edit_section"];
        return MayManage(context, type, owner) && editSection?.GetValueKind() != JsonValueKind.False;
    }

    /// <summary>A record's <c>ID</c> (string or number) as a number.</summary>
    public static long RecordId(JsonObject record) => ParameterReader.ToInt64(record["ID"]);

    /// <summary>An ID written the way list answers write it: a string.</summary>
    public static string IdText(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A date and time in the section format, <c>2024-12-10 06:36:00</c>.</summary>
    public static string SectionDate(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A parameter that must be text: <see langword="true"/> with the text when it is missing (text
    /// <see langword="null"/>), JSON <c>null</c> (null) or a string or number; <see langword="false"/> for objects,
    /// arrays and booleans, which the portal rejects as an invalid value.
    /// </summary>
    public static bool TryGetText(JsonObject parameters, string name, out string? text)
    {
        text = null;
        if (!parameters.TryGetPropertyValue(name, out var node) || node is null)
        {
            return true;
        }

        if (node.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
        {
            text = ParameterReader.ToScalarString(node);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A boolean as PHP-based endpoints accept it: JSON <c>true</c>/<c>false</c>, <c>"Y"</c>/<c>"N"</c>,
    /// <c>1</c>/<c>0</c>, <c>"true"</c>/<c>"false"</c>; <see langword="null"/> for anything else.
    /// </summary>
    public static bool? ToBoolean(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => ParameterReader.ToInt64(node) != 0,
        JsonValueKind.String => node.GetValue<string>().Trim().ToUpperInvariant() switch
        {
            "Y" or "1" or "TRUE" => true,
            "N" or "0" or "FALSE" or "" => false,
            _ => null,
        },
        _ => null,
    };
}
