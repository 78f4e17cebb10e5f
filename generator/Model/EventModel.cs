namespace B24Gen.Generator.Model;

/// <summary>What an event's <c>auth</c> block carries besides the portal's address and the application token.</summary>
internal enum EventAuthKind
{
    /// <summary>The acting user's access token, when a user's action raised the event.</summary>
    User,

    /// <summary>Also a refresh token: events that need lasting access (<c>ONAPPINSTALL</c>).</summary>
    Refresh,

    /// <summary>Never tokens.</summary>
    None,
}

/// <summary>
/// An incoming event (an <c>event:</c> document): its code as the portal sends it (upper case), the C# names it
/// generates, and its documentation. Its <c>data</c> is the file's type <see cref="DataTypeName"/>, parsed with the
/// file's other types so that it resolves, clashes and extends (<c>partial: true</c>) as any type does.
/// </summary>
internal sealed record EventModel(
    string Code,
    string DocumentedCode,
    string Scope,
    string ClassName,
    string DataTypeName,
    string? Summary,
    string? Description,
    string? Docs,
    EventAuthKind Auth,
    SourceSpan Span);
