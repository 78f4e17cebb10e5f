namespace B24Gen.Hosting;

/// <summary>What <c>AddB24</c> and <c>AddB24App</c> registered (as options, so each call adds to it).</summary>
internal sealed class B24Registrations
{
    /// <summary>The names of the configured portals.</summary>
    public HashSet<string> Portals { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether an OAuth application serving many portals was added.</summary>
    public bool HasApp { get; set; }
}
