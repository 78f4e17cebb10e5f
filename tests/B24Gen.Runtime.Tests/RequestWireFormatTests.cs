using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>What goes over the wire: URL, verb, headers and the exact JSON body.</summary>
public sealed class RequestWireFormatTests : EmulatorTest
{
    [Fact]
    public async Task Section_get_posts_the_exact_json_body_to_the_webhook_path()
    {
        await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 });

        var request = Assert.Single(Emulator.Requests);
        Assert.Equal("POST", request.HttpMethod);
        Assert.Equal($"/rest/1/{Emulator.WebhookCode}/calendar.section.get", request.Path);
        Assert.Equal("", request.QueryString);
        Assert.Equal(SectionGet, request.RestMethod);
        Assert.Equal("""{"type":"user","ownerId":1}""", Emulator.Requests[^1].Body);
        Assert.False(request.ServedByFault);
    }

    [Fact]
    public async Task Parameters_the_schema_does_not_describe_are_sent_after_the_described_ones()
    {
        // A portal's UF_* parameters, or one the docs forgot: set on the request's AdditionalFields.
        using var extra = System.Text.Json.JsonDocument.Parse("""{"UF_COLOR":"#ff6600","forgotten":[1,2]}""");
        var request = new CalendarSectionGetRequest
        {
            Type = CalendarType.User,
            OwnerId = 1,
            AdditionalFields = extra.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        };

        await Api.Calendar.Section.GetAsync(request);

        Assert.Equal("""{"type":"user","ownerId":1,"UF_COLOR":"#ff6600","forgotten":[1,2]}""", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task Section_get_sends_json_content_type_accept_and_user_agent()
    {
        await Api.Calendar.Section.GetAsync(UserOneSections);

        var request = Assert.Single(Emulator.Requests);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.StartsWith("B24Gen/", request.Headers["User-Agent"]);
        Assert.Equal(Client.Options.UserAgent, request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task The_configured_user_agent_is_sent()
    {
        var options = TestOptions.Webhook(Emulator.WebhookUrl) with { UserAgent = "my-integration/2.1" };
        using var client = new B24Client(options);

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal("my-integration/2.1", Assert.Single(Emulator.Requests).Headers["User-Agent"]);
    }

    [Fact]
    public async Task Group_request_writes_the_enum_wire_value_and_owner_as_a_number()
    {
        await Api.Calendar.Section.GetAsync(new() { Type = CalendarType.CompanyCalendar, OwnerId = 0 });

        Assert.Equal("""{"type":"company_calendar","ownerId":0}""", Assert.Single(Emulator.Requests).Body);
    }

    [Fact]
    public async Task User_settings_get_without_parameters_sends_an_empty_object()
    {
        await Api.Calendar.User.Settings.GetAsync();
        await Api.Calendar.User.Settings.GetAsync(new CalendarUserSettingsGetRequest());

        Assert.Equal(2, Emulator.Requests.Count);
        Assert.All(Emulator.Requests, request =>
        {
            Assert.Equal("POST", request.HttpMethod);
            Assert.Equal($"/rest/1/{Emulator.WebhookCode}/calendar.user.settings.get", request.Path);
            Assert.Equal("{}", request.Body);
            Assert.Equal("application/json; charset=utf-8", request.ContentType);
        });
    }

    [Fact]
    public async Task A_webhook_url_without_trailing_slash_reaches_the_same_path()
    {
        using var client = new B24Client(TestOptions.Webhook(Emulator.WebhookUrl.TrimEnd('/')));

        var sections = await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        Assert.Equal($"/rest/1/{Emulator.WebhookCode}/calendar.section.get", Assert.Single(Emulator.Requests).Path);
    }
}
