using B24Gen.Api;

namespace B24Gen.WebApi;

/// <summary>A batch: three calls in one request to the portal, each read as its own type.</summary>
public static class SummaryEndpoints
{
    public sealed record Summary(int Calendars, string TimeZone, int Deals);

    public static async Task<Summary> GetAsync(B24Client client, CancellationToken cancellationToken)
    {
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, new() { Type = CalendarType.User, OwnerId = 1 });
        var settings = batch.Add(B24Methods.CalendarUserSettingsGet, new());
        var deals = batch.Add(B24Methods.CrmDealList, new() { Select = ["ID"] });
        await batch.ExecuteAsync(cancellationToken);
        return new Summary(sections.Value.Count, settings.Value.TimezoneName, deals.Value.Count);
    }
}
