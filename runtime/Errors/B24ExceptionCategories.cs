using System;

namespace B24Gen;

/// <summary>Authorization failed: <c>NO_AUTH_FOUND</c>, <c>invalid_token</c>, <c>expired_token</c>.</summary>
public class B24AuthException : B24Exception
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24AuthException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>
/// The OAuth server refused to refresh the token: <c>invalid_grant</c> (the refresh token expired or was used
/// already: authorize the application again), <c>invalid_client</c>, <c>PAYMENT_REQUIRED</c>...
/// </summary>
public sealed class B24OAuthException : B24AuthException
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24OAuthException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>The OAuth access token expired (<c>expired_token</c>); refresh it and call again.</summary>
public sealed class B24TokenExpiredException : B24AuthException
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24TokenExpiredException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>
/// The caller may not do this: <c>ACCESS_DENIED</c>, <c>INVALID_CREDENTIALS</c>, <c>insufficient_scope</c>,
/// <c>user_access_error</c>, <c>WRONG_AUTH_TYPE</c>.
/// </summary>
public sealed class B24AccessDeniedException : B24Exception
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24AccessDeniedException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>A portal limit was hit: see <see cref="B24QueryLimitException"/>, <see cref="B24OperationTimeLimitException"/>, <see cref="B24OverloadException"/>.</summary>
public class B24LimitException : B24Exception
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24LimitException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>Too many requests (<c>QUERY_LIMIT_EXCEEDED</c>, HTTP 503): the call did not run.</summary>
public sealed class B24QueryLimitException : B24LimitException
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24QueryLimitException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>The method's accumulated execution time is over the limit (<c>OPERATION_TIME_LIMIT</c>, HTTP 429).</summary>
public sealed class B24OperationTimeLimitException : B24LimitException
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24OperationTimeLimitException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }

    /// <summary>
    /// When the method may be called again: the <c>operating_reset_at</c> of the 429 answer; else that of the method's
    /// last successful answer, if it is still ahead; else an estimate, the refusal plus the portal's 10-minute accounting
    /// window. Set on every exception the client throws; null only on one you create yourself.
    /// </summary>
    public DateTimeOffset? ResetAt { get; internal set; }

    /// <summary>How long the client waits before calling again after the portal's 429; null past <see cref="B24RetryOptions.MaxOperatingWait"/> and when the client refused the call itself.</summary>
    internal TimeSpan? RetryWait { get; set; }
}

/// <summary>The portal's REST API is blocked for overload (<c>OVERLOAD_LIMIT</c>, HTTP 503); contact support.</summary>
public sealed class B24OverloadException : B24LimitException
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24OverloadException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>The portal failed: <c>INTERNAL_SERVER_ERROR</c>, <c>ERROR_UNEXPECTED_ANSWER</c>, <c>PORTAL_DELETED</c>, other 5xx.</summary>
public sealed class B24ServerException : B24Exception
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24ServerException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>
/// The request itself was refused before the method ran: <c>INVALID_REQUEST</c> (HTTPS required),
/// <c>ERROR_METHOD_NOT_FOUND</c>, <c>ERROR_BATCH_LENGTH_EXCEEDED</c>, <c>ERROR_BATCH_METHOD_NOT_ALLOWED</c>,
/// <c>ERROR_MANIFEST_IS_NOT_AVAILABLE</c>.
/// </summary>
public sealed class B24RequestException : B24Exception
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24RequestException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>
/// The method refused the call: one of its documented errors (listed in the method's documentation), or another
/// method-level error. Calendar methods answer HTTP 400 with an empty <see cref="B24Exception.Code"/>; only
/// <see cref="B24Exception.Description"/> tells them apart.
/// </summary>
public sealed class B24MethodException : B24Exception
{
    /// <inheritdoc cref="B24Exception(string, string, string, int, Exception)"/>
    public B24MethodException(string method, string code, string description, int httpStatus, Exception? innerException = null)
        : base(method, code, description, httpStatus, innerException)
    {
    }
}

/// <summary>
/// The response could not be read: not JSON (an HTML error page), malformed or truncated JSON, or JSON whose
/// shape differs from the schema. <see cref="JsonPath"/> says where.
/// </summary>
public sealed class B24ResponseFormatException : B24Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The REST method called.</param>
    /// <param name="description">What was wrong.</param>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="jsonPath">Where in the JSON, if known.</param>
    /// <param name="innerException">The cause, if any.</param>
    public B24ResponseFormatException(string method, string description, int httpStatus, string? jsonPath, Exception? innerException = null)
        : base(method, string.Empty, description, httpStatus, innerException) => JsonPath = jsonPath;

    /// <summary>Where in the JSON the problem is (<c>$.result[0].ID</c>), or null when the body was not JSON at all.</summary>
    public string? JsonPath { get; }
}

/// <summary>No usable response arrived: the connection failed, was dropped, or timed out.</summary>
public sealed class B24TransportException : B24Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="method">The REST method called.</param>
    /// <param name="description">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public B24TransportException(string method, string description, Exception? innerException = null)
        : base(method, string.Empty, description, 0, innerException)
    {
    }
}
