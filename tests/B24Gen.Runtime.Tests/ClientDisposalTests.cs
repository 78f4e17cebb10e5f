using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>Disposing a client releases what it created and nothing the caller handed in.</summary>
public sealed class ClientDisposalTests : EmulatorTest
{
    [Fact]
    public async Task A_disposed_client_refuses_calls_with_ObjectDisposedException()
    {
        var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl));
        await new B24Api(client).Calendar.User.Settings.GetAsync();

        client.Dispose();

        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());
    }

    [Fact]
    public async Task The_callers_HttpClient_is_left_open()
    {
        using var http = new HttpClient();
        var client = new B24Client(http, TestOptions.Webhook(Emulator.WebhookUrl));
        await new B24Api(client).Calendar.User.Settings.GetAsync();

        client.Dispose();

        using var response = await http.GetAsync(Emulator.BaseAddress);
        Assert.NotNull(response);
        using var another = new B24Client(http, TestOptions.Webhook(Emulator.WebhookUrl));
        Assert.Equal("Europe/Berlin", (await new B24Api(another).Calendar.User.Settings.GetAsync()).TimezoneName);
    }

    [Fact]
    public void Disposing_twice_is_harmless()
    {
        var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl) with { RateLimit = new B24RateLimit(5, 2) });

        client.Dispose();
        client.Dispose();
    }
}
