using System;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>What a <see cref="MethodHandler"/> answers: a result for the success envelope, or an error.</summary>
public sealed class MethodResult
{
    private MethodResult(JsonNode? result, long? total, long? next, int httpStatus, string? errorCode, string? errorDescription)
    {
        Result = result;
        Total = total;
        Next = next;
        HttpStatus = httpStatus;
        ErrorCode = errorCode;
        ErrorDescription = errorDescription;
    }

    /// <summary>Whether this is an error answer.</summary>
    public bool IsError => ErrorCode is not null;

    /// <summary>The <c>result</c> value of a success (JSON <c>null</c> when <see langword="null"/>).</summary>
    public JsonNode? Result { get; }

    /// <summary>The <c>total</c> of a list page, if any.</summary>
    public long? Total { get; }

    /// <summary>The <c>next</c> start offset of a list page, if there is another page.</summary>
    public long? Next { get; }

    /// <summary>The HTTP status: 200 for a success.</summary>
    public int HttpStatus { get; }

    /// <summary>The <c>error</c> code (may be empty); <see langword="null"/> for a success.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>error_description</c>; <see langword="null"/> for a success.</summary>
    public string? ErrorDescription { get; }

    /// <summary>A success: <c>{"result": ..., "total": ..., "next": ..., "time": {...}}</c>.</summary>
    /// <param name="result">The result value.</param>
    /// <param name="total">The list total, written only when not <see langword="null"/>.</param>
    /// <param name="next">The next start offset, written only when not <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static MethodResult Success(JsonNode? result, long? total = null, long? next = null) =>
        new(result, total, next, 200, null, null);

    /// <summary>An error: <c>{"error": code, "error_description": description}</c> with the given HTTP status.</summary>
    /// <param name="httpStatus">The HTTP status, e.g. 400.</param>
    /// <param name="code">The error code; may be empty, as for every calendar method.</param>
    /// <param name="description">The error description.</param>
    /// <returns>The answer.</returns>
    public static MethodResult Error(int httpStatus, string code, string description)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(description);
        return new(null, null, null, httpStatus, code, description);
    }
}
