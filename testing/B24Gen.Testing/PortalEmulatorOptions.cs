using System;
using System.Collections.Generic;

namespace B24Gen.Testing;

/// <summary>Settings for a <see cref="PortalEmulator"/>. Every property has a working default.</summary>
public sealed class PortalEmulatorOptions
{
    /// <summary>The secret part of the incoming-webhook URL (<c>/rest/{user}/{code}/</c>).</summary>
    public string WebhookCode { get; set; } = "emulatorwebhookcode123";

    /// <summary>The user the webhook belongs to; the <c>{user}</c> path segment must match it.</summary>
    public long WebhookUserId { get; set; } = 1;

    /// <summary>
    /// The OAuth access token the portal accepts at start (body or query parameter <c>auth</c>). A refresh at
    /// <see cref="PortalEmulator.OAuthEndpoint"/> issues a new one (<see cref="PortalEmulator.AccessToken"/>).
    /// </summary>
    public string AccessToken { get; set; } = "emulator-access-token";

    /// <summary>The user an OAuth call made with an access token runs as.</summary>
    public long AccessTokenUserId { get; set; } = 1;

    /// <summary>
    /// How long an access token is accepted after it was issued (by the emulator's <see cref="TimeProvider"/>);
    /// after that it answers 401 <c>expired_token</c>. <see langword="null"/> (the default): tokens never expire
    /// by themselves (<see cref="PortalEmulator.ExpireAccessToken"/> still works).
    /// </summary>
    public TimeSpan? AccessTokenLifetime { get; set; }

    /// <summary>
    /// When <see langword="true"/>, an <c>auth</c> token the portal never issued answers 401 <c>invalid_token</c>
    /// ("The access token provided is invalid"), as a real portal does. When <see langword="false"/> (the default,
    /// kept for existing tests) it answers 401 <c>NO_AUTH_FOUND</c>. A missing token is always <c>NO_AUTH_FOUND</c>.
    /// </summary>
    public bool ReportInvalidToken { get; set; }

    /// <summary>The OAuth application's <c>client_id</c>, checked by the token endpoint.</summary>
    public string ClientId { get; set; } = "local.emulator0000000000.00000000";

    /// <summary>The OAuth application's <c>client_secret</c>, checked by the token endpoint.</summary>
    public string ClientSecret { get; set; } = "emulator-client-secret";

    /// <summary>The refresh token valid at start; each refresh replaces it (<see cref="PortalEmulator.RefreshToken"/>).</summary>
    public string RefreshToken { get; set; } = "emulator-refresh-token";

    /// <summary>The <c>member_id</c> the token endpoint reports.</summary>
    public string MemberId { get; set; } = "emulatormember000000000000000000";

    /// <summary>
    /// The application token the portal sends as <c>auth[application_token]</c> with every event, which a handler
    /// compares to the one it stored at install to know the request came from the portal.
    /// </summary>
    public string ApplicationToken { get; set; } = "e7a1c0de00000000000000000000b24e";

    /// <summary>
    /// How long the portal waits for an event handler to answer a POST before it records the delivery as failed
    /// (it never retries). Real time, not <see cref="TimeProvider"/>. Default 10 seconds.
    /// </summary>
    public TimeSpan EventHandlerTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The per-portal request-rate limit (leaky bucket, <c>QUERY_LIMIT_EXCEEDED</c>); <see langword="null"/>
    /// (the default) turns it off. See <see cref="RateLimitOptions.Standard"/> and <see cref="RateLimitOptions.Enterprise"/>.
    /// </summary>
    public RateLimitOptions? RateLimit { get; set; }

    /// <summary>
    /// The operating-time limit in seconds per method and per webhook or application (<c>OPERATION_TIME_LIMIT</c>):
    /// when a method's <c>time.operating</c> is above it, the next call to that method answers 429.
    /// Default 480 (the docs' cloud example); <see langword="null"/> turns the check off (the counter still runs).
    /// </summary>
    public double? OperatingLimitSeconds { get; set; } = 480;

    /// <summary>
    /// When <see langword="true"/>, a 429 <c>OPERATION_TIME_LIMIT</c> answer to a plain call also carries a <c>time</c>
    /// block with the method's <c>operating</c> and <c>operating_reset_at</c> (when its oldest bucket expires), as some
    /// portals send. Default <see langword="false"/>: the bare <c>{"error", "error_description"}</c> object of the docs.
    /// </summary>
    public bool TimeInOperatingLimitErrors { get; set; }

    /// <summary>
    /// A fixed operating cost charged for every method call (it is also reported as <c>time.processing</c>);
    /// <see langword="null"/> (the default) charges the measured handler time.
    /// </summary>
    public TimeSpan? OperatingCostPerCall { get; set; }

    /// <summary>
    /// Fixed operating costs for single methods (case-insensitive names, read at start); they win over <see cref="OperatingCostPerCall"/>.
    /// </summary>
    public IDictionary<string, TimeSpan> OperatingCostPerMethod { get; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How many generated deals <c>crm.deal.list</c> serves (IDs 1..N, in <see cref="PortalState.CrmDeals"/>).
    /// Default 0. The deals are generated whatever <see cref="SeedState"/> says.
    /// </summary>
    public int DealCount { get; set; }

    /// <summary>
    /// Whether <see cref="PortalEmulator.State"/> starts with the fixture data (the docs' examples plus the
    /// emulator's own seed records). When <see langword="false"/> the portal starts empty.
    /// </summary>
    public bool SeedState { get; set; } = true;

    /// <summary>
    /// When <see langword="true"/>, the portal answers in the shapes recorded on real portals where they differ from
    /// the docs (listed in <c>Fixtures/README.md</c>): its state is seeded from the <c>real.*</c> fixtures (nulls,
    /// <c>false</c> for empty values, dotted and day-first dates, the older and the newer <c>MEETING</c>, a
    /// <c>meta-user</c> attendee, <c>daybefore</c> reminders, user settings mixing booleans and <c>Y</c>/<c>N</c>),
    /// <c>calendar.event.get</c> expands repeating events with <c>RINDEX</c>, <c>~DATE_FROM</c>, <c>~DATE_TO</c>,
    /// <c>DT_FROM</c> and <c>DT_TO</c>, new events get dotted dates, and <c>crm.deal.list</c> answers a <c>time</c>
    /// block without <c>operating</c> and <c>operating_reset_at</c>. Default <see langword="false"/>: the docs' shapes.
    /// </summary>
    public bool RealPortal { get; set; }

    /// <summary>
    /// The clock used for the <c>time</c> block of responses, the rate-limit drain, the operating-time buckets,
    /// token expiry, and the events' <c>ts</c>, <c>TIMESTAMP_X</c> and <c>ONOFFLINEEVENT</c>'s <c>minTimeout</c>.
    /// Defaults to the system clock.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
