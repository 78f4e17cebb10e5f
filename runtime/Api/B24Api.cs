namespace B24Gen;

/// <summary>
/// The Bitrix24 REST API, typed: <c>api.Calendar.Section.GetAsync(...)</c> calls <c>calendar.section.get</c>. The
/// scopes (<c>api.Calendar</c>, <c>api.Crm</c>, and any a project adds in its own YAML) are extension properties
/// in the namespace of the generated API (<c>B24Gen.Api</c> for the stock API).
/// </summary>
public sealed class B24Api : B24ApiGroup
{
    /// <summary>Creates the API over a client that sends the calls.</summary>
    /// <param name="client">The client: portal address, credentials, transport.</param>
    public B24Api(B24Client client)
        : base(client)
    {
    }
}
