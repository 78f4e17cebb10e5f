using System.Reflection;
using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Importer.Gates;

/// <summary>
/// The request gate: each method's request example from its docs page is read into the generated request type,
/// sent through the client to a fake portal, and what went out is compared with the example (<see cref="WireComparer"/>):
/// a parameter the request type does not have, a member sent that the example did not set, or a value whose wire form
/// changed (<c>"Y"</c> sent as <c>true</c>, a list as an object) fails it.
/// </summary>
internal static class RequestGate
{
    private static readonly MethodInfo s_readAs = typeof(RequestGate).GetMethod(nameof(ReadAs), BindingFlags.Static | BindingFlags.NonPublic)!;

    /// <summary>Per method: null when the example went out as written, else the first differences.</summary>
    public static Dictionary<string, string?> Check(GeneratedAssembly assembly, IReadOnlyDictionary<string, string> examples)
    {
        var results = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (method, example) in examples)
        {
            results[method] = assembly.Descriptors.TryGetValue(method, out var descriptor)
                ? SendBackAnyCase(method, descriptor, example)
                : "no descriptor was generated";
        }

        return results;
    }

    /// <summary>
    /// CRM methods look their top-level parameters up in lower and in upper case (<c>id</c> or <c>ID</c>), and the docs
    /// use both: for them the example also passes with its top-level names in either case.
    /// </summary>
    private static string? SendBackAnyCase(string method, object descriptor, string example)
    {
        var problem = SendBack(descriptor, example);
        if (problem is null || !method.StartsWith("crm.", StringComparison.OrdinalIgnoreCase))
        {
            return problem;
        }

        return SendBack(descriptor, TopLevelNames(example, upper: false)) is null || SendBack(descriptor, TopLevelNames(example, upper: true)) is null
            ? null
            : problem;
    }

    private static string TopLevelNames(string example, bool upper)
    {
        using var document = JsonDocument.Parse(example);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                writer.WritePropertyName(upper ? property.Name.ToUpperInvariant() : property.Name.ToLowerInvariant());
                property.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The method's request type's JSON type (its descriptor's <c>Request</c>, a <c>B24ObjectType&lt;T&gt;</c>).</summary>
    internal static object RequestJsonType(object descriptor) =>
        descriptor.GetType().GetProperty(nameof(B24Method<object, object>.Request))!.GetValue(descriptor)!;

    /// <summary>A request example read into the method's request type; null, with why, when it does not read.</summary>
    internal static object? Request(object descriptor, string example, out string? problem)
    {
        var requestType = descriptor.GetType().GetGenericArguments()[0];
        problem = null;
        try
        {
            return s_readAs.MakeGenericMethod(requestType).Invoke(null, [RequestJsonType(descriptor), example]);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            problem = $"the example does not read as {requestType.Name}: {inner.Message}";
            return null;
        }
    }

    private static string? SendBack(object descriptor, string example)
    {
        if (Request(descriptor, example, out var problem) is not { } request)
        {
            return problem;
        }

        // The answer is a stand-in: only what was sent matters here, whether or not the answer reads.
        if (FakePortal.Call(descriptor, request, """{"result":null}""", strictReading: false) is not ({ } sent, _))
        {
            return "nothing was sent";
        }

        using var exampleJson = JsonDocument.Parse(example);
        using var sentJson = JsonDocument.Parse(sent.Length == 0 ? "{}" : sent);
        // A paged method's 'start' is the client's to send (each page's offset), not a member of the request type.
        var paged = (B24Paging)descriptor.GetType().GetProperty(nameof(B24Method<object, object>.Paging))!.GetValue(descriptor)! != B24Paging.None;
        var differences = WireComparer.Differences(exampleJson.RootElement, sentJson.RootElement, paged ? ["auth", "start"] : ["auth"]);
        return differences.Count == 0 ? null : string.Join("; ", differences.Take(3)) + (differences.Count > 3 ? $" (and {differences.Count - 3} more)" : string.Empty);
    }

    private static T ReadAs<T>(B24JsonType<T> type, string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        return type.Read(ref reader);
    }
}
