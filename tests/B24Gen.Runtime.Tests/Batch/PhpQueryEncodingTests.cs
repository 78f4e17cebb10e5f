using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Batch;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests.Batch;

/// <summary>Batch commands as PHP-style query strings: what is written, and that PHP's parsing reads it back.</summary>
public sealed class PhpQueryEncodingTests : IDisposable
{
    private readonly B24Client _client = new(TestOptions.Webhook("https://example.bitrix24.com/rest/1/secretcode/"));

    public void Dispose() => _client.Dispose();

    private static string Encode(string json) => PhpQuery.Render("demo.method", PhpQuery.Flatten(Of(json)));

    [Theory]
    [InlineData("""{"id":5}""", "demo.method?id=5")]
    [InlineData("""{}""", "demo.method")]
    [InlineData("""{"filter":{">ID":5},"select":["ID","TITLE"]}""", "demo.method?filter[>ID]=5&select[0]=ID&select[1]=TITLE")]
    [InlineData("""{"a":{"b":{"c":[1,[2,3],{"x":"y"}]}}}""", "demo.method?a[b][c][0]=1&a[b][c][1][0]=2&a[b][c][1][1]=3&a[b][c][2][x]=y")]
    [InlineData("""{"yes":true,"no":false}""", "demo.method?yes=1&no=0")]
    [InlineData("""{"gone":null,"none":[],"empty":{},"kept":""}""", "demo.method?kept=")]
    [InlineData("""{"price":1.50,"big":12345678901234,"neg":-3,"exp":1e3}""", "demo.method?price=1.50&big=12345678901234&neg=-3&exp=1e3")]
    [InlineData("""{"text":"a b&c=d/e?f#g+h%i"}""", "demo.method?text=a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh%25i")]
    [InlineData("""{"name":"Встреча ✓"}""", "demo.method?name=%D0%92%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0%20%E2%9C%93")]
    [InlineData("""{"when":"2024-12-10T06:36:00+02:00"}""", "demo.method?when=2024-12-10T06%3A36%3A00%2B02%3A00")]
    [InlineData("""{"filter":{">=DATE":"2024","<ID":9,"!STAGE_ID":"WON","@ID":[1,6],"%TITLE":"a","=%TITLE":"%a"}}""", "demo.method?filter[>%3DDATE]=2024&filter[<ID]=9&filter[!STAGE_ID]=WON&filter[@ID][0]=1&filter[@ID][1]=6&filter[%25TITLE]=a&filter[%3D%25TITLE]=%25a")]
    [InlineData("""{"odd key":{"a[b]":"c&d"}}""", "demo.method?odd%20key[a%5Bb%5D]=c%26d")]
    public void Parameters_are_written_as_php_reads_them(string json, string expected) => Assert.Equal(expected, Encode(json));

