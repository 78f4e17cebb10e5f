using System.Net;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary>
/// Base class of the event tests: the application's calls (OAuth, user 1 = the administrator) over raw JSON, and
/// helpers to bind and read what was delivered.
/// </summary>
public abstract class EventFixture : EmulatorFixture
{
    /// <summary>A call as the application: <c>{client endpoint}{method}</c> with the current access token.</summary>
    protected Task<Answer> AppAsync(string method, string json = "{}") => CallOAuthAsync(method, Emulator.AccessToken, json);

    /// <summary>Binds <paramref name="code"/> online to <paramref name="handler"/> and checks the answer is <c>true</c>.</summary>
    protected async Task BindAsync(string code, string handler)
    {
        var answer = await AppAsync("event.bind", new JsonObject { ["event"] = code, ["handler"] = handler }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json["result"]!.GetValue<bool>());
    }

    /// <summary>Binds <paramref name="code"/> offline and checks the answer is <c>true</c>.</summary>
    protected async Task BindOfflineAsync(string code)
    {
        var answer = await AppAsync("event.bind", new JsonObject { ["event"] = code, ["event_type"] = "offline" }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    /// <summary>A delivered body read back as PHP would (<c>$_POST</c>).</summary>
    protected static JsonObject Form(string body) => PhpQueryString.Parse(body);

    /// <summary>Adds a calendar event to user 1's first calendar and answers its ID.</summary>
    protected async Task<long> AddCalendarEventAsync(string name = "Standup")
    {
        var answer = await AppAsync("calendar.event.add", new JsonObject
        {
            ["type"] = "user",
            ["ownerId"] = 1,
            ["name"] = name,
            ["from"] = "2026-05-14 10:00:00",
            ["to"] = "2026-05-14 10:30:00",
        }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json["result"]!.GetValue<long>();
    }

    /// <summary>Adds a deal and answers its ID.</summary>
    protected async Task<long> AddDealAsync(string title)
    {
        var answer = await AppAsync("crm.deal.add", new JsonObject { ["fields"] = new JsonObject { ["TITLE"] = title } }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json["result"]!.GetValue<long>();
    }
}
