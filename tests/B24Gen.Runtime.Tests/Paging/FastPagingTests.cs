using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests.Paging;

/// <summary>
/// <c>ListAllAsync</c> of a <c>paging: fast</c> method: ID order, <c>&gt;ID</c> filter, <c>start=-1</c>, 50 pages chained
/// per batch call, over 10,000 generated deals.
/// </summary>
public sealed class FastPagingTests : EmulatorTest
{
    private const int Deals = 10_000;

    protected override PortalEmulatorOptions? EmulatorOptions => new() { DealCount = Deals };

    /// <summary>The generated deals' stage: the emulator cycles seven stages.</summary>
    private static string Stage(long id) => new[] { "NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE" }[(int)((id - 1) % 420 % 7)];

    [Fact]
    public async Task Ten_thousand_deals_come_in_five_requests_each_once_in_id_order()
    {
        var deals = await Api.Crm.Deal.ListAllAsync().ToListAsync();

        Assert.Equal(Enumerable.Range(1, Deals).Select(id => (long)id), deals.Select(d => d.Id));
        Assert.Equal("Deal #10000", deals[^1].Title);

        // 4 batches of 50 full pages (2,500 deals each), then one whose first page is empty.
        Assert.Equal(5, Emulator.Requests.Count);
        var calls = BatchCalls(Emulator);
        Assert.Equal(5, calls.Count);
        Assert.All(calls, call => Assert.Equal(50, Commands(call).Count));
        Assert.Equal(
            ["crm.deal.list?filter[>ID]=0&order[ID]=ASC&start=-1", "crm.deal.list?filter[>ID]=2500&order[ID]=ASC&start=-1", "crm.deal.list?filter[>ID]=5000&order[ID]=ASC&start=-1", "crm.deal.list?filter[>ID]=7500&order[ID]=ASC&start=-1", "crm.deal.list?filter[>ID]=10000&order[ID]=ASC&start=-1"],
            calls.Select(call => Commands(call)[0].Value));
        Assert.Equal("crm.deal.list?order[ID]=ASC&start=-1&filter[>ID]=$result[page0][49][ID]", Commands(calls[0])[1].Value);
        Assert.Equal("crm.deal.list?order[ID]=ASC&start=-1&filter[>ID]=$result[page48][49][ID]", Commands(calls[0])[49].Value);
        Assert.Equal(1, Halt(calls[0]));
    }

    [Fact]
    public async Task The_callers_filter_is_kept_the_order_replaced_and_ID_added_to_the_select()
    {
        var request = new CrmDealListRequest
        {
            Filter = new Dictionary<string, JsonElement> { ["STAGE_ID"] = Of("\"WON\""), ["<=ID"] = Of(9000) },
            Order = new Dictionary<string, string> { ["TITLE"] = "DESC" },
            Select = ["TITLE", "STAGE_ID"],
        };

        var deals = await Api.Crm.Deal.ListAllAsync(request).ToListAsync();

        var expected = Enumerable.Range(1, 9000).Where(id => Stage(id) == "WON").Select(id => (long)id).ToList();
        Assert.Equal(expected, deals.Select(d => d.Id));
        Assert.All(deals, deal => Assert.Equal("Deal #" + deal.Id, deal.Title));
        Assert.Null(deals[0].Opportunity); // not selected
        var first = Commands(Assert.Single(BatchCalls(Emulator)))[0].Value;
        Assert.Equal("crm.deal.list?select[0]=TITLE&select[1]=STAGE_ID&select[2]=ID&filter[STAGE_ID]=WON&filter[<%3DID]=9000&filter[>ID]=0&order[ID]=ASC&start=-1", first);
    }

