using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen.Http;

/// <summary>
/// Sends one POST and returns the raw response. A redirect (the portal moved to another domain) is re-posted to
/// the new location with the same body, never followed as a GET, which would drop the parameters.
/// </summary>
internal sealed class HttpTransport
{
    private const int MaxRedirects = 5;
    private static readonly MediaTypeWithQualityHeaderValue s_acceptJson = new("application/json");
    private static readonly MediaTypeHeaderValue s_contentJson = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _httpClient;
    private readonly string _userAgent;

    public HttpTransport(HttpClient httpClient, string userAgent)
    {
        _httpClient = httpClient;
        _userAgent = userAgent;
    }

    public async Task<RawResponse> PostAsync(Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri);
            request.Headers.Accept.Add(s_acceptJson);
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = s_contentJson;

            using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location && hop < MaxRedirects)
            {
                var target = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (!B24ClientOptions.IsSecureOrLoopback(target))
                {
                    // Re-posting would send the body (and an OAuth token) unencrypted, or over a scheme we cannot speak.
                    throw new RedirectRefusedException(target.GetLeftPart(UriPartial.Authority));
                }

                uri = target;
                continue;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return new RawResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, bytes, hop > 0 ? uri : null)
            {
                Headers = HeadersOf(response),
            };
        }
    }

    /// <summary>The headers as they came, for <see cref="B24RawResponse"/>: read without parsing or validating them, which costs less per call.</summary>
    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.NonValidated)
        {
            headers[header.Key] = header.Value.ToString();
        }

        foreach (var header in response.Content.Headers.NonValidated)
        {
            headers[header.Key] = header.Value.ToString();
        }

        return headers;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
