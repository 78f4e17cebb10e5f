namespace B24Gen.Http;

/// <summary>What came back over HTTP, before the envelope is read.</summary>
internal sealed record RawResponse(int Status, string? ContentType, byte[] Body);
