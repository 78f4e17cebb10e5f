using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>
/// The four real-portal answers that used to fail whole calls (issue 12), read with the types the docs give those
/// fields (<c>Schema/test.docs.shapes.yaml</c>): with default options every row comes back and each odd value is a
/// read problem at its JSON path; strict reading reports each one with that path. The stock schema itself now
/// declares these shapes (<see cref="RealPortalShapesTests"/>).
/// </summary>
public sealed class DocsTypedRealAnswersTests : EmulatorTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Emulator.Methods.Register("test.docs.sections", _ => MethodResult.Success(Result("real.calendar.section.get")));
        Emulator.Methods.Register("test.docs.settings", _ => MethodResult.Success(Result("real.calendar.user.settings.get")));
        Emulator.Methods.Register("test.docs.events", _ => MethodResult.Success(Result("real.calendar.events")));
    }

    [Fact]
    public async Task Description_null_in_sections_keeps_every_calendar_and_names_the_path()
    {
        var response = await Lenient().Test.Docs.SectionsWithResponseAsync();

        Assert.Equal([14L, 15L], response.Value.Select(s => s.Id));
        Assert.Equal("", response.Value[0].Description);
        Assert.Equal("Events of the sales team", response.Value[1].Description);
        Assert.Equal(["$.result[0].DESCRIPTION"], response.ReadProblems.Select(p => p.JsonPath));
        Assert.Equal("$.result[0].DESCRIPTION", (await StrictFailure(() => Api.Test.Docs.SectionsAsync())).JsonPath);
    }

    [Fact]
    public async Task Crm_section_false_in_user_settings_keeps_the_settings_and_names_the_path()
    {
        var response = await Lenient().Test.Docs.SettingsWithResponseAsync();

        Assert.Equal(0, response.Value.CrmSection);
        Assert.Equal("false", response.Value.AdditionalFields["crmSection"].GetRawText());
        Assert.Equal(["$.result.crmSection"], response.ReadProblems.Select(p => p.JsonPath));
        Assert.Equal("$.result.crmSection", (await StrictFailure(() => Api.Test.Docs.SettingsAsync())).JsonPath);
    }

    [Fact]
    public async Task Meeting_null_and_an_all_users_attendee_keep_every_event_and_name_each_path()
    {
        var response = await Lenient().Test.Docs.EventsWithResponseAsync();

        Assert.Equal([3001L, 3002L, 3003L, 3004L, 3005L, 3006L], response.Value.Select(e => e.Id));
        Assert.Equal("User Name", response.Value[1].Meeting.HostName);
        Assert.Equal([1L, 0L], response.Value[1].AttendeesEntityList.Select(a => a.Id));
        Assert.Equal("\"all-users\"", response.Value[1].AttendeesEntityList[1].AdditionalFields["id"].GetRawText());
        Assert.Equal(
            ["$.result[0].MEETING", "$.result[1].attendeesEntityList[1].id", "$.result[4].MEETING", "$.result[5].MEETING"],
            response.ReadProblems.Select(p => p.JsonPath).Order(StringComparer.Ordinal));
        Assert.Equal("$.result[0].MEETING", (await StrictFailure(() => Api.Test.Docs.EventsAsync())).JsonPath);
    }

    private static System.Text.Json.Nodes.JsonNode? Result(string fixture) => DocsFixtures.Parse(fixture)["result"]!.DeepClone();

    private B24Api Lenient() =>
        new(new B24Client(B24ClientOptions.FromWebhook(Emulator.WebhookUrl) with { Retry = B24RetryOptions.None, RateLimit = null }));

    private static Task<B24ResponseFormatException> StrictFailure(Func<Task> call) => Assert.ThrowsAsync<B24ResponseFormatException>(call);
}
