using System.Globalization;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.UserTests;

/// <summary>
/// A user's service tested against the emulator: seeded with data, scripted with faults, and asked afterwards what
/// the code sent. No network, no mocks of B24Gen's types: the real client talks HTTP to 127.0.0.1.
/// </summary>
public sealed class DealReportTests : IAsyncLifetime
{
    private PortalEmulator _portal = null!;
    private B24Client _client = null!;

    public async Task InitializeAsync()
    {
        // 400 generated deals, 58 of them in the stage NEW: more than one page of crm.deal.list (50 per page).
        _portal = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = 400 });
        _client = new B24Client(B24ClientOptions.FromWebhook(_portal.WebhookUrl) with { Retry = new() { BaseDelay = TimeSpan.FromMilliseconds(1) } });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _portal.DisposeAsync();
    }

    [Fact]
    public async Task The_total_covers_every_page_of_the_stage()
    {
        var report = new DealReport(new B24Api(_client));

        var total = await report.TotalAsync("NEW");

        Assert.Equal(ExpectedTotal("NEW"), total);
        // Every page the client asked for (by ID ranges, 50 pages per batch call) carried the user's filter.
        var pages = _portal.ExecutedCommands.Where(c => c.Method == "crm.deal.list").ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, c => Assert.Contains("\"STAGE_ID\":\"NEW\"", c.Parameters, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rate_limited_page_is_retried_and_the_total_is_the_same()
    {
        // ListAllAsync reads crm.deal.list in batch calls (50 pages each): the first batch call is refused once.
        _portal.EnqueueFault(new FaultResponse(503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""") { ForMethod = "batch" });
        var report = new DealReport(new B24Api(_client));

        var total = await report.TotalAsync("NEW");

        Assert.Equal(ExpectedTotal("NEW"), total);
        Assert.Single(_portal.Requests, r => r.ServedByFault);
    }

    [Fact]
    public async Task A_method_of_your_own_is_answered_by_a_handler_you_register()
    {
        // Anything the emulator does not model: answer it from the test.
        _portal.Methods.Register("crm.deal.get", context => MethodResult.Success(new JsonObject { ["ID"] = context.Parameters["id"]?.ToString(), ["TITLE"] = "Scripted" }));

        var deal = await new B24Api(_client).Crm.Deal.GetAsync(new() { Id = 7 });

        Assert.Equal("Scripted", deal.Title);
        Assert.Equal("""{"ID":7}""", _portal.Requests.Single(r => r.RestMethod == "crm.deal.get").Body);
    }

    /// <summary>The total straight from the emulator's state: what the report should have added up.</summary>
    private double ExpectedTotal(string stage) =>
        _portal.State.CrmDeals.List(d => (string?)d["STAGE_ID"] == stage).Sum(d => double.Parse((string)d["OPPORTUNITY"]!, CultureInfo.InvariantCulture));
}
