namespace B24Gen.Runtime.Tests;

/// <summary>
/// Client options for tests that check what one answer of the portal becomes: no retries and no client-side rate
/// limit, so a served fault reaches the test as it is. Resilience tests build their own options.
/// </summary>
internal static class TestOptions
{
    public static B24ClientOptions Webhook(string url) =>
        B24ClientOptions.FromWebhook(url) with { Retry = B24RetryOptions.None, RateLimit = null };

    public static B24ClientOptions AccessToken(string endpoint, string token) =>
        B24ClientOptions.FromAccessToken(endpoint, token) with { Retry = B24RetryOptions.None, RateLimit = null };
}
