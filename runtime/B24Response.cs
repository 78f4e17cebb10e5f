using System.Collections.Generic;

namespace B24Gen;

/// <summary>A method's result together with the response envelope: timing, operating limits and paging.</summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class B24Response<T>
{
    /// <summary>Creates a response.</summary>
    /// <param name="method">The REST method called.</param>
    /// <param name="value">The result.</param>
    /// <param name="httpStatus">The HTTP status.</param>
    /// <param name="time">The <c>time</c> object, if the portal sent one.</param>
    /// <param name="total">The <c>total</c> count of a list method, if sent.</param>
    /// <param name="next">The <c>next</c> start offset of a list method, if there is another page.</param>
    public B24Response(string method, T value, int httpStatus, B24ResponseTime? time, long? total, long? next)
    {
        Method = method;
        Value = value;
        HttpStatus = httpStatus;
        Time = time;
        Total = total;
        Next = next;
    }

    /// <summary>The REST method called.</summary>
    public string Method { get; }

    /// <summary>The result.</summary>
    public T Value { get; }

    /// <summary>The HTTP status.</summary>
    public int HttpStatus { get; }

    /// <summary>The <c>time</c> object: durations and the method's operating-time accounting. Null when absent.</summary>
    public B24ResponseTime? Time { get; }

    /// <summary>The total number of items of a list method, when the portal counted them.</summary>
    public long? Total { get; }

    /// <summary>The <c>start</c> value of the next page of a list method; null on the last page.</summary>
    public long? Next { get; }

    /// <summary>
    /// Values of the result that did not fit the type the schema declares (a portal version or locale the schema
    /// does not know). Each such member kept its default and its raw value is in the object's <c>AdditionalFields</c>;
    /// empty when everything fit, and always empty with <see cref="B24ClientOptions.StrictReading"/>, which throws instead.
    /// </summary>
    public IReadOnlyList<Serialization.B24ReadProblem> ReadProblems { get; init; } = [];

    /// <summary>The HTTP response as it came (status, headers, body text; secrets redacted), for diagnosis; null for a batch command's answer.</summary>
    public B24RawResponse? RawResponse { get; init; }
}
