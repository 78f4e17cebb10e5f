using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace B24Gen;

/// <summary>Maps the portal's error codes (compared ignoring case) and HTTP statuses to exception types.</summary>
internal static class B24ErrorMapper
{
    private delegate B24Exception Factory(string method, string code, string description, int status);

    private static readonly FrozenDictionary<string, Factory> s_byCode = new Dictionary<string, Factory>(StringComparer.OrdinalIgnoreCase)
    {
        ["NO_AUTH_FOUND"] = (m, c, d, s) => new B24AuthException(m, c, d, s),
        ["invalid_token"] = (m, c, d, s) => new B24AuthException(m, c, d, s),
        ["expired_token"] = (m, c, d, s) => new B24TokenExpiredException(m, c, d, s),
        ["ACCESS_DENIED"] = (m, c, d, s) => new B24AccessDeniedException(m, c, d, s),
        ["INVALID_CREDENTIALS"] = (m, c, d, s) => new B24AccessDeniedException(m, c, d, s),
        ["insufficient_scope"] = (m, c, d, s) => new B24AccessDeniedException(m, c, d, s),
        ["user_access_error"] = (m, c, d, s) => new B24AccessDeniedException(m, c, d, s),
        ["WRONG_AUTH_TYPE"] = (m, c, d, s) => new B24AccessDeniedException(m, c, d, s),
        ["QUERY_LIMIT_EXCEEDED"] = (m, c, d, s) => new B24QueryLimitException(m, c, d, s),
        ["OPERATION_TIME_LIMIT"] = (m, c, d, s) => new B24OperationTimeLimitException(m, c, d, s),
        ["OVERLOAD_LIMIT"] = (m, c, d, s) => new B24OverloadException(m, c, d, s),
        ["INTERNAL_SERVER_ERROR"] = (m, c, d, s) => new B24ServerException(m, c, d, s),
        ["ERROR_UNEXPECTED_ANSWER"] = (m, c, d, s) => new B24ServerException(m, c, d, s),
        ["PORTAL_DELETED"] = (m, c, d, s) => new B24ServerException(m, c, d, s),
        ["INVALID_REQUEST"] = (m, c, d, s) => new B24RequestException(m, c, d, s),
        ["ERROR_METHOD_NOT_FOUND"] = (m, c, d, s) => new B24RequestException(m, c, d, s),
        ["ERROR_BATCH_LENGTH_EXCEEDED"] = (m, c, d, s) => new B24RequestException(m, c, d, s),
        ["ERROR_BATCH_METHOD_NOT_ALLOWED"] = (m, c, d, s) => new B24RequestException(m, c, d, s),
        ["ERROR_MANIFEST_IS_NOT_AVAILABLE"] = (m, c, d, s) => new B24RequestException(m, c, d, s),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The exception for an error answer <c>{"error": code, "error_description": description}</c>.</summary>
    public static B24Exception FromError(string method, string code, string description, int status)
    {
        if (s_byCode.TryGetValue(code, out var factory))
        {
            return factory(method, code, description, status);
        }

        // Unknown codes: the status tells the category; the rest are the method's own errors.
        return status switch
        {
            401 => new B24AuthException(method, code, description, status),
            403 => new B24AccessDeniedException(method, code, description, status),
            429 => new B24LimitException(method, code, description, status),
            >= 500 => new B24ServerException(method, code, description, status),
            _ => new B24MethodException(method, code, description, status),
        };
    }
}
