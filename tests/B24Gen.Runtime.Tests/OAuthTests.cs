using System.Text.Json;
using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>OAuth: the access token travels as <c>auth</c> in the JSON body to <c>/rest/{method}</c>.</summary>
public sealed class OAuthTests : EmulatorTest
{
    [Fact]
    public async Task Access_token_options_send_auth_in_the_body_and_work()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        var api = new B24Api(client);

        var sections = await api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });

        Assert.Equal([190L, 191L, 192L], sections.Select(section => section.Id));
        var request = Assert.Single(Emulator.Requests);
        Assert.Equal("POST", request.HttpMethod);
        Assert.Equal("/rest/calendar.section.get", request.Path);
        Assert.Equal($$"""{"type":"user","ownerId":1,"auth":"{{Emulator.AccessToken}}"}""", request.Body);
        Assert.Equal("", request.QueryString);
    }

    [Fact]
    public async Task A_method_without_parameters_sends_only_auth()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));

        var settings = await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal("Europe/Berlin", settings.TimezoneName);
        Assert.Equal($$"""{"auth":"{{Emulator.AccessToken}}"}""", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task Raw_calls_add_auth_after_the_parameters()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        using var parameters = JsonDocument.Parse("""{"type":"group","ownerId":"6"}""");

        var response = await client.CallRawAsync(SectionGet, parameters.RootElement);

        Assert.Equal("49", response.Value[0].GetProperty("ID").GetString());
        Assert.Equal($$"""{"type":"group","ownerId":"6","auth":"{{Emulator.AccessToken}}"}""", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task An_endpoint_without_trailing_slash_is_normalized()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint.TrimEnd('/'), Emulator.AccessToken));

        await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal("/rest/calendar.user.settings.get", Assert.Single(Emulator.Requests).Path);
    }

    [Fact]
    public async Task A_wrong_token_is_NO_AUTH_FOUND_without_the_token_in_the_message()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, "wrong-token-4242"));

        var error = await Assert.ThrowsAsync<B24AuthException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("NO_AUTH_FOUND", error.Code);
        Assert.Equal(401, error.HttpStatus);
        Assert.DoesNotContain("wrong-token-4242", error.Message);
        Assert.DoesNotContain("wrong-token-4242", error.ToString());
    }

    [Fact]
    public async Task Expired_token_is_a_token_expired_exception()
    {
        using var client = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        ServeError(401, "expired_token", "The access token provided has expired");

        var error = await Assert.ThrowsAsync<B24TokenExpiredException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.IsAssignableFrom<B24AuthException>(error);
        Assert.Equal(401, error.HttpStatus);
        Assert.True(error.HasCode("EXPIRED_TOKEN"));
    }
}
