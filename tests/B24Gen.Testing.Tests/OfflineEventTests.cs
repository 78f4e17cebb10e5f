using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary>
/// Offline events: <c>event.bind</c> with <c>event_type=offline</c> queues events instead of POSTing them, and
/// <c>event.offline.get/list/clear/error</c> work the queue the way the portal's rest module does.
/// </summary>
public sealed class OfflineEventTests : EventFixture
{
    [Fact]
    public async Task An_offline_binding_queues_events_and_a_repeated_event_refreshes_its_record_instead_of_queueing_it_twice()
    {
        await BindOfflineAsync("ONCRMDEALADD");
        await BindOfflineAsync("onCrmDealUpdate");
        var deal = await AddDealAsync("A");
        await AppAsync("crm.deal.update", $$$"""{"id":{{{deal}}},"fields":{"TITLE":"B"}}""");
        Clock.Advance(TimeSpan.FromSeconds(5));
        await AppAsync("crm.deal.update", $$$"""{"id":{{{deal}}},"fields":{"TITLE":"C"}}""");

        var list = await AppAsync("event.offline.list");

        // MESSAGE_ID is the rest module's md5(EVENT_NAME|Json::encode(EVENT_DATA)).
        var data = $$$"""{"FIELDS":{"ID":{{{deal}}}}}""";
        var added = Md5("ONCRMDEALADD|" + data);
        var updated = Md5("ONCRMDEALUPDATE|" + data);
        JsonAssert.Same(
            $$$"""
            [
              {"ID":"1","TIMESTAMP_X":"2026-05-14T10:26:32+00:00","EVENT_NAME":"ONCRMDEALADD","EVENT_DATA":{{{data}}},
               "EVENT_ADDITIONAL":{"user_id":"1"},"MESSAGE_ID":"{{{added}}}","PROCESS_ID":"","ERROR":"0"},
              {"ID":"2","TIMESTAMP_X":"2026-05-14T10:26:37+00:00","EVENT_NAME":"ONCRMDEALUPDATE","EVENT_DATA":{{{data}}},
               "EVENT_ADDITIONAL":{"user_id":"1"},"MESSAGE_ID":"{{{updated}}}","PROCESS_ID":"","ERROR":"0"}
            ]
            """,
            list.Json["result"]!.ToJsonString());
        Assert.Equal(2, list.Json["total"]!.GetValue<int>());
        Assert.Equal(2, Emulator.Events.OfflineQueue.Count);
        Assert.Empty(Emulator.Events.Deliveries);
    }

    [Fact]
    public async Task Get_with_clear_0_reserves_records_that_only_a_get_with_the_same_process_id_returns_again()
    {
        var (a, b, c) = await QueueThreeDealsAsync();

        var first = await AppAsync("event.offline.get", """{"clear":0,"limit":2}""");
        var processId = first.Json["result"]!["process_id"]!.GetValue<string>();
        var again = await AppAsync("event.offline.get", $$"""{"clear":0,"process_id":"{{processId}}"}""");
        var other = await AppAsync("event.offline.get", """{"clear":0}""");

        Assert.Matches("^[a-z0-9]{32}$", processId);
        Assert.Equal([a, b], DealIds(first));
        Assert.Equal([a, b], DealIds(again));
        Assert.Equal(processId, again.Json["result"]!["process_id"]!.GetValue<string>());
        Assert.Equal([c], DealIds(other));
        Assert.NotEqual(processId, other.Json["result"]!["process_id"]!.GetValue<string>());
        Assert.Equal(
            [processId, processId, other.Json["result"]!["process_id"]!.GetValue<string>()],
            Emulator.Events.OfflineQueue.Select(record => record.ProcessId));
    }

