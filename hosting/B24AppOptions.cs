namespace B24Gen.Hosting;

/// <summary>
/// An OAuth application that serves many portals (a Bitrix24 Market app): its credentials
/// (<see cref="B24ConnectionOptions.ClientId"/> and <see cref="B24ConnectionOptions.ClientSecret"/>, required), and
/// the settings every portal's client shares. Each portal's tokens come from <see cref="IB24TokenStore"/>.
/// </summary>
public sealed class B24AppOptions : B24ConnectionOptions
{
    /// <summary>The application and its settings, never its secret.</summary>
    public override string ToString() => $"OAuth application {ClientId} (rate limit {RateLimit})";
}
