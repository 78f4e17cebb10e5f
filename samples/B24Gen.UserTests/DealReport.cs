using System.Text.Json;
using B24Gen.Api;

namespace B24Gen.UserTests;

/// <summary>
/// The user's own code under test (in an app it lives in the app's project): the total of the deals in a stage,
/// over every page of <c>crm.deal.list</c>.
/// </summary>
public sealed class DealReport(B24Api api)
{
    public async Task<double> TotalAsync(string stageId, CancellationToken cancellationToken = default)
    {
        var total = 0.0;
        using var stage = JsonDocument.Parse($"\"{JsonEncodedText.Encode(stageId)}\"");
        var request = new CrmDealListRequest
        {
            Filter = new Dictionary<string, JsonElement> { ["STAGE_ID"] = stage.RootElement },
            Select = ["ID", "OPPORTUNITY"],
        };
        await foreach (var deal in api.Crm.Deal.ListAllAsync(request, cancellationToken))
        {
            total += deal.Opportunity ?? 0;
        }

        return total;
    }
}
