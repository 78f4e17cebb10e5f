using B24Gen.Api;
using B24Gen.Runtime.Tests.Resilience;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>The raw HTTP response, for diagnosis, on the exception and on the response: never with a secret in it.</summary>
public class RawResponseTests : ResilienceTest
{
    [Fact]
    public async Task An_error_carries_the_status_headers_and_body_as_they_came_with_the_webhook_code_redacted()
    {
        using var client = NewClient(o => o with { Retry = B24RetryOptions.None });
        Emulator.EnqueueFault(new FaultResponse(400, $$"""{"error":"ACCESS_DENIED","error_description":"Denied for {{Emulator.WebhookUrl}}"}""")
        {
            ForMethod = SectionGet,
            Headers = new Dictionary<string, string> { ["X-Request-Id"] = "req-42", ["X-Echo"] = Emulator.WebhookUrl },
        });

        var error = await Assert.ThrowsAsync<B24AccessDeniedException>(() => new B24Api(client).Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 }));

        var raw = Assert.IsType<B24RawResponse>(error.RawResponse);
        Assert.Equal(400, raw.HttpStatus);
        Assert.Equal("req-42", raw.Headers["x-request-id"]);
        Assert.StartsWith("application/json", raw.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("\"error\":\"ACCESS_DENIED\"", raw.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Emulator.WebhookCode, raw.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Emulator.WebhookCode, raw.Headers["X-Echo"], StringComparison.Ordinal);
        Assert.Matches(@"^HTTP 400, \d+ bytes$", raw.ToString());
    }

    [Fact]
    public async Task A_response_carries_its_raw_body_and_a_transport_failure_none()
    {
        using var client = NewClient(o => o with { Retry = B24RetryOptions.None });

        var response = await new B24Api(client).Calendar.Section.GetWithResponseAsync(new() { Type = CalendarType.User, OwnerId = 1 });

        Assert.Equal(200, response.RawResponse!.HttpStatus);
        Assert.Contains("\"result\":", response.RawResponse.Body, StringComparison.Ordinal);

        Emulator.EnqueueFault(FaultResponse.DropConnection with { ForMethod = SectionGet });
        var dropped = await Assert.ThrowsAnyAsync<B24Exception>(() => new B24Api(client).Calendar.Section.GetAsync(new() { Type = CalendarType.User, OwnerId = 1 }));
        Assert.Null(dropped.RawResponse);
    }
}