    [Fact]
    public void Phps_parsing_reads_back_every_value_as_text()
    {
        const string json = """
            {
              "filter": { ">=DATE_CREATE": "2024-01-01T00:00:00+03:00", "@ASSIGNED_BY_ID": [1, 6], "=%TITLE": "%a", "!STAGE_ID": "C1:NEW" },
              "order": { "TITLE": "ASC" },
              "fields": { "NAME": "A & B = C?", "COMMENTS": "50% off + free\nshipping", "ACTIVE": true, "HIDDEN": false, "RATE": 9.75 },
              "nested": [[1, 2], { "k": ["v"] }],
              "text": "Привет, мир"
            }
            """;

        var parsed = PhpQueryString.Parse(Encode(json)["demo.method?".Length..]);

        var expected = JsonNode.Parse("""
            {
              "filter": { ">=DATE_CREATE": "2024-01-01T00:00:00+03:00", "@ASSIGNED_BY_ID": ["1", "6"], "=%TITLE": "%a", "!STAGE_ID": "C1:NEW" },
              "order": { "TITLE": "ASC" },
              "fields": { "NAME": "A & B = C?", "COMMENTS": "50% off + free\nshipping", "ACTIVE": "1", "HIDDEN": "0", "RATE": "9.75" },
              "nested": [["1", "2"], { "k": ["v"] }],
              "text": "Привет, мир"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, parsed), parsed.ToJsonString());
    }

    [Fact]
    public void A_generated_request_is_written_with_its_wire_names()
    {
        var batch = _client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, new CalendarSectionGetRequest { Type = CalendarType.CompanyCalendar, OwnerId = 0 });
        var add = batch.Add(B24Methods.CalendarSectionAdd, new CalendarSectionAddRequest
        {
            Type = CalendarType.User,
            OwnerId = 1,
            Name = "Q&A",
            Export = new() { Allow = false, Set = CalendarSectionExportPeriod.ThreeBackNineForward },
        });

        Assert.Equal("calendar.section.get?type=company_calendar&ownerId=0", sections.Render(0));
        Assert.Equal("calendar.section.add?type=user&ownerId=1&name=Q%26A&export[ALLOW]=0&export[SET]=3_9", add.Render(0));
    }

    [Theory]
    [InlineData("id", new[] { "id" })]
    [InlineData("filter[>ID]", new[] { "filter", ">ID" })]
    [InlineData("fields[PHONE][0][VALUE]", new[] { "fields", "PHONE", "0", "VALUE" })]
    public void Parameter_names_split_into_keys(string name, string[] expected) => Assert.Equal(expected, PhpQuery.ParseName(name, "name"));

    [Theory]
    [InlineData("")]
    [InlineData("[a]")]
    [InlineData("a[")]
    [InlineData("a[]")]
    [InlineData("a]b")]
    [InlineData("a[b]c")]
    [InlineData("a[b[c]]")]
    public void Malformed_parameter_names_are_refused(string name) => Assert.Throws<ArgumentException>(() => PhpQuery.ParseName(name, "name"));

    [Fact]
    public void Bind_overrides_the_requests_value_and_everything_under_it()
    {
        var batch = _client.CreateBatch();
        var first = batch.Add(B24Methods.CrmDealList, Deal(1));
        var second = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest
        {
            Filter = new Dictionary<string, JsonElement> { [">ID"] = Of(5), ["@STAGE_ID"] = Of("""["NEW","WON"]"""), ["TYPE_ID"] = Of("\"SALE\"") },
        });

        second.Bind("filter[>ID]", first.Field("0", "ID")).Bind("filter[@STAGE_ID]", first.Field("0", "STAGE_ID"));

        Assert.Equal("crm.deal.list?filter[TYPE_ID]=SALE&filter[>ID]=$result[cmd0][0][ID]&filter[@STAGE_ID]=$result[cmd0][0][STAGE_ID]", second.Render(0));
    }

    [Fact]
    public void References_to_an_earlier_call_are_filled_in_with_scalars_and_structures()
    {
        var batch = _client.CreateBatch();
        var source = batch.Add(B24Methods.CrmDealList, Deal(1));
        var target = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest())
            .Bind("filter[ID]", source.Field("0", "ID"))
            .Bind("filter[TITLE]", source.Field("0", "TITLE"))
            .Bind("filter[@ID]", source.Field("0", "IDS"))
            .Bind("filter[CLOSED]", source.Field("0", "CLOSED"))
            .Bind("filter[NOTHING]", source.Field("0", "MISSING"))
            .Bind("filter[NULL]", source.Field("0", "LEAD_ID"));
        source.Succeed(Of("""[{"ID":"7","TITLE":"A&B","IDS":[3,4],"CLOSED":false,"LEAD_ID":null}]"""), null, null, null, 200, _client.Redactor);

        Assert.Equal(
            "crm.deal.list?filter[ID]=7&filter[TITLE]=A%26B&filter[@ID][0]=3&filter[@ID][1]=4&filter[CLOSED]=0&filter[NOTHING]=&filter[NULL]=",
            target.Render(callStart: 1));
        Assert.Equal(
            "crm.deal.list?filter[ID]=$result[cmd0][0][ID]&filter[TITLE]=$result[cmd0][0][TITLE]&filter[@ID]=$result[cmd0][0][IDS]&filter[CLOSED]=$result[cmd0][0][CLOSED]&filter[NOTHING]=$result[cmd0][0][MISSING]&filter[NULL]=$result[cmd0][0][LEAD_ID]",
            target.Render(callStart: 0));
    }

    [Fact]
    public void References_render_as_the_portal_reads_them()
    {
        var batch = _client.CreateBatch();
        var command = batch.Add(B24Methods.CrmDealList, Deal(1), "get_deals");

        Assert.Equal("$result[get_deals]", command.Result.ToString());
        Assert.Equal("$result[get_deals][ID]", command.Field("ID").ToString());
        Assert.Equal("$result[get_deals][0][ID]", command.Field("0", "ID").ToString());
        Assert.Equal("$result[get_deals][0][ID]", command.Result.Field("0").Field("ID").ToString());
        Assert.Equal(["0", "ID"], command.Field("0", "ID").Path);
        Assert.Same(command, command.Field("0").Command);
        Assert.Throws<ArgumentException>(() => command.Field("a[b]"));
        Assert.Throws<ArgumentException>(() => command.Field(""));
    }

    [Fact]
    public void Names_default_to_cmd_n_are_unique_and_validated()
    {
        var batch = _client.CreateBatch();
        var named = batch.Add(B24Methods.CrmDealList, Deal(1), "cmd1");
        var first = batch.Add(B24Methods.CrmDealList, Deal(1));
        var second = batch.Add(B24Methods.CrmDealList, Deal(1));

        Assert.Equal(["cmd1", "cmd0", "cmd2"], new[] { named.Name, first.Name, second.Name });
        Assert.Throws<ArgumentException>(() => batch.Add(B24Methods.CrmDealList, Deal(1), "cmd0"));
        Assert.Throws<ArgumentException>(() => batch.Add(B24Methods.CrmDealList, Deal(1), "bad name"));
        Assert.Throws<ArgumentException>(() => batch.Add(B24Methods.CrmDealList, Deal(1), "a[b]"));
        Assert.Throws<ArgumentException>(() => batch.Add(B24Methods.CrmDealList, Deal(1), ""));
        Assert.Equal(3, batch.Commands.Count);
        Assert.Equal("get_user-1.a:b", batch.Add(B24Methods.CrmDealList, Deal(1), "get_user-1.a:b").Name);
    }

    [Fact]
    public void A_reference_must_point_to_an_earlier_command_of_the_same_batch()
    {
        var batch = _client.CreateBatch();
        var first = batch.Add(B24Methods.CrmDealList, Deal(1));
        var second = batch.Add(B24Methods.CrmDealList, Deal(2));
        var other = _client.CreateBatch().Add(B24Methods.CrmDealList, Deal(3));

        Assert.Throws<ArgumentException>(() => first.Bind("filter[ID]", second.Field("0", "ID")));
        Assert.Throws<ArgumentException>(() => first.Bind("filter[ID]", first.Field("0", "ID")));
        Assert.Throws<ArgumentException>(() => second.Bind("filter[ID]", other.Field("0", "ID")));
        Assert.Throws<ArgumentException>(() => second.Bind("filter[", first.Field("0", "ID")));
        Assert.Same(second, second.Bind("filter[ID]", first.Field("0", "ID")));
    }
}