    [Fact]
    public async Task Clear_by_id_removes_exactly_those_and_error_frees_records_that_error_1_returns()
    {
        var (a, b, c) = await QueueThreeDealsAsync();
        var reserved = await AppAsync("event.offline.get", """{"clear":0}""");
        var processId = reserved.Json["result"]!["process_id"]!.GetValue<string>();
        var events = reserved.Json["result"]!["events"]!.AsArray();

        var cleared = await AppAsync("event.offline.clear", $$"""{"process_id":"{{processId}}","id":[{{events[0]!["ID"]!.GetValue<string>()}}]}""");
        var marked = await AppAsync("event.offline.error", $$"""{"process_id":"{{processId}}","message_id":["{{events[1]!["MESSAGE_ID"]!.GetValue<string>()}}"]}""");
        var free = await AppAsync("event.offline.get", """{"clear":0}""");
        var errors = await AppAsync("event.offline.get", """{"clear":0,"error":1}""");

        Assert.True(cleared.Json["result"]!.GetValue<bool>());
        Assert.True(marked.Json["result"]!.GetValue<bool>());
        Assert.Empty(DealIds(free));
        Assert.Equal([b], DealIds(errors));
        var queue = Emulator.Events.OfflineQueue;
        Assert.DoesNotContain(queue, record => record.EventData.Contains($":{a}}}", StringComparison.Ordinal));
        var errorRecord = Assert.Single(queue, record => record.Error);
        Assert.Equal(errors.Json["result"]!["process_id"]!.GetValue<string>(), errorRecord.ProcessId);
        Assert.Equal(processId, Assert.Single(queue, record => !record.Error).ProcessId);
        Assert.Contains($":{c}}}", Assert.Single(queue, record => !record.Error).EventData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_with_the_default_clear_removes_what_it_returns_and_answers_no_process_id()
    {
        var (a, b, c) = await QueueThreeDealsAsync();

        var first = await AppAsync("event.offline.get", """{"limit":2}""");
        var second = await AppAsync("event.offline.get");
        var third = await AppAsync("event.offline.get");

        Assert.Equal([a, b], DealIds(first));
        Assert.Null(first.Json["result"]!["process_id"]);
        Assert.Equal([c], DealIds(second));
        Assert.Empty(DealIds(third));
        Assert.Empty(Emulator.Events.OfflineQueue);
    }

    [Fact]
    public async Task Offline_errors_follow_the_rest_module()
    {
        var limit = await AppAsync("event.offline.get", """{"limit":0}""");
        var noProcess = await AppAsync("event.offline.clear");
        var badMessage = await AppAsync("event.offline.clear", """{"process_id":"x","message_id":["short"]}""");
        var noList = await AppAsync("event.offline.error", """{"process_id":"x","message_id":"abc"}""");

        Assert.Equal("""{"error":"ERROR_ARGUMENT","error_description":"Value must be positive integer"}""", limit.Text);
        Assert.Equal("""{"error":"ERROR_ARGUMENT","error_description":"Argument 'PROCESS_ID' is null or empty"}""", noProcess.Text);
        Assert.Equal(HttpStatusCode.BadRequest, badMessage.Status);
        Assert.Equal("Value must be array of MESSAGE_ID values", badMessage.Json["error_description"]!.GetValue<string>());
        Assert.Equal("Value must be array of MESSAGE_ID values", noList.Json["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task ONOFFLINEEVENT_notifies_its_handler_at_most_once_per_minTimeout_with_no_data_and_a_refresh_token()
    {
        await using var receiver = await EventReceiver.StartAsync();
        var bound = await AppAsync("event.bind", $$$"""{"event":"ONOFFLINEEVENT","handler":"{{{receiver.Url()}}}","options":{"minTimeout":10}}""");
        Assert.Equal(HttpStatusCode.OK, bound.Status);
        await BindOfflineAsync("ONCRMDEALADD");

        await AddDealAsync("First");
        await AddDealAsync("Within the timeout");
        Clock.Advance(TimeSpan.FromSeconds(10));
        await AddDealAsync("After it");
        var later = (T0 + TimeSpan.FromSeconds(10)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        // One lane per handler, in order: nothing from the second deal can arrive after the awaited one.
        await Emulator.Events.WaitForDeliveryAsync(d => Form(d.Body)["ts"]!.GetValue<string>() == later);
        Assert.Equal(2, receiver.Posts.Count);
        var form = Form(receiver.Posts[0].Body);
        Assert.Equal("ONOFFLINEEVENT", form["event"]!.GetValue<string>());
        Assert.Equal("1", form["event_handler_id"]!.GetValue<string>());
        Assert.False(form.ContainsKey("data"));
        Assert.Equal("crm", form["auth"]!["scope"]!.GetValue<string>());
        Assert.Equal(Emulator.RefreshToken, form["auth"]!["refresh_token"]!.GetValue<string>());
        Assert.Equal(3, Emulator.Events.OfflineQueue.Count);
    }

    [Fact]
    public async Task A_change_the_application_makes_with_a_bindings_auth_connector_is_not_queued_for_that_connector()
    {
        await AppAsync("event.bind", """{"event":"ONCRMDEALUPDATE","event_type":"offline","auth_connector":"my_connector"}""");
        await BindOfflineAsync("ONCRMDEALUPDATE");
        var own = await AddDealAsync("Own");
        var other = await AddDealAsync("Other");

        await AppAsync("crm.deal.update", $$$"""{"id":{{{own}}},"fields":{"TITLE":"x"},"auth_connector":"my_connector"}""");
        await AppAsync("crm.deal.update", $$$"""{"id":{{{other}}},"fields":{"TITLE":"y"}}""");
        var connectorQueue = await AppAsync("event.offline.get", """{"auth_connector":"my_connector"}""");
        var plainQueue = await AppAsync("event.offline.get");

        Assert.Equal([other], DealIds(connectorQueue));
        Assert.Equal([own, other], DealIds(plainQueue));
    }

    /// <summary>Binds <c>ONCRMDEALADD</c> offline and adds three deals a second apart (so <c>TIMESTAMP_X</c> orders them).</summary>
    private async Task<(long A, long B, long C)> QueueThreeDealsAsync()
    {
        await BindOfflineAsync("ONCRMDEALADD");
        var a = await AddDealAsync("A");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var b = await AddDealAsync("B");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var c = await AddDealAsync("C");
        return (a, b, c);
    }

    /// <summary>The deal IDs in an <c>event.offline.get</c> answer's events, in order.</summary>
    private static long[] DealIds(Answer answer) =>
        [.. answer.Json["result"]!["events"]!.AsArray().Select(record => record!["EVENT_DATA"]!["FIELDS"]!["ID"]!.GetValue<long>())];

#pragma warning disable CA5351 // The portal's MESSAGE_ID is an MD5 digest; this recomputes it.
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
}
