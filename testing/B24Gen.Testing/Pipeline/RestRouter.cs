using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Testing;

/// <summary>Where a request path points.</summary>
internal enum RouteKind
{
    /// <summary>Not under <c>/rest/</c>.</summary>
    NotRest,

    /// <summary><c>/rest/{user}/{code}/{method}</c>.</summary>
    Webhook,

    /// <summary><c>/rest/{method}</c>.</summary>
    OAuth,

    /// <summary>Under <c>/rest/</c> but neither shape (e.g. REST 3.0 <c>/rest/api/...</c>); no method is taken from it.</summary>
    UnknownRest,
}

/// <summary>A parsed request path.</summary>
/// <param name="Kind">The shape of the path.</param>
/// <param name="Method">The normalized method name, if the path has one.</param>
/// <param name="UserSegment">The webhook's user segment.</param>
/// <param name="CodeSegment">The webhook's code segment.</param>
internal readonly record struct RestRoute(RouteKind Kind, string? Method, string? UserSegment = null, string? CodeSegment = null);

/// <summary>The result of checking a request's credentials.</summary>
/// <param name="Succeeded">Whether the credentials are valid.</param>
/// <param name="UserId">The user the call runs as.</param>
/// <param name="Kind">How the caller authenticated.</param>
/// <param name="ErrorCode">On failure, the 401 error code (<c>NO_AUTH_FOUND</c>, <c>expired_token</c>, <c>invalid_token</c>).</param>
/// <param name="ErrorDescription">On failure, the error description.</param>
internal readonly record struct AuthOutcome(bool Succeeded, long UserId, AuthKind Kind, string? ErrorCode = null, string? ErrorDescription = null)
{
    /// <summary>Who is charged for operating time: the webhook, or the OAuth application (whatever its current token).</summary>
    public string Identity => Kind == AuthKind.Webhook
        ? string.Create(CultureInfo.InvariantCulture, $"webhook:{UserId}")
        : "oauth";
}

/// <summary>Routing (path → method) and authentication (webhook code or OAuth token), as a portal does them.</summary>
internal static class RestRouter
{
    private const string RestPrefix = "/rest/";
    private const string JsonSuffix = ".json";

    /// <summary>Method names are case-insensitive and may carry a <c>.json</c> format suffix.</summary>
    public static string NormalizeMethodName(string method)
    {
        var name = method.Trim();
        if (name.EndsWith(JsonSuffix, StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^JsonSuffix.Length];
        }

        return name.ToLowerInvariant();
    }

    public static RestRoute Parse(PathString path)
    {
        var value = path.Value ?? "";
        if (!value.StartsWith(RestPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new(RouteKind.NotRest, null);
        }

        var segments = value[RestPrefix.Length..].Split('/');
        if (segments.Length > 1 && segments[^1].Length == 0)
        {
            segments = segments[..^1];
        }

        var last = segments[^1];
        var method = last.Length == 0 ? null : NormalizeMethodName(last);
        if (method is { Length: 0 })
        {
            method = null;
        }

        return segments.Length switch
        {
            1 when method is not null => new(RouteKind.OAuth, method),
            3 when method is not null && segments[0].Length > 0 && segments[1].Length > 0 =>
                new(RouteKind.Webhook, method, segments[0], segments[1]),
            _ => new(RouteKind.UnknownRest, null),
        };
    }

    /// <summary>Checks the credentials and removes <c>auth</c> from <paramref name="parameters"/> (methods never see it).</summary>
    public static AuthOutcome Authenticate(RestRoute route, JsonObject parameters, PortalEmulatorOptions options, OAuthServer oauth)
    {
        var token = parameters.GetString("auth");
        parameters.Remove("auth");
        switch (route.Kind)
        {
            case RouteKind.Webhook:
                var userOk = long.TryParse(route.UserSegment, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
                    && userId == options.WebhookUserId;
                var codeOk = string.Equals(route.CodeSegment, options.WebhookCode, StringComparison.Ordinal);
                return userOk && codeOk
                    ? new(true, options.WebhookUserId, AuthKind.Webhook)
                    : NoAuthFound(AuthKind.Webhook);

            case RouteKind.OAuth:
                return oauth.Check(token) switch
                {
                    TokenState.Valid => new(true, options.AccessTokenUserId, AuthKind.OAuth),
                    TokenState.Expired => new(false, 0, AuthKind.OAuth, "expired_token", "The access token provided has expired"),
                    TokenState.Unknown when options.ReportInvalidToken =>
                        new(false, 0, AuthKind.OAuth, "invalid_token", "The access token provided is invalid"),
                    _ => NoAuthFound(AuthKind.OAuth),
                };

            default:
                return NoAuthFound(AuthKind.OAuth);
        }
    }

    private static AuthOutcome NoAuthFound(AuthKind kind) => new(false, 0, kind, "NO_AUTH_FOUND", "Wrong authorization data");
}
