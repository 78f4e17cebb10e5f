using System.Net;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class FaultTests : EmulatorFixture
{
    private const string Write = "test.write";
    private int _writes;

    private void RegisterWrite() => Emulator.Methods.Register(Write, _ =>
    {
        Interlocked.Increment(ref _writes);
        return MethodResult.Success(42);
    });

    [Fact]
    public async Task DropConnection_aborts_the_request_without_an_answer_and_without_running()
    {
        RegisterWrite();
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = Write });

        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(Write));

        Assert.Equal(0, _writes);
        Assert.Empty(Emulator.ExecutedCommands);
        var request = Assert.Single(Emulator.Requests);
        Assert.True(request.ServedByFault);
        Assert.Null(request.ResponseStatus);
        Assert.False(request.HandlerRan);
        Assert.Equal(0, Emulator.PendingFaults);

        Assert.Equal(HttpStatusCode.OK, (await CallAsync(Write)).Status);
        Assert.Equal(1, _writes);
    }

    [Fact]
    public async Task A_pass_through_drop_runs_the_write_and_loses_the_answer()
    {
        RegisterWrite();
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = Write, PassThrough = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => CallAsync(Write, """{"x":1}"""));

        Assert.Equal(1, _writes);
        var executed = Assert.Single(Emulator.ExecutedCommands);
        Assert.Equal(Write, executed.Method);
        Assert.Equal("""{"x":1}""", executed.Parameters);
        var request = Assert.Single(Emulator.Requests);
        Assert.False(request.ServedByFault);
        Assert.True(request.HandlerRan);
        Assert.Null(request.ResponseStatus);
    }

    [Fact]
    public async Task A_slow_answer_arrives_after_its_delay()
    {
        Emulator.EnqueueFault(new FaultResponse(200, """{"result":"late"}""") { Delay = TimeSpan.FromMilliseconds(20) });

        var answer = await CallAsync("calendar.settings.get");

        Assert.Equal("""{"result":"late"}""", answer.Text);
    }

    [Fact]
    public async Task A_client_that_gives_up_on_a_slow_pass_through_write_still_caused_the_write()
    {
        RegisterWrite();
        Emulator.EnqueueFault(FaultResponse.Slow(TimeSpan.FromMinutes(5)) with { ForMethod = Write });
        using var giveUp = new CancellationTokenSource();
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        var pending = Http.PostAsync(Emulator.WebhookUrl + Write, content, giveUp.Token);
        // The log entry is completed (status, handlers run) before the delay starts; then the client gives up.
        await WaitUntilAsync(() => Emulator.Requests is [{ ResponseStatus: not null }], pending);
        giveUp.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        Assert.Equal(1, _writes);
        var request = Assert.Single(Emulator.Requests);
        Assert.True(request.HandlerRan);
        Assert.Equal(200, request.ResponseStatus);
    }

    [Fact]
    public async Task A_slow_raw_fault_does_not_run_the_method_and_disposing_the_emulator_ends_the_wait()
    {
        RegisterWrite();
        Emulator.EnqueueFault(new FaultResponse(200, "{}") { ForMethod = Write, Delay = TimeSpan.FromMinutes(5) });

        var pending = CallAsync(Write);
        await WaitUntilAsync(() => Emulator.Requests is [{ ResponseStatus: not null }], pending);

        Assert.Equal(0, _writes);
        await Emulator.DisposeAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => pending);
    }

    [Fact]
    public async Task A_storm_serves_a_fault_Times_times_then_normal_answers()
    {
        Emulator.EnqueueFault(new FaultResponse(503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""") { Times = 3 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await CallAsync("calendar.settings.get")).Status);
        }

        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], statuses);
        Assert.Equal([true, true, true, false], Emulator.Requests.Select(request => request.ServedByFault));
        Assert.Single(Emulator.ExecutedCommands);
    }

    [Fact]
    public async Task Faults_are_first_in_first_out_among_those_that_match()
    {
        Emulator.EnqueueFault(new FaultResponse(500, "A") { ForMethod = "calendar.section.get" });
        Emulator.EnqueueFault(new FaultResponse(500, "B"));
        Emulator.EnqueueFault(new FaultResponse(500, "C") { ForMethod = "calendar.settings.get", Times = 2 });

        Assert.Equal("B", (await CallAsync("calendar.settings.get")).Text);
        Assert.Equal("C", (await CallAsync("calendar.settings.get")).Text);
        Assert.Equal("A", (await CallAsync("calendar.section.get")).Text);
        Assert.Equal("C", (await CallAsync("calendar.settings.get")).Text);
        Assert.Equal(HttpStatusCode.OK, (await CallAsync("calendar.settings.get")).Status);
    }

    [Fact]
    public async Task Truncated_JSON_and_an_HTML_error_page_are_served_as_they_are()
    {
        Emulator.EnqueueFault(new FaultResponse(200, """{"result": [{"ID": "1", "NA"""));
        Emulator.EnqueueFault(new FaultResponse(502, "<html><body>Bad Gateway</body></html>", "text/html") { Headers = new Dictionary<string, string> { ["Retry-After"] = "3" } });

        var truncated = await CallAsync("calendar.settings.get");
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var html = await Http.PostAsync(Emulator.WebhookUrl + "calendar.settings.get", content);

        Assert.Equal("""{"result": [{"ID": "1", "NA""", truncated.Text);
        Assert.Equal(HttpStatusCode.BadGateway, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3", html.Headers.RetryAfter?.ToString());
        Assert.Equal("<html><body>Bad Gateway</body></html>", await html.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_fault_for_a_method_is_not_used_by_a_batch_command()
    {
        Emulator.EnqueueFault(new FaultResponse(500, "no") { ForMethod = "calendar.settings.get" });

        var batch = await CallAsync("batch", """{"cmd":{"a":"calendar.settings.get"}}""");

        Assert.Equal(HttpStatusCode.OK, batch.Status);
        Assert.Equal(1, Emulator.PendingFaults);
    }

    [Fact]
    public void A_negative_delay_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Emulator.EnqueueFault(new FaultResponse(500, "") { Delay = TimeSpan.FromSeconds(-1) }));
    }

    /// <summary>Spins (yielding, no sleeps) until the emulator has got that far, or the call ended early.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, Task call)
    {
        while (!condition())
        {
            if (call.IsCompleted)
            {
                await call;
                Assert.Fail("The call ended before the emulator reached the expected point.");
            }

            await Task.Yield();
        }
    }
}
