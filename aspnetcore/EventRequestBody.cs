using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace B24Gen.AspNetCore;

/// <summary>
/// The request's body as the form text an event is, read no further than the limit: the endpoint is public, so a body
/// that never ends must not fill the server's memory. The portal sends <c>application/x-www-form-urlencoded</c>; a
/// request without a content type is read too (a proxy or a test tool may drop it), any other is not an event.
/// </summary>
internal static class EventRequestBody
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>Whether the content type is the portal's form, or absent.</summary>
    public static bool IsForm(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType)
        || (MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body as text, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? ChunkBytes, maxBytes));
        var chunk = new byte[ChunkBytes];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server's own limit (Kestrel's MaxRequestBodySize) is lower than ours: too large all the same.
            return null;
        }

        // The form is percent-encoded ASCII; PHP's decoding of the escapes to UTF-8 is the form reader's.
        return Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }
}
