namespace B24Gen.Testing;

/// <summary>
/// One run of a method handler: a plain REST call or one command of a <c>batch</c>. A call that was refused
/// before its handler ran (a fault, <c>QUERY_LIMIT_EXCEEDED</c>, <c>OPERATION_TIME_LIMIT</c>, failed
/// authentication, an unknown method, a nested batch) leaves no entry, so the number of entries for a write
/// method is the number of times the write happened.
/// </summary>
/// <param name="Method">The method name, lower-cased, without a <c>.json</c> suffix.</param>
/// <param name="Parameters">The parameters the handler got (without <c>auth</c>), as compact JSON.</param>
/// <param name="AuthKind">How the caller authenticated.</param>
/// <param name="UserId">The user the call ran as.</param>
public sealed record ExecutedCommand(string Method, string Parameters, AuthKind AuthKind, long UserId)
{
    /// <summary>The command's key inside <c>cmd</c> when it ran inside a <c>batch</c>; <see langword="null"/> for a plain call.</summary>
    public string? BatchCommand { get; init; }

    /// <summary>Whether the handler answered with a success.</summary>
    public bool Succeeded { get; init; }

    /// <summary>The error code the handler answered with (may be empty); <see langword="null"/> on success.</summary>
    public string? ErrorCode { get; init; }
}
