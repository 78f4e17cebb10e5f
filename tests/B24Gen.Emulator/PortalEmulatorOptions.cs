using System;

namespace B24Gen.Emulator;

/// <summary>Settings for a <see cref="PortalEmulator"/>. Every property has a working default.</summary>
public sealed class PortalEmulatorOptions
{
    /// <summary>The secret part of the incoming-webhook URL (<c>/rest/{user}/{code}/</c>).</summary>
    public string WebhookCode { get; set; } = "emulatorwebhookcode123";

    /// <summary>The user the webhook belongs to; the <c>{user}</c> path segment must match it.</summary>
    public long WebhookUserId { get; set; } = 1;

    /// <summary>The only OAuth access token the portal accepts (body or query parameter <c>auth</c>).</summary>
    public string AccessToken { get; set; } = "emulator-access-token";

    /// <summary>The user an OAuth call made with <see cref="AccessToken"/> runs as.</summary>
    public long AccessTokenUserId { get; set; } = 1;

    /// <summary>
    /// Whether <see cref="PortalEmulator.State"/> starts with the fixture data (the docs' examples plus the
    /// emulator's own seed records). When <see langword="false"/> the portal starts empty.
    /// </summary>
    public bool SeedState { get; set; } = true;

    /// <summary>The clock used for the <c>time</c> block of responses. Defaults to the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
