using System.Net;
using System.Text;

namespace B24Gen.Importer.Gates;

/// <summary>Answers every request with one body, and keeps the last request's body: the gates' portal.</summary>
internal sealed class FakePortal(string answer) : HttpMessageHandler
{
    /// <summary>The body of the last request sent, or null before the first.</summary>
    public string? LastRequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
