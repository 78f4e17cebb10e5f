using System.Net;
using System.Reflection;
using System.Text;

namespace B24Gen.Importer.Gates;

/// <summary>
/// The example gate: each method's response example from its docs page, answered by a fake portal to a client with
/// <see cref="B24ClientOptions.StrictReading"/> on, calling the method through its generated descriptor. A value
/// that does not fit its declared type throws, naming the JSON path and what to change in the schema.
/// </summary>
internal static class ExampleGate
{
    /// <summary>Per method: null when the example read, else why not.</summary>
    public static Dictionary<string, string?> Check(GeneratedAssembly assembly, IReadOnlyDictionary<string, string> examples)
    {
        var results = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (method, body) in examples)
        {
            results[method] = assembly.Descriptors.TryGetValue(method, out var descriptor)
                ? Read(descriptor, body)
                : "no descriptor was generated";
        }

        return results;
    }

    private static string? Read(object descriptor, string body)
    {
        var arguments = descriptor.GetType().GetGenericArguments();
        using var http = new HttpClient(new FakePortal(body));
        using var client = new B24Client(http, B24ClientOptions.FromWebhook("https://example.bitrix24.com/rest/1/gate/") with { StrictReading = true, RateLimit = null });
        var call = typeof(B24Client).GetMethod(nameof(B24Client.CallWithResponseAsync))!.MakeGenericMethod(arguments);
        try
        {
            var request = Activator.CreateInstance(arguments[0]); // required members are the compiler's rule, not the runtime's
            ((Task)call.Invoke(client, [descriptor, request, CancellationToken.None])!).GetAwaiter().GetResult();
            return null;
        }
        catch (Exception e) when (e is B24Exception or TargetInvocationException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            return cause.GetType().Name + ": " + cause.Message;
        }
    }
}
