using B24Gen.Api;
using B24Gen.Testing;
using static B24Gen.Runtime.Tests.Batch.BatchJson;

namespace B24Gen.Runtime.Tests.Batch;

/// <summary>A batch call is as safe to repeat as its commands: read-only batches are retried on 5xx, batches with a write are not.</summary>
public sealed class BatchRetryTests : EmulatorTest
{
    protected override PortalEmulatorOptions? EmulatorOptions => new() { DealCount = 10 };

    private B24Client RetryingClient() => new(B24ClientOptions.FromWebhook(Emulator.WebhookUrl) with
    {
        RateLimit = null,
        Retry = new B24RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) },
    });

    private void ServeServerError() => Serve(500, """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""", method: "batch");

    [Fact]
    public async Task A_batch_of_reads_is_retried_after_a_server_error()
    {
        using var client = RetryingClient();
        ServeServerError();
        var batch = client.CreateBatch();
        var deal = batch.Add(B24Methods.CrmDealList, Deal(3));
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);

        await batch.ExecuteAsync();

        Assert.Equal(2, BatchCalls(Emulator).Count);
        Assert.Equal(3, Assert.Single(deal.Value).Id);
        Assert.Equal(3, sections.Value.Count);
    }

    [Fact]
    public async Task A_batch_with_one_write_is_not_retried_after_a_server_error()
    {
        using var client = RetryingClient();
        ServeServerError();
        var batch = client.CreateBatch();
        var deal = batch.Add(B24Methods.CrmDealList, Deal(3));
        var delete = batch.Add(B24Methods.CalendarSectionDelete, new CalendarSectionDeleteRequest { Type = CalendarType.User, OwnerId = 1, Id = 190 });

        var exception = await Assert.ThrowsAsync<B24ServerException>(() => batch.ExecuteAsync());

        Assert.Equal("INTERNAL_SERVER_ERROR", exception.Code);
        Assert.Single(BatchCalls(Emulator));
        Assert.Equal(B24BatchCommandStatus.NotRun, deal.Status);
        Assert.Equal(B24BatchCommandStatus.NotRun, delete.Status);
        Assert.Equal(B24MethodKind.Write, delete.Kind);
    }

    [Fact]
    public async Task Only_the_call_that_holds_the_write_is_not_retried()
    {
        using var client = RetryingClient();
        var batch = client.CreateBatch();
        var reads = Enumerable.Range(0, 50).Select(i => batch.Add(B24Methods.CrmDealList, Deal(1 + (i % 10)))).ToList();
        var delete = batch.Add(B24Methods.CalendarSectionDelete, new CalendarSectionDeleteRequest { Type = CalendarType.User, OwnerId = 1, Id = 999_999 });
        ServeServerError(); // call 1, first attempt
        Emulator.EnqueueFault(new FaultResponse(200, "") { ForMethod = "batch", PassThrough = true }); // call 1, retry: answered normally
        ServeServerError(); // call 2

        await Assert.ThrowsAsync<B24ServerException>(() => batch.ExecuteAsync());

        // Call 1 (reads only) failed, was retried and succeeded; call 2 (the write) failed and was not retried.
        Assert.Equal([50, 50, 1], BatchCalls(Emulator).Select(call => Commands(call).Count));
        Assert.All(reads, read => Assert.True(read.IsSuccess));
        Assert.Equal(B24BatchCommandStatus.NotRun, delete.Status);
    }
}
