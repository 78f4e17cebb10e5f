using B24Gen.Api;

namespace B24Gen.Runtime.Tests.Resilience;

/// <summary>A client with retries on, tiny backoff (so tests never wait long) and no rate limit unless a test sets one.</summary>
public abstract class ResilienceTest : EmulatorTest
{
    protected static readonly B24RetryOptions FastRetries = new() { MaxRetries = 4, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };

    protected B24Client NewClient(Func<B24ClientOptions, B24ClientOptions>? configure = null)
    {
        var options = B24ClientOptions.FromWebhook(Emulator.WebhookUrl) with { Retry = FastRetries, RateLimit = null };
        return new B24Client(configure is null ? options : configure(options));
    }

    /// <summary>OAuth options for <see cref="Emulator"/>: its tokens and credentials unless given, fast retries, no rate limit.</summary>
    protected B24ClientOptions OAuthOptions(Func<B24OAuthOptions, B24OAuthOptions> configure, string? accessToken = null, string? refreshToken = null) =>
        B24ClientOptions.FromAccessToken(Emulator.ClientEndpoint, accessToken ?? Emulator.AccessToken) with
        {
            Retry = FastRetries,
            RateLimit = null,
            OAuth = configure(new B24OAuthOptions
            {
                ClientId = Emulator.ClientId,
                ClientSecret = Emulator.ClientSecret,
                RefreshToken = refreshToken ?? Emulator.RefreshToken,
                TokenEndpoint = Emulator.OAuthEndpoint,
            }),
        };

    protected static CalendarEventAddRequest NewEvent(string name) => new()
    {
        Type = CalendarType.User,
        OwnerId = 1,
        Section = 190,
        Name = name,
        From = new DateTime(2025, 3, 20, 15, 0, 0),
        To = new DateTime(2025, 3, 20, 16, 0, 0),
    };

    protected int RequestsTo(string method) => Emulator.Requests.Count(r => string.Equals(r.RestMethod, method, StringComparison.OrdinalIgnoreCase));

    protected void ServeTimes(int times, int status, string body, string method, string contentType = "application/json") =>
        Emulator.EnqueueFault(new B24Gen.Testing.FaultResponse(status, body, contentType) { ForMethod = method, Times = times });
}
