using B24Gen.Api;

namespace B24Gen.WebApi;

/// <summary>A typed call: the portal's deals, as the app's own shape.</summary>
public static class DealEndpoints
{
    public sealed record Deal(long Id, string Title, double Amount);

    public static async Task<IReadOnlyList<Deal>> ListAsync(B24Api api, CancellationToken cancellationToken)
    {
        var deals = await api.Crm.Deal.ListAsync(new() { Select = ["ID", "TITLE", "OPPORTUNITY"] }, cancellationToken);
        return [.. deals.Select(d => new Deal(d.Id, d.Title ?? string.Empty, d.Opportunity ?? 0))];
    }
}
