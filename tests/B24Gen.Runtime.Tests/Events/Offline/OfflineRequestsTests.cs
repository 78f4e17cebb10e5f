using System.Text.Json;
using B24Gen.Events.Offline;

namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>What the queue's calls send: a get that reserves (never the default <c>clear=1</c>, which deletes).</summary>
public class OfflineRequestsTests
{
    [Fact]
    public void A_new_batch_is_reserved_with_clear_0_and_the_batch_size() =>
        Assert.Equal("""{"clear":0,"limit":50}""", Text(OfflineRequests.GetParameters(new(), null)));

    [Fact]
    public void The_event_code_filter_source_key_and_failed_queue_are_sent_when_set() =>
        Assert.Equal(
            """{"clear":0,"limit":10,"filter":{"=EVENT_NAME":"ONCRMDEALUPDATE"},"error":1,"auth_connector":"shop"}""",
            Text(OfflineRequests.GetParameters(new() { BatchSize = 10, EventCode = "onCrmDealUpdate", ReadFailed = true, AuthConnector = "shop" }, null)));

    [Fact]
    public void A_resumed_process_is_read_by_its_id_without_the_filter() =>
        Assert.Equal(
            """{"clear":0,"limit":50,"process_id":"p1"}""",
            Text(OfflineRequests.GetParameters(new() { EventCode = "ONCRMDEALUPDATE" }, "p1")));

    [Fact]
    public void A_clear_names_the_process_and_the_record_ids() =>
        Assert.Equal("""{"process_id":"p1","id":[3,4],"auth_connector":"shop"}""", Text(OfflineRequests.ClearParameters("p1", [3, 4], "shop")));

    [Fact]
    public void An_empty_clear_is_refused_the_portal_would_clear_the_whole_process() =>
        Assert.Throws<ArgumentException>(() => OfflineRequests.ClearParameters("p1", [], null));

    [Fact]
    public void An_error_report_names_the_process_and_the_message_id() =>
        Assert.Equal("""{"process_id":"p1","message_id":["m1"]}""", Text(OfflineRequests.ErrorParameters("p1", "m1", null)));

    [Theory]
    [InlineData("""{"process_id":"p1","events":[{"ID":"1"}]}""", "p1", 1)]
    [InlineData("""{"process_id":null,"events":[]}""", null, 0)]
    public void The_answer_gives_the_process_and_the_records(string result, string? processId, int count)
    {
        var batch = OfflineBatch.Read(JsonDocument.Parse(result).RootElement, 200);

        Assert.Equal(processId, batch.ProcessId);
        Assert.Equal(count, batch.Records.Count);
    }

    [Fact]
    public void An_answer_without_events_is_a_format_error() =>
        Assert.Equal("$.result.events", Assert.Throws<B24ResponseFormatException>(() => OfflineBatch.Read(JsonDocument.Parse("true").RootElement, 200)).JsonPath);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_batch_size_below_one_is_refused_before_anything_is_sent(int size)
    {
        using var client = new B24Client(B24ClientOptions.FromWebhook("http://127.0.0.1:9/rest/1/x/"));

        Assert.Throws<ArgumentOutOfRangeException>(() => client.ReadOfflineEventsAsync(new B24EventHandlers(), new() { BatchSize = size }));
    }

    private static string Text(JsonElement element) => element.GetRawText();
}
