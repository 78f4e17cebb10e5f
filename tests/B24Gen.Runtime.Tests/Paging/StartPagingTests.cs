using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Paging;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests.Paging;

/// <summary><c>client.ListAsync</c>: <c>start</c> = 0, then each page's <c>next</c>, until there is none.</summary>
public sealed class StartPagingTests : EmulatorTest
{
    private const int Deals = 137;

    protected override PortalEmulatorOptions? EmulatorOptions => new() { DealCount = Deals };

    private List<long> SentStarts() => Emulator.Requests
        .Where(r => r.RestMethod == "crm.deal.list")
        .Select(r =>
        {
            using var body = JsonDocument.Parse(r.Body);
            return body.RootElement.GetProperty("start").GetInt64();
        })
        .ToList();

    [Fact]
    public async Task Every_item_comes_once_in_the_portals_order()
    {
        var deals = await Client.ListAsync(B24Methods.CrmDealList, new CrmDealListRequest()).ToListAsync();

        Assert.Equal(Enumerable.Range(1, Deals).Select(id => (long)id), deals.Select(d => d.Id));
        Assert.Equal([0L, 50, 100], SentStarts());
        Assert.Equal(3, Emulator.Requests.Count);
    }

    [Fact]
    public async Task The_callers_order_and_filter_are_sent_as_they_are()
    {
        var request = new CrmDealListRequest
        {
            Order = new Dictionary<string, string> { ["ID"] = "DESC" },
            Filter = new Dictionary<string, JsonElement> { [">ID"] = Of(30) },
            Select = ["ID"],
        };

        var deals = await Client.ListAsync(B24Methods.CrmDealList, request).ToListAsync();

        Assert.Equal(Enumerable.Range(31, Deals - 30).Reverse().Select(id => (long)id), deals.Select(d => d.Id));
        Assert.Equal([0L, 50, 100], SentStarts());
        var first = Emulator.Requests[0].Body;
        Assert.Equal("""{"select":["ID"],"filter":{">ID":30},"order":{"ID":"DESC"},"start":0}""", first);
    }

    [Fact]
    public async Task An_empty_list_is_one_call()
    {
        var request = new CrmDealListRequest { Filter = new Dictionary<string, JsonElement> { [">ID"] = Of(1000) } };

        var deals = await Client.ListAsync(B24Methods.CrmDealList, request).ToListAsync();

        Assert.Empty(deals);
        Assert.Equal([0L], SentStarts());
    }

    [Fact]
    public void A_start_in_the_request_is_replaced_and_auth_goes_last()
    {
        var body = ListRequest.WithStart(Of("""{"filter":{"ID":1},"start":500,"select":["ID"]}"""), 50, "token123");

        Assert.Equal("""{"filter":{"ID":1},"select":["ID"],"start":50,"auth":"token123"}""", System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void The_fast_mode_merges_the_callers_order_filter_and_select_in_any_case()
    {
        var request = FastListRequest.Create(Of("""{"SELECT":["TITLE"],"FILTER":{">id":"40","%TITLE":"a"},"ORDER":{"TITLE":"DESC"},"start":10}"""));

        Assert.Equal(40, request.InitialId);
        Assert.Equal(["FILTER", ">ID"], request.IdFilterPath);
        Assert.Equal("demo?SELECT[0]=TITLE&SELECT[1]=ID&FILTER[%25TITLE]=a&FILTER[>ID]=77&ORDER[ID]=ASC&start=-1", B24Gen.Batch.PhpQuery.Render("demo", request.Pairs(77)));
    }

    [Fact]
    public void The_fast_mode_adds_filter_and_order_when_the_caller_has_none()
    {
        var request = FastListRequest.Create(Of("""{"select":["*"],"filter":[]}"""));

        Assert.Equal(0, request.InitialId);
        Assert.Equal("demo?select[0]=%2A&filter[>ID]=0&order[ID]=ASC&start=-1", B24Gen.Batch.PhpQuery.Render("demo", request.Pairs(0)));
    }
}
