namespace B24Gen.Testing;

/// <summary>A registered event handler (<c>event.bind</c>), as the portal keeps it.</summary>
/// <param name="Id">The binding's ID: <c>event_handler_id</c> in what is sent to the handler.</param>
/// <param name="Code">The event code, upper-case.</param>
/// <param name="HandlerUrl">The handler URL; empty for an offline binding.</param>
/// <param name="UserId">The <c>auth_type</c> user whose authorization the handler gets; 0 for the user who acted.</param>
/// <param name="Offline">Whether the event is queued for <c>event.offline.get</c> instead of POSTed.</param>
/// <param name="ConnectorId">The <c>auth_connector</c> the binding was made with; empty for none.</param>
public sealed record EventBinding(long Id, string Code, string HandlerUrl, long UserId, bool Offline, string ConnectorId)
{
    /// <summary>
    /// The <c>options.minTimeout</c> of an <c>ONOFFLINEEVENT</c> binding (seconds between notifications);
    /// <see langword="null"/> when not given (the portal's default, 1).
    /// </summary>
    public int? MinTimeout { get; init; }
}
