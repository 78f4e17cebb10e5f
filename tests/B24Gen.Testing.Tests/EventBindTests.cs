using System.Net;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary><c>event.bind</c>, <c>event.unbind</c>, <c>event.get</c> and <c>events</c>: their answers and errors.</summary>
public sealed class EventBindTests : EventFixture
{
    private const string Handler = "https://www.my-domain.com/handler/";

    [Fact]
    public async Task Event_get_lists_the_bindings_in_the_docs_shape()
    {
        await BindAsync("ONCRMDEALADD", Handler);
        await AppAsync("event.bind", $$"""{"EVENT":"onCrmDealAdd","HANDLER":"{{Handler}}","AUTH_TYPE":15}""");
        await BindOfflineAsync("ONCRMDEALUPDATE");

        var answer = await AppAsync("event.get");

        JsonAssert.Same(
            """
            [
              {"event":"ONCRMDEALADD","handler":"https://www.my-domain.com/handler/","auth_type":"0","offline":0},
              {"event":"ONCRMDEALADD","handler":"https://www.my-domain.com/handler/","auth_type":"15","offline":0},
              {"event":"ONCRMDEALUPDATE","connector_id":"","offline":1}
            ]
            """,
            answer.Json["result"]!.ToJsonString());
        Assert.Equal([1L, 2L, 3L], Emulator.Events.Bindings.Select(binding => binding.Id));
    }

    [Fact]
    public async Task Binding_the_same_event_and_handler_again_answers_ERROR_CORE_whatever_the_case_of_the_code()
    {
        await BindAsync("ONCALENDARENTRYADD", Handler);

        var again = await AppAsync("event.bind", $$"""{"event":"OnCalendarEntryAdd","handler":"{{Handler}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("""{"error":"ERROR_CORE","error_description":"Unable to set event handler: Handler already binded"}""", again.Text);
        Assert.Single(Emulator.Events.Bindings);
    }

    [Theory]
    [InlineData("""{"event":"ONNOSUCHEVENT","handler":"https://a.example/"}""", 400, "ERROR_EVENT_NOT_FOUND", "Event not found")]
    [InlineData("""{"event":"ONCRMDEALADD"}""", 400, "ERROR_ARGUMENT", "Argument 'HANDLER' is null or empty")]
    [InlineData("""{"handler":"https://a.example/"}""", 400, "ERROR_ARGUMENT", "Argument 'EVENT' is null or empty")]
    [InlineData("""{"event":"ONCRMDEALADD","handler":"https://a.example/","event_type":"sometimes"}""", 400, "ERROR_ARGUMENT", "Value must be one of {online|offline}")]
    [InlineData("""{"event":"ONCRMDEALADD","handler":"http://localhost/hook"}""", 400, "ERROR_WRONG_HANDLER_URL", "Wrong handler URL")]
    [InlineData("""{"event":"ONCRMDEALADD","handler":"ftp://files.example/hook"}""", 400, "ERROR_UNSUPPORTED_PROTOCOL", "Unsupported handler protocol")]
    [InlineData("""{"event":"ONOFFLINEEVENT","event_type":"offline"}""", 400, "ERROR_ARGUMENT", "Offline event cannot be registered for this event.")]
    public async Task Event_bind_refuses_what_the_portal_refuses(string json, int status, string code, string description)
    {
        var answer = await AppAsync("event.bind", json);

        Assert.Equal((HttpStatusCode)status, answer.Status);
        Assert.Equal(code, answer.Json["error"]!.GetValue<string>());
        Assert.Equal(description, answer.Json["error_description"]!.GetValue<string>());
        Assert.Empty(Emulator.Events.Bindings);
    }

    [Fact]
    public async Task The_event_methods_refuse_a_webhook_as_the_portal_does()
    {
        var answer = await CallAsync("event.bind", $$"""{"event":"ONCRMDEALADD","handler":"{{Handler}}"}""");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("""{"error":"WRONG_AUTH_TYPE","error_description":"Current authorization type is denied for this method"}""", answer.Text);
    }

    [Fact]
    public async Task Event_unbind_with_auth_type_removes_only_that_users_bindings()
    {
        await BindAsync("ONCRMDEALADD", Handler);
        await AppAsync("event.bind", $$"""{"event":"ONCRMDEALADD","handler":"{{Handler}}","auth_type":15}""");

        var onlyUser15 = await AppAsync("event.unbind", $$"""{"event":"ONCRMDEALADD","handler":"{{Handler}}","auth_type":15}""");
        var missingHandler = await AppAsync("event.unbind", """{"event":"ONCRMDEALADD"}""");

        JsonAssert.Same("""{"count":1}""", onlyUser15.Json["result"]!.ToJsonString());
        Assert.Equal(0, Assert.Single(Emulator.Events.Bindings).UserId);
        Assert.Equal(HttpStatusCode.BadRequest, missingHandler.Status);
        Assert.Equal("Argument 'HANDLER' is null or empty", missingHandler.Json["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_lists_the_codes_the_emulator_raises_and_SCOPE_narrows_them()
    {
        var all = (await AppAsync("events")).Json["result"]!.AsArray().Select(code => code!.GetValue<string>()).ToArray();
        var crm = (await AppAsync("events", """{"SCOPE":"crm"}""")).Json["result"]!.AsArray().Select(code => code!.GetValue<string>());

        Assert.Contains("ONOFFLINEEVENT", all);
        Assert.Contains("ONCALENDARENTRYADD", all);
        Assert.Contains("ONCALENDARSECTIONDELETE", all);
        Assert.Equal(["ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE"], crm);
        Assert.Equal(all, Emulator.Events.Codes);
    }
}

/// <summary>The event methods for an ordinary employee (the access token's user is not the administrator).</summary>
public sealed class EmployeeEventBindTests : EventFixture
{
    protected override PortalEmulatorOptions CreateOptions() => new() { AccessTokenUserId = 15 };

    [Fact]
    public async Task An_employee_binds_for_themselves_only_and_cannot_use_the_offline_queue()
    {
        await BindAsync("ONCRMDEALADD", "https://a.example/hook");
        var forOther = await AppAsync("event.bind", """{"event":"ONCRMDEALADD","handler":"https://b.example/hook","auth_type":7}""");
        var offline = await AppAsync("event.bind", """{"event":"ONCRMDEALADD","event_type":"offline"}""");
        var queue = await AppAsync("event.offline.get");

        Assert.Equal(15, Assert.Single(Emulator.Events.Bindings).UserId);
        Assert.Equal(HttpStatusCode.Forbidden, forOther.Status);
        Assert.Equal("Access denied! Event binding with AUTH_TYPE requires administrator access rights", forOther.Json["error_description"]!.GetValue<string>());
        Assert.Equal("Access denied! Offline events binding requires administrator access rights", offline.Json["error_description"]!.GetValue<string>());
        Assert.Equal("""{"error":"ACCESS_DENIED","error_description":"Access denied!"}""", queue.Text);
    }
}
