using System.Net;
using System.Reflection;
using System.Text;

namespace B24Gen.Importer.Gates;

/// <summary>Answers every request with one body, and keeps the last request's body: the gates' portal.</summary>
internal sealed class FakePortal(string answer) : HttpMessageHandler
{
    /// <summary>
    /// Calls <paramref name="descriptor"/> (a generated <c>B24Method&lt;TRequest, TResult&gt;</c>) with
    /// <paramref name="request"/> through a client whose portal answers <paramref name="answer"/>: what was sent, and
    /// the client's exception (unwrapped from reflection), or null when the call succeeded.
    /// </summary>
    public static (string? Sent, Exception? Failure) Call(object descriptor, object? request, string answer, bool strictReading)
    {
        var portal = new FakePortal(answer);
        using var http = new HttpClient(portal);
        using var client = new B24Client(http, B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/gate/") with { StrictReading = strictReading, RateLimit = null });
        var call = typeof(B24Client).GetMethod(nameof(B24Client.CallWithResponseAsync))!.MakeGenericMethod(descriptor.GetType().GetGenericArguments());
        try
        {
            ((Task)call.Invoke(client, [descriptor, request, CancellationToken.None])!).GetAwaiter().GetResult();
            return (portal.LastRequestBody, null);
        }
        catch (Exception e) when (e is B24Exception or TargetInvocationException)
        {
            return (portal.LastRequestBody, e is TargetInvocationException { InnerException: { } inner } ? inner : e);
        }
    }

    /// <summary>The body of the last request sent, or null before the first.</summary>
    public string? LastRequestBody { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastRequestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
