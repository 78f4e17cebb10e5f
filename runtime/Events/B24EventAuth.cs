using System.Text.Json;

namespace B24Gen;

/// <summary>
/// An event's <c>auth</c> block: which portal raised it and, when a user's action raised it, that user's tokens. An
/// outgoing webhook gets only <see cref="Domain"/>, the endpoints, <see cref="MemberId"/> and the application token;
/// <see cref="RefreshToken"/> comes only with events that need lasting access (<c>ONAPPINSTALL</c>,
/// <c>ONOFFLINEEVENT</c>). <see cref="ToString"/> never shows a token.
/// </summary>
public sealed class B24EventAuth
{
    /// <summary>An auth block with nothing in it (an offline event's, which carries none).</summary>
    public static B24EventAuth Empty { get; } = new(null, null, null, null, null, null, null, null, null, null);

    internal B24EventAuth(
        string? accessToken, string? refreshToken, long? expiresIn, string? scope, string? domain, string? serverEndpoint,
        string? clientEndpoint, string? memberId, string? status, string? applicationToken)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresIn = expiresIn;
        Scope = scope;
        Domain = domain;
        ServerEndpoint = serverEndpoint;
        ClientEndpoint = clientEndpoint;
        MemberId = memberId;
        Status = status;
        ApplicationToken = applicationToken;
    }

    /// <summary><c>access_token</c>: the OAuth token of the user whose action raised the event; null when no user did (a robot, a workflow, an agent) or for a webhook.</summary>
    public string? AccessToken { get; }

    /// <summary><c>refresh_token</c>: only with events that need lasting access, such as <c>ONAPPINSTALL</c>.</summary>
    public string? RefreshToken { get; }

    /// <summary><c>expires_in</c>: seconds until <see cref="AccessToken"/> expires.</summary>
    public long? ExpiresIn { get; }

    /// <summary><c>scope</c>: the scope under which the event occurred.</summary>
    public string? Scope { get; }

    /// <summary><c>domain</c>: the portal's address, such as <c>example.bitrix24.com</c>.</summary>
    public string? Domain { get; }

    /// <summary><c>server_endpoint</c>: the OAuth server that refreshes the tokens.</summary>
    public string? ServerEndpoint { get; }

    /// <summary><c>client_endpoint</c>: the portal's REST address (<c>https://example.bitrix24.com/rest/</c>).</summary>
    public string? ClientEndpoint { get; }

    /// <summary><c>member_id</c>: the portal's identifier; stable when the portal changes its address.</summary>
    public string? MemberId { get; }

    /// <summary><c>status</c>: the application's status (<c>L</c> local, <c>F</c> free, <c>D</c> demo, <c>T</c> trial, <c>P</c> paid).</summary>
    public string? Status { get; }

    /// <summary><c>application_token</c>: proves the event came from the portal. Compare it with <see cref="HasApplicationToken"/>.</summary>
    public string? ApplicationToken { get; }

    /// <summary>
    /// Whether the block's application token is <paramref name="expected"/>, compared in constant time (a comparison
    /// that stops at the first difference would tell an attacker by its timing how much of a guess was right).
    /// </summary>
    /// <param name="expected">The application's token for this portal.</param>
    /// <returns>False when the block has none.</returns>
    public bool HasApplicationToken(string expected) => Events.ApplicationToken.Matches(ApplicationToken, expected);

    /// <inheritdoc/>
    public override string ToString() =>
        $"B24EventAuth {{ Domain = {Domain}, MemberId = {MemberId}, Scope = {Scope}, Status = {Status}, AccessToken = {Shown(AccessToken)}, RefreshToken = {Shown(RefreshToken)}, ApplicationToken = {Shown(ApplicationToken)} }}";

    private static string Shown(string? secret) => secret is null ? "none" : "(hidden)";

    internal static B24EventAuth Read(JsonElement auth)
    {
        if (auth.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        return new B24EventAuth(
            Text(auth, "access_token"),
            Text(auth, "refresh_token"),
            long.TryParse(Text(auth, "expires_in"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var expires) ? expires : null,
            Text(auth, "scope"),
            Text(auth, "domain"),
            Text(auth, "server_endpoint"),
            Text(auth, "client_endpoint"),
            Text(auth, "member_id"),
            Text(auth, "status"),
            Text(auth, "application_token"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
