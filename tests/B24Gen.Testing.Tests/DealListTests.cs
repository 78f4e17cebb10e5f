using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class DealListTests : EmulatorFixture
{
    private const int Deals = 123;

    protected override PortalEmulatorOptions CreateOptions() => new() { DealCount = Deals, SeedState = false };

    private async Task<Answer> ListAsync(string json = "{}") => await CallAsync("crm.deal.list", json);

    private static string[] Ids(Answer answer) => answer.Json["result"]!.AsArray().Select(deal => deal!["ID"]!.GetValue<string>()).ToArray();

    private static string[] Range(int from, int count) => Enumerable.Range(from, count).Select(i => i.ToString()).ToArray();

    [Fact]
    public async Task A_deal_has_the_docs_shape()
    {
        var deal = (await ListAsync("""{"filter":{"ID":1}}""")).Json["result"]![0]!.AsObject();

        Assert.Equal("1", deal["ID"]!.GetValue<string>());
        Assert.Equal("Deal #1", deal["TITLE"]!.GetValue<string>());
        Assert.Equal("1000.00", deal["OPPORTUNITY"]!.GetValue<string>());
        Assert.Equal("USD", deal["CURRENCY_ID"]!.GetValue<string>());
        Assert.Equal("NEW", deal["STAGE_ID"]!.GetValue<string>());
        Assert.Equal("2024-01-01T09:00:00+03:00", deal["DATE_CREATE"]!.GetValue<string>());
        Assert.Null(deal["LEAD_ID"]);
        Assert.True(deal.ContainsKey("LEAD_ID"));
        Assert.All(deal, pair => Assert.True(pair.Value is null || pair.Value.GetValueKind() == System.Text.Json.JsonValueKind.String, pair.Key));
        Assert.Equal(Deals, Emulator.State.CrmDeals.Count);
    }

    [Fact]
    public async Task Pages_hold_50_with_total_and_next_until_the_last()
    {
        var first = await ListAsync("""{"order":{"ID":"ASC"}}""");
        var second = await ListAsync("""{"order":{"ID":"ASC"},"start":50}""");
        var last = await ListAsync("""{"order":{"ID":"ASC"},"start":"100"}""");

        Assert.Equal(Range(1, 50), Ids(first));
        Assert.Equal(Deals, first.Json["total"]!.GetValue<long>());
        Assert.Equal(50, first.Json["next"]!.GetValue<long>());
        Assert.Equal(["result", "next", "total", "time"], first.Json.AsObject().Select(pair => pair.Key));
        Assert.Equal(Range(51, 50), Ids(second));
        Assert.Equal(100, second.Json["next"]!.GetValue<long>());
        Assert.Equal(Range(101, 23), Ids(last));
        Assert.Equal(Deals, last.Json["total"]!.GetValue<long>());
        Assert.False(last.Json.AsObject().ContainsKey("next"));
    }

    [Fact]
    public async Task Start_minus_one_drops_total_and_next()
    {
        var answer = await ListAsync("""{"order":{"ID":"ASC"},"filter":{">ID":10},"start":-1}""");

        Assert.Equal(Range(11, 50), Ids(answer));
        Assert.Equal(["result", "time"], answer.Json.AsObject().Select(pair => pair.Key));
    }

    [Fact]
    public async Task The_fast_mode_loop_reads_every_deal_once()
    {
        var seen = new List<string>();
        var lastId = 0L;
        while (true)
        {
            var page = Ids(await ListAsync($$"""{"order":{"ID":"ASC"},"filter":{">ID":{{lastId}}},"select":["ID"],"start":-1}"""));
            seen.AddRange(page);
            if (page.Length < 50)
            {
                break;
            }

            lastId = long.Parse(page[^1]);
        }

        Assert.Equal(Range(1, Deals), seen);
        Assert.Equal(3, Emulator.Requests.Count);
    }

    [Fact]
    public async Task Filters_compare_ids_as_numbers()
    {
        Assert.Equal(Range(1, 9), Ids(await ListAsync("""{"filter":{"<ID":10}}""")));
        Assert.Equal(Range(1, 10), Ids(await ListAsync("""{"filter":{"<=ID":"10"}}""")));
        Assert.Equal(Range(120, 4), Ids(await ListAsync("""{"filter":{">=ID":120}}""")));
        Assert.Equal(["7"], Ids(await ListAsync("""{"filter":{"ID":"7"}}""")));
        Assert.Equal(["7"], Ids(await ListAsync("""{"filter":{"=ID":7}}""")));
        Assert.Equal(["2", "4"], Ids(await ListAsync("""{"filter":{"@ID":[4,2]}}""")));
        Assert.Equal(["5", "6"], Ids(await ListAsync("""{"filter":{">id":4,"<ID":7}}""")));
        Assert.Equal(Deals - 1, (await ListAsync("""{"filter":{"!ID":1}}""")).Json["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Filters_on_other_fields_work_too()
    {
        var won = await ListAsync("""{"filter":{"STAGE_ID":"WON","CURRENCY_ID":"EUR"},"select":["ID","STAGE_ID","CURRENCY_ID"]}""");
        Assert.All(won.Json["result"]!.AsArray(), deal =>
        {
            Assert.Equal("WON", deal!["STAGE_ID"]!.GetValue<string>());
            Assert.Equal("EUR", deal["CURRENCY_ID"]!.GetValue<string>());
        });
        Assert.NotEmpty(won.Json["result"]!.AsArray());

        Assert.Equal(["100", "101", "102", "103", "104", "105", "106", "107", "108", "109"], Ids(await ListAsync("""{"filter":{"%TITLE":"#10"},"start":-1}""")).Where(id => id.Length == 3));
        Assert.Equal(["1", "10", "100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "11", "110"], Ids(await ListAsync("""{"filter":{"=%TITLE":"Deal #1%"},"order":{"TITLE":"ASC"}}""")).Take(14));
        Assert.Equal(["2"], Ids(await ListAsync("""{"filter":{"<DATE_CREATE":"2024-01-01T11:00:00+03:00",">DATE_CREATE":"2024-01-01T09:30:00+03:00"}}""")));
    }

    [Fact]
    public async Task Order_desc_and_select_shape_the_page()
    {
        var answer = await ListAsync("""{"ORDER":{"ID":"DESC"},"SELECT":["TITLE","OPPORTUNITY"],"START":0}""");

        Assert.Equal(Range(74, 50).Reverse(), Ids(answer));
        var deal = answer.Json["result"]![0]!.AsObject();
        Assert.Equal(["ID", "TITLE", "OPPORTUNITY"], deal.Select(pair => pair.Key));
        Assert.Equal(Deals, answer.Json["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Select_star_returns_every_field()
    {
        var deal = (await ListAsync("""{"select":["*","UF_*"],"filter":{"ID":3}}""")).Json["result"]![0]!.AsObject();

        Assert.True(deal.Count > 30);
    }

    [Fact]
    public async Task Query_string_parameters_work_like_a_form()
    {
        var answer = await GetAsync($"{Emulator.WebhookUrl}crm.deal.list?order[ID]=DESC&filter[<ID]=4&select[]=ID");

        Assert.Equal(["3", "2", "1"], Ids(answer));
    }

    [Theory]
    [InlineData("filter")]
    [InlineData("order")]
    public async Task A_filter_or_order_that_is_not_an_object_is_an_error(string parameter)
    {
        var answer = await ListAsync($$"""{"{{parameter}}":"ID"}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal($$"""{"error":"","error_description":"Parameter '{{parameter}}' must be array."}""", answer.Text);
    }

    [Fact]
    public async Task State_changes_show_in_the_list()
    {
        Emulator.State.CrmDeals.Remove(2);

        Assert.Equal(["1", "3"], Ids(await ListAsync("""{"filter":{"<ID":4}}""")));
    }
}

public sealed class DealListEmptyTests : EmulatorFixture
{
    [Fact]
    public async Task By_default_there_are_no_deals()
    {
        var answer = await CallAsync("crm.deal.list");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("[]", answer.Json["result"]!.ToJsonString());
        Assert.Equal(0, answer.Json["total"]!.GetValue<long>());
        Assert.False(answer.Json.AsObject().ContainsKey("next"));
    }
}
