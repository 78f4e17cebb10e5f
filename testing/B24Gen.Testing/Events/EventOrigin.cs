namespace B24Gen.Testing;

/// <summary>What raised an event: who acted, whether it was the application itself, and in which hit.</summary>
/// <param name="UserId">The user who acted; <see langword="null"/> for an action no user did (then no tokens are sent).</param>
/// <param name="ByApplication">Whether the application's own OAuth call made the change.</param>
/// <param name="AuthConnector">The <c>auth_connector</c> that call sent, if any.</param>
/// <param name="Hit">Identifies one REST request, for <c>minTimeout = 0</c> (one notification per hit).</param>
internal sealed record EventOrigin(long? UserId, bool ByApplication, string? AuthConnector, object Hit)
{
    /// <summary>
    /// Whether the change is the application's own, made with the connector of an offline binding: then it is not
    /// queued for that binding (docs: offline-events.md, "How to Avoid Cycles").
    /// </summary>
    public bool IsOwnChange(string connectorId) => ByApplication && AuthConnector is not null && AuthConnector == connectorId;
}
