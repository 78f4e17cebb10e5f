using System;

namespace B24Gen.Testing;

/// <summary>
/// Thrown from inside a <see cref="MethodHandler"/> (or a helper it calls) to answer with an error at once,
/// e.g. when a required parameter is missing. The pipeline turns it into <see cref="Result"/>.
/// </summary>
public sealed class MethodErrorException : Exception
{
    /// <summary>Creates the exception for an error answer.</summary>
    /// <param name="result">The error answer; must have <see cref="MethodResult.IsError"/> set.</param>
    public MethodErrorException(MethodResult result)
        : base(result?.ErrorDescription)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsError)
        {
            throw new ArgumentException("The result must be an error.", nameof(result));
        }

        Result = result;
    }

    /// <summary>The error answer to send.</summary>
    public MethodResult Result { get; }
}
