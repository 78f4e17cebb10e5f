using B24Gen.Api;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// The public entry points refuse a null or a misuse before anything is sent: the exception names the argument, and
/// its message says what was wrong and what to do instead.
/// </summary>
public sealed class ArgumentCheckTests : IDisposable
{
    private readonly B24Client _client = new(TestOptions.Webhook("https://example.bitrix24.com/rest/1/secretcode/"));

    public void Dispose() => _client.Dispose();

    private static void RefusesNull(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    private static void Refuses(string parameter, string message, Action call)
    {
        var error = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    private static B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>> DealList(B24Paging paging) =>
        new("crm.deal.list", B24MethodKind.Read, CrmDealListRequest.JsonType, B24Methods.CrmDealList.Result, paging);

    private static B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>> DealList(string name) =>
        new(name, B24MethodKind.Read, CrmDealListRequest.JsonType, B24Methods.CrmDealList.Result);

    [Fact]
    public void ListAsync_refuses_nulls()
    {
        RefusesNull("client", () => B24ListExtensions.ListAsync(null!, B24Methods.CrmDealList, new CrmDealListRequest()));
        RefusesNull("method", () => _client.ListAsync<CrmDealListRequest, CrmDeal>(null!, new CrmDealListRequest()));
        RefusesNull("request", () => _client.ListAsync(B24Methods.CrmDealList, null!));
    }

    [Fact]
    public void ListFastAsync_refuses_nulls()
    {
        RefusesNull("client", () => B24ListExtensions.ListFastAsync(null!, B24Methods.CrmDealList, new CrmDealListRequest(), deal => deal.Id));
        RefusesNull("method", () => _client.ListFastAsync<CrmDealListRequest, CrmDeal>(null!, new CrmDealListRequest(), deal => deal.Id));
        RefusesNull("request", () => _client.ListFastAsync(B24Methods.CrmDealList, null!, deal => deal.Id));
        RefusesNull("idOf", () => _client.ListFastAsync(B24Methods.CrmDealList, new CrmDealListRequest(), null!));
    }

    [Fact]
    public void Paging_a_method_that_does_not_page_that_way_says_which_call_to_use()
    {
        Refuses("method", "calendar.section.get does not page (paging: none): call it once with CallAsync.",
            () => _client.ListAsync(B24Methods.CalendarSectionGet, new CalendarSectionGetRequest { Type = CalendarType.User, OwnerId = 1 }));
        Refuses("method", "crm.deal.list does not declare the fast mode (paging: fast): use ListAsync.",
            () => _client.ListFastAsync(DealList(B24Paging.Start), new CrmDealListRequest(), deal => deal.Id));
        Refuses("method", "crm.deal.list does not declare the fast mode (paging: fast): use ListAsync.",
            () => _client.ListFastAsync(DealList(B24Paging.None), new CrmDealListRequest(), deal => deal.Id));
    }

    [Fact]
    public void A_fast_method_may_still_be_paged_by_start()
    {
        Assert.NotNull(_client.ListAsync(B24Methods.CrmDealList, new CrmDealListRequest()));
        Assert.NotNull(_client.ListAsync(DealList(B24Paging.Start), new CrmDealListRequest()));
    }

    [Fact]
    public void A_method_descriptor_refuses_a_blank_name_nulls_and_an_undefined_paging_mode()
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => DealList("  ")).ParamName);
        RefusesNull("request", () => _ = new B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>>("crm.deal.list", B24MethodKind.Read, null!, B24Methods.CrmDealList.Result));
        RefusesNull("result", () => _ = new B24Method<CrmDealListRequest, IReadOnlyList<CrmDeal>>("crm.deal.list", B24MethodKind.Read, CrmDealListRequest.JsonType, null!));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DealList(B24Paging.Cursor + 1));
        Assert.Equal("paging", error.ParamName);
        Assert.StartsWith("Not a paging mode.", error.Message, StringComparison.Ordinal);
        Assert.Equal("crm.deal.list", B24Methods.CrmDealList.ToString());
    }

    [Fact]
    public void Api_groups_refuse_a_null_client_or_factory()
    {
        RefusesNull("client", () => _ = new B24Api(null!));
        RefusesNull("create", () => new B24Api(_client).GetOrAddChild<ProbeGroup>(null!));
        RefusesNull("client", () => _ = new ProbeGroup(null!));
    }

    [Fact]
    public void A_child_group_is_made_once_per_parent_over_the_parents_client()
    {
        var made = 0;
        var api = new B24Api(_client);
        ProbeGroup Make(B24Client client)
        {
            made++;
            return new ProbeGroup(client);
        }

        var first = api.GetOrAddChild(Make);
        var second = api.GetOrAddChild(Make);
        var otherParent = new B24Api(_client).GetOrAddChild(Make);

        Assert.Same(first, second);
        Assert.NotSame(first, otherParent);
        Assert.Equal(2, made);
        Assert.Same(_client, first.Client);
        Assert.Same(api.Calendar, api.Calendar);
        Assert.Same(api.Calendar.Section, api.Calendar.Section);
    }

    [Fact]
    public void A_batch_refuses_nulls()
    {
        var batch = _client.CreateBatch();
        RefusesNull("method", () => batch.Add<CrmDealListRequest, IReadOnlyList<CrmDeal>>(null!, new CrmDealListRequest()));
        RefusesNull("request", () => batch.Add(B24Methods.CrmDealList, null!));
        var command = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest());
        RefusesNull("value", () => command.Bind("filter[ID]", null!));
        RefusesNull("path", () => command.Field(null!));
        Assert.Single(batch.Commands);
    }

    [Fact]
    public void A_batch_names_the_rule_a_command_name_or_reference_breaks()
    {
        var batch = _client.CreateBatch();
        var first = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest(), "first");
        var second = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest(), "second");
        var other = _client.CreateBatch().Add(B24Methods.CrmDealList, new CrmDealListRequest(), "other");

        Refuses("name", "A command named 'first' is already in this batch; names must be unique.",
            () => batch.Add(B24Methods.CrmDealList, new CrmDealListRequest(), "first"));
        Refuses("name", "'bad name' is not a valid command name: use letters, digits, '_', '-', '.' and ':'.",
            () => batch.Add(B24Methods.CrmDealList, new CrmDealListRequest(), "bad name"));
        Refuses("value", "The reference $result[other][0][ID] is to a command of another batch.",
            () => second.Bind("filter[ID]", other.Field("0", "ID")));
        Refuses("value", "The reference $result[second][0][ID] is to a command that runs after 'first' (or to itself); a command can use only the results of earlier ones.",
            () => first.Bind("filter[ID]", second.Field("0", "ID")));
        Refuses("value", "The reference $result[first] is to a command that runs after 'first' (or to itself); a command can use only the results of earlier ones.",
            () => first.Bind("filter[ID]", first.Result));
        Refuses("path", "'a[b]' is not a key of a result: use a field name or a list index, e.g. \"ID\" or \"0\".",
            () => first.Field("a[b]"));
    }

    [Fact]
    public async Task An_executed_batch_says_it_runs_once_and_can_no_longer_change()
    {
        await using var emulator = await B24Gen.Testing.PortalEmulator.StartAsync();
        using var client = new B24Client(TestOptions.Webhook(emulator.WebhookUrl));
        var batch = client.CreateBatch();
        var first = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest());
        var second = batch.Add(B24Methods.CrmDealList, new CrmDealListRequest());
        await batch.ExecuteAsync();

        Assert.Equal(
            "This batch was executed already; a batch runs once. Create another with B24Client.CreateBatch().",
            (await Assert.ThrowsAsync<InvalidOperationException>(() => batch.ExecuteAsync())).Message);
        const string closed = "This batch was executed already; it can no longer change. Create another with B24Client.CreateBatch().";
        Assert.Equal(closed, Assert.Throws<InvalidOperationException>(() => batch.Add(B24Methods.CrmDealList, new CrmDealListRequest())).Message);
        Assert.Equal(closed, Assert.Throws<InvalidOperationException>(() => second.Bind("filter[ID]", first.Field("0", "ID"))).Message);
        Assert.Equal(2, batch.Commands.Count);
        Assert.Single(BatchCalls(emulator));
    }

    private sealed class ProbeGroup(B24Client client) : B24ApiGroup(client);
}
