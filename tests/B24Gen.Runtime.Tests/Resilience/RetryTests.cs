using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>What is retried and what is not: reads survive transient failures; writes never run twice.</summary>
public class RetryTests : ResilienceTest
{
    private const string QueryLimit = """{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}""";
    private const string ServerError = """{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}""";
    private const string HtmlPage = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    private const string ServiceUnavailable = """{"error":"SERVICE_UNAVAILABLE","error_description":"Service temporarily unavailable"}""";
    private const string Overload = """{"error":"OVERLOAD_LIMIT","error_description":"REST API is blocked due to overload"}""";

    [Fact]
    public async Task Query_limit_exceeded_is_retried_until_the_call_runs()
    {
        using var client = NewClient();
        ServeTimes(3, 503, QueryLimit, SectionGet);

        var sections = await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.Equal(190, sections[0].Id);
        Assert.Equal(4, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task Query_limit_exceeded_is_retried_for_writes_too_and_the_write_runs_once()
    {
        using var client = NewClient();
        ServeTimes(2, 503, QueryLimit, "calendar.event.add");

        var id = await new B24Api(client).Calendar.Event.AddAsync(NewEvent("once"));

        var events = await new B24Api(client).Calendar.Event.GetAsync(new() { Type = CalendarType.User, OwnerId = 1, From = new DateTime(2025, 3, 1), To = new DateTime(2025, 4, 1) });
        Assert.Single(events, e => e.Name == "once");
        Assert.Equal(id, events.Single(e => e.Name == "once").Id);
        Assert.Equal(3, RequestsTo("calendar.event.add"));
    }

    [Theory]
    [InlineData(500, ServerError, "application/json")]
    [InlineData(502, HtmlPage, "text/html")]
    [InlineData(503, ServiceUnavailable, "application/json")]
    public async Task Server_errors_are_retried_for_reads(int status, string body, string contentType)
    {
        using var client = NewClient();
        ServeTimes(2, status, body, SectionGet, contentType);

        var sections = await new B24Api(client).Calendar.Section.GetAsync(UserOneSections);

        Assert.NotEmpty(sections);
        Assert.Equal(3, RequestsTo(SectionGet));
    }

    [Theory]
    [InlineData(500, ServerError, "application/json")]
    [InlineData(502, HtmlPage, "text/html")]
    public async Task Server_errors_are_not_retried_for_writes(int status, string body, string contentType)
    {
        using var client = NewClient();
        ServeTimes(1, status, body, "calendar.event.add", contentType);

        await Assert.ThrowsAnyAsync<B24Exception>(() => new B24Api(client).Calendar.Event.AddAsync(NewEvent("maybe")));

        Assert.Equal(1, RequestsTo("calendar.event.add"));
    }

    [Fact]
    public async Task Overload_limit_is_not_retried_even_for_a_read()
    {
        // A 503 like QUERY_LIMIT_EXCEEDED, but a manual block that only Bitrix24 support lifts: retrying cannot help.
        using var client = NewClient();
        ServeTimes(3, 503, Overload, SectionGet);

        var error = await Assert.ThrowsAsync<B24OverloadException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(503, error.HttpStatus);
        Assert.True(error.HasCode("overload_limit"));
        Assert.Equal(1, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task Overload_limit_is_not_retried_for_a_batch_of_reads()
    {
        using var client = NewClient();
        ServeTimes(3, 503, Overload, "batch");
        var batch = client.CreateBatch();
        var sections = batch.Add(B24Methods.CalendarSectionGet, UserOneSections);

        await Assert.ThrowsAsync<B24OverloadException>(() => batch.ExecuteAsync());

        Assert.Equal(1, RequestsTo("batch"));
        Assert.Equal(B24BatchCommandStatus.NotRun, sections.Status);
    }

    [Theory]
    [InlineData("PORTAL_DELETED")]
    [InlineData("portal_deleted")]
    public async Task Portal_deleted_is_not_retried_even_for_a_read(string code)
    {
        using var client = NewClient();
        ServeTimes(3, 500, $$"""{"error":"{{code}}","error_description":"Portal was deleted"}""", SectionGet);

        var error = await Assert.ThrowsAsync<B24ServerException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(500, error.HttpStatus);
        Assert.Equal(1, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task Method_errors_are_never_retried()
    {
        using var client = NewClient();

        var error = await Assert.ThrowsAsync<B24MethodException>(() => client.CallRawAsync(SectionGet));

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(1, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count_with_the_last_error()
    {
        using var client = NewClient();
        ServeTimes(10, 503, QueryLimit, SectionGet);

        var error = await Assert.ThrowsAsync<B24QueryLimitException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(503, error.HttpStatus);
        Assert.Equal(1 + FastRetries.MaxRetries, RequestsTo(SectionGet));
    }

    [Fact]
    public async Task Retry_none_gives_the_first_answer()
    {
        using var client = NewClient(o => o with { Retry = B24RetryOptions.None });
        ServeTimes(1, 503, QueryLimit, SectionGet);

        await Assert.ThrowsAsync<B24QueryLimitException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal(1, RequestsTo(SectionGet));
    }
}
