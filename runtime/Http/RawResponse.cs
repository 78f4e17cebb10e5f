using System;
using System.Collections.Generic;

namespace B24Gen.Http;

/// <summary>What came back over HTTP, before the envelope is read; <see cref="FinalUri"/> differs from the request's after a redirect.</summary>
internal sealed record RawResponse(int Status, string? ContentType, byte[] Body, Uri? FinalUri = null)
{
    /// <summary>The response and content headers, values joined with <c>", "</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