    [Fact]
    public async Task The_callers_own_greater_than_ID_is_where_the_listing_starts()
    {
        var request = new CrmDealListRequest { Filter = new Dictionary<string, JsonElement> { [">ID"] = Of("\"9990\"") } };

        var deals = await Api.Crm.Deal.ListAllAsync(request).ToListAsync();

        Assert.Equal(Enumerable.Range(9991, 10).Select(id => (long)id), deals.Select(d => d.Id));
        Assert.StartsWith("crm.deal.list?filter[>ID]=9990&order[ID]=ASC&start=-1", Commands(Assert.Single(BatchCalls(Emulator)))[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_fetched_as_the_caller_enumerates()
    {
        var seen = 0;
        await foreach (var deal in Api.Crm.Deal.ListAllAsync())
        {
            if (++seen == 2600)
            {
                break;
            }
        }

        Assert.Equal(2, BatchCalls(Emulator).Count);
    }

    [Fact]
    public async Task A_failing_page_throws_its_error_while_enumerating()
    {
        Serve(200, """{"result":{"result":[],"result_error":{"page0":{"error":"","error_description":"Access denied."}},"result_total":[],"result_next":[],"result_time":[]}}""", method: "batch");

        var exception = await Assert.ThrowsAsync<B24MethodException>(() => Api.Crm.Deal.ListAllAsync().ToListAsync().AsTask());

        Assert.Equal("Access denied.", exception.Description);
        Assert.Equal("crm.deal.list", exception.Method);
    }

    [Fact]
    public async Task A_method_that_ignores_the_ID_filter_is_reported_rather_than_repeated()
    {
        var page = new JsonArray(Enumerable.Range(1, 50).Select(id => (JsonNode)new JsonObject { ["ID"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray());
        Emulator.Methods.Register("demo.stuck.list", _ => MethodResult.Success(page.DeepClone()));
        var stuck = new B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>>("demo.stuck.list", B24MethodKind.Read, CrmDealListRequest.JsonType, B24Methods.CrmDealList.Result, B24Paging.Fast);

        var exception = await Assert.ThrowsAsync<B24ResponseFormatException>(() => Client.ListFastAsync(stuck, new CrmDealListRequest(), deal => deal.Id).ToListAsync().AsTask());

        Assert.Contains("ID 1 came after ID 50", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ID_that_repeats_is_reported_too_with_the_whole_advice()
    {
        var page = new JsonArray(new[] { 1, 2, 2 }.Select(id => (JsonNode)new JsonObject { ["ID"] = id }).ToArray());
        Emulator.Methods.Register("demo.twice.list", _ => MethodResult.Success(page.DeepClone()));
        var twice = new B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>>("demo.twice.list", B24MethodKind.Read, CrmDealListRequest.JsonType, B24Methods.CrmDealList.Result, B24Paging.Fast);
        var seen = new List<long>();

        var exception = await Assert.ThrowsAsync<B24ResponseFormatException>(async () =>
        {
            await foreach (var deal in Client.ListFastAsync(twice, new CrmDealListRequest(), deal => deal.Id))
            {
                seen.Add(deal.Id);
            }
        });

        Assert.Equal([1, 2], seen);
        Assert.Equal("demo.twice.list", exception.Method);
        Assert.Equal(200, exception.HttpStatus);
        Assert.Equal(
            "The fast mode needs items by ascending ID after the >ID filter, but ID 2 came after ID 2. The method may not support it: declare it paging: start and use ListAsync.",
            exception.Description);
    }

    [Fact]
    public void Only_fast_methods_page_in_the_fast_mode_and_only_paged_methods_page_at_all()
    {
        var startOnly = new B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>>("crm.deal.list", B24MethodKind.Read, CrmDealListRequest.JsonType, B24Methods.CrmDealList.Result, B24Paging.Start);

        Assert.Throws<ArgumentException>(() => Client.ListFastAsync(startOnly, new CrmDealListRequest(), deal => deal.Id));
        Assert.Throws<ArgumentException>(() => Client.ListAsync(B24Methods.CalendarSectionGet, UserOneSections));
        Assert.Equal(B24Paging.Fast, B24Methods.CrmDealList.Paging);
        Assert.Equal(B24Paging.None, B24Methods.CalendarSectionGet.Paging);
        Assert.Empty(Emulator.Requests);
    }
}

/// <summary>Edges of the fast mode: an empty table, and a table of exactly one batch.</summary>
public sealed class FastPagingEdgeTests
{
    private static async Task<(List<long> Ids, int Calls)> ListAllAsync(int deals)
    {
        await using var emulator = await PortalEmulator.StartAsync(new PortalEmulatorOptions { DealCount = deals });
        using var client = new B24Client(TestOptions.Webhook(emulator.WebhookUrl));
        var ids = new List<long>();
        await foreach (var deal in new B24Api(client).Crm.Deal.ListAllAsync())
        {
            ids.Add(deal.Id);
        }

        return (ids, BatchCalls(emulator).Count);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(49, 1)]
    [InlineData(50, 1)]
    [InlineData(2_499, 1)]
    [InlineData(2_500, 2)]
    [InlineData(2_501, 2)]
    public async Task Every_deal_once_in_as_few_calls_as_the_page_sizes_allow(int deals, int calls)
    {
        var (ids, sent) = await ListAllAsync(deals);

        Assert.Equal(Enumerable.Range(1, deals).Select(id => (long)id), ids);
        Assert.Equal(calls, sent);
    }
}
