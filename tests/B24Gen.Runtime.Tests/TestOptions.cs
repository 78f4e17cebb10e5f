namespace B24Gen.Runtime.Tests;

/// <summary>
/// Client options for tests that check what one answer of the portal becomes: no retries and no client-side rate
/// limit, so a served fault reaches the test as it is; strict reading, so a value the schema does not describe fails
/// the test that meets it (as the strict mode is meant for schema authors' tests). Resilience tests build their own
/// options; the lenient default is tested with default options in <c>LenientReadingTests</c>.
/// </summary>
internal static class TestOptions
{
    public static B24ClientOptions Webhook(string url) =>
        B24ClientOptions.FromWebhook(url) with { Retry = B24RetryOptions.None, RateLimit = null, StrictReading = true };

    public static B24ClientOptions AccessToken(string endpoint, string token) =>
        B24ClientOptions.FromAccessToken(endpoint, token) with { Retry = B24RetryOptions.None, RateLimit = null, StrictReading = true };
}
