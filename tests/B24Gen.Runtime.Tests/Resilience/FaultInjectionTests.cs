using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>
/// Each kind of fault against a real HTTP portal: the outcome (success after retry, or the right typed exception),
/// that no write ran twice, and that the logs never carry the webhook code.
/// </summary>
public class FaultInjectionTests : ResilienceTest
{
    private readonly CapturingLoggerProvider _logs = new();

    private B24Client LoggedClient(TimeSpan? timeout = null) =>
        NewClient(o => o with { LoggerFactory = _logs, Timeout = timeout ?? o.Timeout });

    // Long enough that a loaded machine still delivers the request before it (the writes' test counts what ran),
    // far shorter than the emulator's 30 s slow answer.
    private static readonly TimeSpan SlowAnswerTimeout = TimeSpan.FromSeconds(3);

    private int Ran(string method) => Emulator.ExecutedCommands.Count(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase));

    public override async Task DisposeAsync()
    {
        Assert.DoesNotContain(Emulator.WebhookCode, _logs.AllText, StringComparison.Ordinal);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task A_503_storm_is_survived_by_a_read()
    {
        using var client = LoggedClient();
        ServeTimes(4, 503, """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""", SectionGet);

        var sections = await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        Assert.Equal(1, Ran(SectionGet));
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_for_a_read()
    {
        using var client = LoggedClient();
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = SectionGet, Times = 2 });

        var sections = await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(3, sections.Count);
        Assert.Equal(3, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task A_write_whose_answer_is_lost_is_not_retried_and_ran_once()
    {
        using var client = LoggedClient();
        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = "calendar.event.add", PassThrough = true });

        var error = await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Calendar.Event.AddAsync(NewEvent("lost answer")));

        Assert.Equal(0, error.HttpStatus);
        Assert.Equal(1, RequestsTo("calendar.event.add"));
        Assert.Equal(1, Ran("calendar.event.add"));
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_a_read_is_retried()
    {
        using var client = LoggedClient(SlowAnswerTimeout);
        Emulator.EnqueueFault(FaultResponse.Slow(TimeSpan.FromSeconds(30)) with { ForMethod = SettingsGet });

        var settings = await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal("Europe/Berlin", settings.TimezoneName);
        Assert.Equal(2, RequestsTo(SettingsGet));
    }

    [Fact]
    public async Task A_slow_write_times_out_once_and_is_not_sent_again()
    {
        using var client = LoggedClient(SlowAnswerTimeout);
        Emulator.EnqueueFault(FaultResponse.Slow(TimeSpan.FromSeconds(30)) with { ForMethod = "calendar.event.add" });

        await Assert.ThrowsAsync<B24TransportException>(() => new B24Api(client).Calendar.Event.AddAsync(NewEvent("slow")));

        Assert.Equal(1, RequestsTo("calendar.event.add"));
        Assert.Equal(1, Ran("calendar.event.add"));
    }

    [Fact]
    public async Task A_500_html_page_is_retried_for_a_read_and_typed_for_a_write()
    {
        using var client = LoggedClient();
        ServeTimes(1, 500, "<html><body>Internal error</body></html>", SectionGet, "text/html");
        ServeTimes(1, 500, "<html><body>Internal error</body></html>", "calendar.event.add", "text/html");

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => new B24Api(client).Calendar.Event.AddAsync(NewEvent("html")));

        Assert.Equal(500, error.HttpStatus);
        Assert.Equal(2, RequestsTo(SectionGet));
        Assert.Equal(0, Ran("calendar.event.add"));
    }

    [Fact]
    public async Task Truncated_json_on_success_is_a_format_exception_not_a_retry()
    {
        using var client = LoggedClient();
        var body = DocsFixtures.Get("calendar.section.get");
        ServeTimes(1, 200, body[..(body.Length / 2)], SectionGet);

        var error = await Assert.ThrowsAsync<B24ResponseFormatException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.StartsWith("$.result[", error.JsonPath, StringComparison.Ordinal);
        Assert.Equal(1, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task A_portal_that_moved_is_re_posted_to_and_remembered()
    {
        await using var moved = await PortalEmulator.StartAsync(new PortalEmulatorOptions { WebhookCode = Emulator.WebhookCode });
        using var client = LoggedClient();
        var location = moved.WebhookUrl + SectionGet;
        Emulator.EnqueueFault(new FaultResponse(302, string.Empty, "text/html") { ForMethod = SectionGet, Headers = new Dictionary<string, string> { ["Location"] = location } });

        await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);
        await new B24Api(client).Calendar.User.Settings.GetAsync();

        Assert.Equal(moved.BaseAddress.GetLeftPart(UriPartial.Authority), client.PortalAddress);
        Assert.Equal("POST", Assert.Single(moved.Requests, r => r.RestMethod == SectionGet).HttpMethod);
        Assert.Single(moved.Requests, r => r.RestMethod == SettingsGet);
        Assert.Equal(0, RequestsTo(SettingsGet));
        Assert.Contains(_logs.Entries, e => e.EventId == 6);
    }
}
