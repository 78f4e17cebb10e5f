using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// Generates deterministic deals in the <c>crm.deal.get</c> shape (see the docs' example): IDs 1..N, one hour
/// apart from 2024-01-01 09:00 +03:00, stages, currencies and amounts cycling.
/// </summary>
internal static class CrmDealSeed
{
    private static readonly DateTimeOffset FirstCreated = new(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(3));
    private static readonly string[] Stages = ["NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE"];
    private static readonly string[] Currencies = ["USD", "EUR", "RUB"];
    private static readonly string[] Types = ["SALE", "COMPLEX", "GOODS", "SERVICES"];

    public static void Generate(PortalState state, int count)
    {
        for (var id = 1; id <= count; id++)
        {
            state.CrmDeals.Put(id, Deal(id));
        }
    }

    /// <summary>Deal <paramref name="id"/> as generated.</summary>
    public static JsonObject Deal(long id)
    {
        var n = (int)((id - 1) % 420);
        var stage = Stages[n % Stages.Length];
        var semantic = stage switch
        {
            "WON" => "S",
            "LOSE" => "F",
            _ => "P",
        };
        var created = FirstCreated.AddHours(id - 1);
        var begin = new DateTimeOffset(created.Date, created.Offset);
        return new JsonObject
        {
            ["ID"] = Text(id),
            ["TITLE"] = string.Create(CultureInfo.InvariantCulture, $"Deal #{id}"),
            ["TYPE_ID"] = Types[n % Types.Length],
            ["STAGE_ID"] = stage,
            ["PROBABILITY"] = null,
            ["CURRENCY_ID"] = Currencies[n % Currencies.Length],
            ["OPPORTUNITY"] = (1000m * ((n % 20) + 1)).ToString("0.00", CultureInfo.InvariantCulture),
            ["IS_MANUAL_OPPORTUNITY"] = "N",
            ["TAX_VALUE"] = "0.00",
            ["LEAD_ID"] = null,
            ["COMPANY_ID"] = "0",
            ["CONTACT_ID"] = null,
            ["QUOTE_ID"] = null,
            ["BEGINDATE"] = Iso(begin),
            ["CLOSEDATE"] = Iso(begin.AddDays(7)),
            ["ASSIGNED_BY_ID"] = "1",
            ["CREATED_BY_ID"] = "1",
            ["MODIFY_BY_ID"] = "1",
            ["DATE_CREATE"] = Iso(created),
            ["DATE_MODIFY"] = Iso(created),
            ["OPENED"] = "Y",
            ["CLOSED"] = semantic == "P" ? "N" : "Y",
            ["COMMENTS"] = null,
            ["ADDITIONAL_INFO"] = null,
            ["LOCATION_ID"] = null,
            ["CATEGORY_ID"] = "0",
            ["STAGE_SEMANTIC_ID"] = semantic,
            ["IS_NEW"] = stage == "NEW" ? "Y" : "N",
            ["IS_RECURRING"] = "N",
            ["IS_RETURN_CUSTOMER"] = "N",
            ["IS_REPEATED_APPROACH"] = "N",
            ["SOURCE_ID"] = "WEB",
            ["SOURCE_DESCRIPTION"] = null,
            ["ORIGINATOR_ID"] = null,
            ["ORIGIN_ID"] = null,
            ["MOVED_BY_ID"] = "1",
            ["MOVED_TIME"] = Iso(created),
            ["LAST_ACTIVITY_TIME"] = Iso(created),
            ["LAST_ACTIVITY_BY"] = "1",
        };
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
