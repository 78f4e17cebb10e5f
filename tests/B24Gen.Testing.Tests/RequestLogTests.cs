using System.Net;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

public sealed class RequestLogTests : EmulatorFixture
{
    [Fact]
    public async Task A_successful_call_is_logged_with_its_status_and_one_handler_run()
    {
        await CallAsync("calendar.section.get", """{"type":"user","ownerId":1,"название":"ü"}""");

        var request = Assert.Single(Emulator.Requests);
        Assert.Equal(200, request.ResponseStatus);
        Assert.Null(request.ErrorCode);
        Assert.Equal(1, request.HandlersRun);
        Assert.True(request.HandlerRan);
        var executed = Assert.Single(Emulator.ExecutedCommands);
        Assert.Equal("calendar.section.get", executed.Method);
        Assert.Equal("""{"type":"user","ownerId":1,"название":"ü"}""", executed.Parameters);
        Assert.Equal(AuthKind.Webhook, executed.AuthKind);
        Assert.Equal(1, executed.UserId);
        Assert.Null(executed.BatchCommand);
        Assert.True(executed.Succeeded);
        Assert.Null(executed.ErrorCode);
    }

    [Fact]
    public async Task A_method_error_ran_the_handler()
    {
        var answer = await CallAsync("calendar.section.get");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var request = Assert.Single(Emulator.Requests);
        Assert.True(request.HandlerRan);
        Assert.Equal(400, request.ResponseStatus);
        Assert.Equal("", request.ErrorCode);
        var executed = Assert.Single(Emulator.ExecutedCommands);
        Assert.False(executed.Succeeded);
        Assert.Equal("", executed.ErrorCode);
    }

    [Fact]
    public async Task Refused_calls_do_not_run_a_handler()
    {
        await PostJsonAsync($"{Emulator.BaseAddress}rest/1/wrong/calendar.settings.get", "{}");
        await CallAsync("no.such.method");
        await CallOAuthAsync("calendar.settings.get", "nope");
        await GetAsync($"{Emulator.BaseAddress}somewhere");

        Assert.Empty(Emulator.ExecutedCommands);
        Assert.Equal(["NO_AUTH_FOUND", "ERROR_METHOD_NOT_FOUND", "NO_AUTH_FOUND", null], Emulator.Requests.Select(request => request.ErrorCode));
        Assert.Equal([401, 404, 401, 404], Emulator.Requests.Select(request => request.ResponseStatus ?? 0));
        Assert.All(Emulator.Requests, request => Assert.False(request.HandlerRan));
    }

    [Fact]
    public async Task A_handler_exception_counts_as_a_run()
    {
        Emulator.Methods.Register("test.throw", _ => throw new InvalidOperationException("boom"));

        var answer = await CallAsync("test.throw");

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("INTERNAL_SERVER_ERROR", Assert.Single(Emulator.ExecutedCommands).ErrorCode);
        Assert.Single(Emulator.HandlerExceptions);
    }

    [Fact]
    public async Task The_logs_can_be_cleared_separately()
    {
        await CallAsync("calendar.settings.get");

        Emulator.ClearExecutedCommands();
        Assert.Empty(Emulator.ExecutedCommands);
        Assert.Single(Emulator.Requests);
        Emulator.ClearRequests();
        Assert.Empty(Emulator.Requests);
    }

    [Fact]
    public async Task The_time_block_keeps_its_field_order()
    {
        var time = (await CallAsync("calendar.settings.get")).Json["time"]!.AsObject();

        Assert.Equal(["start", "finish", "duration", "processing", "date_start", "date_finish", "operating_reset_at", "operating"], time.Select(pair => pair.Key));
        Assert.Equal("2026-05-14T10:26:32+00:00", time["date_start"]!.GetValue<string>());
    }
}
