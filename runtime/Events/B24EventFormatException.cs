using System;

namespace B24Gen;

/// <summary>
/// A request to an event handler that is not an event: a body that cannot be read as the portal's form (a key PHP
/// would not accept, nesting deeper than PHP's limit) or one without an <c>event</c> code. The message says what was
/// wrong; it never holds a token.
/// </summary>
public sealed class B24EventFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The reading error, if there was one.</param>
    public B24EventFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
