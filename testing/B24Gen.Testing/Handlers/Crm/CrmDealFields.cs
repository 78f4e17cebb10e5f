using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// Writes <c>crm.deal.add</c>/<c>update</c>'s <c>fields</c> into a deal in the <c>crm.deal.get</c> shape: the
/// writable fields of the docs' table (upper-case names; others are ignored, as the docs say for update), values as
/// the strings the CRM stores (money with two decimals), and the fields the portal derives from the stage.
/// </summary>
internal static class CrmDealFields
{
    /// <summary>What the portal fills in itself; <c>fields</c> cannot set them.</summary>
    private static readonly HashSet<string> ReadOnly = new(StringComparer.Ordinal)
    {
        "ID", "CREATED_BY_ID", "MODIFY_BY_ID", "DATE_CREATE", "DATE_MODIFY", "STAGE_SEMANTIC_ID", "IS_NEW",
        "MOVED_BY_ID", "MOVED_TIME", "LAST_ACTIVITY_TIME", "LAST_ACTIVITY_BY",
    };

    private static readonly string[] CustomPrefixes = ["UF_CRM_", "UTM_", "PARENT_ID_"];

    /// <summary>A new deal by <paramref name="userId"/> at <paramref name="now"/>: the portal's defaults, then <paramref name="fields"/>.</summary>
    public static JsonObject New(long id, JsonObject fields, long userId, DateTimeOffset now)
    {
        var deal = CrmDealSeed.Deal(id);
        var user = userId.ToString(CultureInfo.InvariantCulture);
        var day = new DateTimeOffset(now.Date, now.Offset);
        deal["TITLE"] = string.Create(CultureInfo.InvariantCulture, $"Deal #{id}");
        deal["TYPE_ID"] = "SALE";
        deal["STAGE_ID"] = "NEW";
        deal["CURRENCY_ID"] = "USD";
        deal["OPPORTUNITY"] = "0.00";
        deal["SOURCE_ID"] = null;
        deal["BEGINDATE"] = Iso(day);
        deal["CLOSEDATE"] = Iso(day.AddDays(7));
        foreach (var name in (string[])["ASSIGNED_BY_ID", "CREATED_BY_ID", "MODIFY_BY_ID", "MOVED_BY_ID", "LAST_ACTIVITY_BY"])
        {
            deal[name] = user;
        }

        foreach (var name in (string[])["DATE_CREATE", "DATE_MODIFY", "MOVED_TIME", "LAST_ACTIVITY_TIME"])
        {
            deal[name] = Iso(now);
        }

        Apply(deal, fields, userId, now);
        return deal;
    }

    /// <summary>Writes the given fields, then <c>DATE_MODIFY</c>/<c>MODIFY_BY_ID</c> and the stage's derived fields.</summary>
    public static void Apply(JsonObject deal, JsonObject fields, long userId, DateTimeOffset now)
    {
        var previousStage = ParameterReader.ToScalarString(deal["STAGE_ID"]);
        foreach (var (key, value) in fields)
        {
            var name = key.Trim().ToUpperInvariant();
            if (name == "CONTACT_IDS")
            {
                deal["CONTACT_ID"] = value is JsonArray { Count: > 0 } contacts ? ParameterReader.ToScalarString(contacts[0]) : null;
            }
            else if (!ReadOnly.Contains(name) && (deal.ContainsKey(name) || Array.Exists(CustomPrefixes, prefix => name.StartsWith(prefix, StringComparison.Ordinal))))
            {
                deal[name] = Stored(name, value);
            }
        }

        var user = userId.ToString(CultureInfo.InvariantCulture);
        deal["MODIFY_BY_ID"] = user;
        deal["DATE_MODIFY"] = Iso(now);
        var stage = ParameterReader.ToScalarString(deal["STAGE_ID"]) ?? "NEW";
        var semantic = stage.EndsWith("WON", StringComparison.Ordinal) ? "S" : stage.EndsWith("LOSE", StringComparison.Ordinal) ? "F" : "P";
        deal["STAGE_SEMANTIC_ID"] = semantic;
        deal["CLOSED"] = semantic == "P" ? "N" : "Y";
        deal["IS_NEW"] = stage == "NEW" ? "Y" : "N";
        if (stage != previousStage)
        {
            deal["MOVED_BY_ID"] = user;
            deal["MOVED_TIME"] = Iso(now);
        }
    }

    /// <summary>The date format of the deal records (<c>2024-08-30T14:29:00+02:00</c>).</summary>
    public static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static JsonNode? Stored(string name, JsonNode? value)
    {
        if (value is JsonObject or JsonArray)
        {
            return value.DeepClone();
        }

        var text = ParameterReader.ToScalarString(value);
        if (text is not null && name is "OPPORTUNITY" or "TAX_VALUE"
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var money))
        {
            return money.ToString("0.00", CultureInfo.InvariantCulture);
        }

        return text;
    }
}
