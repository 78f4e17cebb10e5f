using B24Gen.Api;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// Every system error of the docs (the system error table and the codes documented outside it; see
/// docs/portal-quirks.md, "System errors"), served by the
/// emulator, becomes the matching exception type with code, status, description and method.
/// </summary>
public sealed class SystemErrorMappingTests : EmulatorTest
{
    [Theory]
    // The table in the docs' _includes/system-errors.md (shown on every method page and on error-codes), in its order.
    [InlineData(500, "INTERNAL_SERVER_ERROR", "Internal server error", typeof(B24ServerException), typeof(B24ServerException))]
    [InlineData(500, "ERROR_UNEXPECTED_ANSWER", "Server returned an unexpected response", typeof(B24ServerException), typeof(B24ServerException))]
    [InlineData(503, "QUERY_LIMIT_EXCEEDED", "Too many requests", typeof(B24QueryLimitException), typeof(B24LimitException))]
    [InlineData(405, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage", typeof(B24RequestException), typeof(B24RequestException))]
    [InlineData(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded", typeof(B24RequestException), typeof(B24RequestException))]
    [InlineData(401, "NO_AUTH_FOUND", "Wrong authorization data", typeof(B24AuthException), typeof(B24AuthException))]
    [InlineData(400, "INVALID_REQUEST", "Https required", typeof(B24RequestException), typeof(B24RequestException))]
    [InlineData(503, "OVERLOAD_LIMIT", "REST API is blocked due to overload", typeof(B24OverloadException), typeof(B24LimitException))]
    [InlineData(403, "ACCESS_DENIED", "REST API is available only on commercial plans", typeof(B24AccessDeniedException), typeof(B24AccessDeniedException))]
    [InlineData(403, "INVALID_CREDENTIALS", "Invalid request credentials", typeof(B24AccessDeniedException), typeof(B24AccessDeniedException))]
    [InlineData(404, "ERROR_MANIFEST_IS_NOT_AVAILABLE", "Manifest is not available", typeof(B24RequestException), typeof(B24RequestException))]
    [InlineData(403, "insufficient_scope", "The request requires higher privileges than provided by the webhook token", typeof(B24AccessDeniedException), typeof(B24AccessDeniedException))]
    [InlineData(401, "expired_token", "The access token provided has expired", typeof(B24TokenExpiredException), typeof(B24AuthException))]
    [InlineData(403, "user_access_error", "The user does not have access to the application", typeof(B24AccessDeniedException), typeof(B24AccessDeniedException))]
    [InlineData(500, "PORTAL_DELETED", "Portal was deleted", typeof(B24ServerException), typeof(B24ServerException))]
    // Documented outside the table.
    [InlineData(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.", typeof(B24OperationTimeLimitException), typeof(B24LimitException))]
    [InlineData(403, "WRONG_AUTH_TYPE", "Current authorization type is denied for this method Application context required", typeof(B24AccessDeniedException), typeof(B24AccessDeniedException))]
    [InlineData(404, "ERROR_METHOD_NOT_FOUND", "Method not found!", typeof(B24RequestException), typeof(B24RequestException))]
    [InlineData(401, "invalid_token", "The access token provided is invalid", typeof(B24AuthException), typeof(B24AuthException))]
    public async Task System_error_maps_to_its_exception(int status, string code, string description, Type exceptionType, Type category)
    {
        ServeError(status, code, description);

        var error = await Assert.ThrowsAnyAsync<B24Exception>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.IsType(exceptionType, error);
        Assert.IsAssignableFrom(category, error);
        Assert.Equal(code, error.Code);
        Assert.Equal(status, error.HttpStatus);
        Assert.Equal(description, error.Description);
        Assert.Equal(SectionGet, error.Method);
        Assert.True(error.HasCode(code));
        Assert.True(error.HasCode(code.ToUpperInvariant()));
        Assert.True(error.HasCode(code.ToLowerInvariant()));
        Assert.Equal($"calendar.section.get failed (HTTP {status} {code}): {description}", error.Message);
        Assert.Single(Emulator.Requests); // no retry at this layer: one request, one error
    }

    [Theory]
    [InlineData(503, "query_limit_exceeded", typeof(B24QueryLimitException))]
    [InlineData(503, "Query_Limit_Exceeded", typeof(B24QueryLimitException))]
    [InlineData(401, "EXPIRED_TOKEN", typeof(B24TokenExpiredException))]
    [InlineData(403, "INSUFFICIENT_SCOPE", typeof(B24AccessDeniedException))]
    [InlineData(429, "operation_time_limit", typeof(B24OperationTimeLimitException))]
    [InlineData(503, "overload_limit", typeof(B24OverloadException))]
    [InlineData(401, "INVALID_TOKEN", typeof(B24AuthException))]
    [InlineData(500, "portal_deleted", typeof(B24ServerException))]
    [InlineData(404, "error_method_not_found", typeof(B24RequestException))]
    public async Task Codes_compare_case_insensitively(int status, string code, Type exceptionType)
    {
        ServeError(status, code, "text");

        var error = await Assert.ThrowsAnyAsync<B24Exception>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.IsType(exceptionType, error);
        Assert.Equal(code, error.Code); // kept as sent
        Assert.True(error.HasCode(code.ToUpperInvariant()));
        Assert.True(error.HasCode(code.ToLowerInvariant()));
        Assert.False(error.HasCode(code + "_X"));
    }

    [Theory]
    [InlineData(401, typeof(B24AuthException))]
    [InlineData(403, typeof(B24AccessDeniedException))]
    [InlineData(429, typeof(B24LimitException))]
    [InlineData(500, typeof(B24ServerException))]
    [InlineData(502, typeof(B24ServerException))]
    [InlineData(503, typeof(B24ServerException))]
    [InlineData(400, typeof(B24MethodException))]
    [InlineData(404, typeof(B24MethodException))]
    public async Task Unknown_codes_are_classified_by_status(int status, Type exceptionType)
    {
        ServeError(status, "SOME_NEW_CODE", "Something new");

        var error = await Assert.ThrowsAnyAsync<B24Exception>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.IsType(exceptionType, error);
        Assert.Equal("SOME_NEW_CODE", error.Code);
        Assert.Equal(status, error.HttpStatus);
        Assert.Equal("Something new", error.Description);
    }

    [Fact]
    public async Task Numeric_codes_sent_as_strings_or_numbers_are_kept_as_text()
    {
        Serve(400, """{"error":"100","error_description":"Could not find value for parameter"}""");
        Serve(400, """{"error":0,"error_description":"zero"}""");

        var quoted = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));
        var number = await Assert.ThrowsAsync<B24MethodException>(() => Api.Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("100", quoted.Code);
        Assert.Equal("0", number.Code);
        Assert.Equal("zero", number.Description);
    }

    [Fact]
    public async Task The_method_name_is_that_of_the_call()
    {
        ServeError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests", method: SettingsGet);

        var error = await Assert.ThrowsAsync<B24QueryLimitException>(() => Api.Calendar.User.Settings.GetAsync());

        Assert.Equal(SettingsGet, error.Method);
        Assert.StartsWith("calendar.user.settings.get failed (HTTP 503 QUERY_LIMIT_EXCEEDED)", error.Message);
    }

    [Fact]
    public async Task A_wrong_webhook_code_is_NO_AUTH_FOUND_401_from_the_emulator()
    {
        var url = Emulator.WebhookUrl.Replace(Emulator.WebhookCode, "wrongcode42", StringComparison.Ordinal);
        using var client = new B24Client(TestOptions.Webhook(url));

        var error = await Assert.ThrowsAsync<B24AuthException>(() => new B24Api(client).Calendar.Section.GetAsync(UserOneSections));

        Assert.Equal("NO_AUTH_FOUND", error.Code);
        Assert.Equal(401, error.HttpStatus);
        Assert.Equal("Wrong authorization data", error.Description);
        Assert.Equal(SectionGet, error.Method);
        Assert.DoesNotContain("wrongcode42", error.Message);
        Assert.DoesNotContain("wrongcode42", error.ToString());
        Assert.Equal("/rest/1/wrongcode42/calendar.section.get", Assert.Single(Emulator.Requests).Path);
    }

    [Fact]
    public async Task A_wrong_webhook_user_is_NO_AUTH_FOUND_too()
    {
        var url = Emulator.WebhookUrl.Replace("/rest/1/", "/rest/2/", StringComparison.Ordinal);
        using var client = new B24Client(TestOptions.Webhook(url));

        var error = await Assert.ThrowsAsync<B24AuthException>(() => new B24Api(client).Calendar.User.Settings.GetAsync());

        Assert.Equal("NO_AUTH_FOUND", error.Code);
        Assert.Equal(401, error.HttpStatus);
    }
}
