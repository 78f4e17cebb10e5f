using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// The <c>auth</c> block of a delivery, in the order the docs' application example has it (docs: events/index.md,
/// "Parameter auth"): <c>access_token</c> and <c>expires_in</c> only when a user's action raised the event (or the
/// binding names an <c>auth_type</c> user), <c>refresh_token</c> only for events that carry it (<c>ONOFFLINEEVENT</c>),
/// <c>status</c> <c>L</c> (a local application), and the emulator's own addresses.
/// </summary>
internal sealed class EventAuthBlock(PortalEmulatorOptions options, OAuthServer oauth)
{
    /// <summary>What <c>expires_in</c> says when access tokens never expire (the token endpoint says the same).</summary>
    private const int DefaultExpiresIn = 3600;

    /// <summary>The emulator's root; set once Kestrel has its port.</summary>
    public Uri? BaseAddress { get; set; }

    public JsonObject Create(string scope, bool withTokens, bool withRefreshToken)
    {
        var root = BaseAddress ?? throw new InvalidOperationException("The emulator has not started.");
        var auth = new JsonObject();
        if (withTokens)
        {
            auth["access_token"] = oauth.AccessToken;
            auth["expires_in"] = options.AccessTokenLifetime is { } lifetime
                ? ((long)lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)
                : DefaultExpiresIn.ToString(CultureInfo.InvariantCulture);
        }

        auth["scope"] = scope;
        auth["domain"] = root.Authority;
        auth["server_endpoint"] = $"{root}oauth/rest/";
        auth["status"] = "L";
        auth["client_endpoint"] = $"{root}rest/";
        auth["member_id"] = options.MemberId;
        if (withTokens && withRefreshToken)
        {
            auth["refresh_token"] = oauth.RefreshToken;
        }

        auth["application_token"] = options.ApplicationToken;
        return auth;
    }
}
