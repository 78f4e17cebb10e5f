namespace B24Gen.Importer.Gates;

/// <summary>
/// The example gate: each method's response example from its docs page, answered by a fake portal to a client with
/// <see cref="B24ClientOptions.StrictReading"/> on, calling the method through its generated descriptor. A value
/// that does not fit its declared type throws, naming the JSON path and what to change in the schema.
/// </summary>
internal static class ExampleGate
{
    /// <summary>Per method: null when the example read, else why not.</summary>
    public static Dictionary<string, string?> Check(GeneratedAssembly assembly, IReadOnlyDictionary<string, string> examples, IReadOnlyDictionary<string, string> requests)
    {
        var results = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (method, body) in examples)
        {
            results[method] = assembly.Descriptors.TryGetValue(method, out var descriptor)
                ? Read(descriptor, body, requests.GetValueOrDefault(method))
                : "no descriptor was generated";
        }

        return results;
    }

    /// <summary>
    /// Without a readable request example, a request that sets the first alternative of each one-of requirement (as 1,
    /// else "1"), so the client sends it; null when the method has none or no such request reads.
    /// </summary>
    private static object? MeetingOneOf(object descriptor)
    {
        var jsonType = RequestGate.RequestJsonType(descriptor);
        if (jsonType.GetType().GetProperty(nameof(B24Gen.Serialization.B24ObjectType<object>.OneOf))!.GetValue(jsonType) is IReadOnlyList<B24Gen.Serialization.B24OneOf> { Count: > 0 } requirements)
        {
            var names = requirements.SelectMany(r => r.Alternatives[0]).Distinct(StringComparer.Ordinal).ToList();
            foreach (var value in new[] { "1", "\"1\"" })
            {
                if (RequestGate.Request(descriptor, "{" + string.Join(",", names.Select(n => $"\"{n}\":{value}")) + "}", out _) is { } request)
                {
                    return request;
                }
            }
        }

        return null;
    }

    private static string? Read(object descriptor, string body, string? requestExample)
    {
        // The page's own request when it reads (it meets the method's one-of requirements, which the client checks before
        // sending); else an empty one: required members are the compiler's rule, not the runtime's.
        var request = (requestExample is null ? null : RequestGate.Request(descriptor, requestExample, out _))
            ?? MeetingOneOf(descriptor)
            ?? Activator.CreateInstance(descriptor.GetType().GetGenericArguments()[0]);
        return FakePortal.Call(descriptor, request, body, strictReading: true).Failure is { } failure
            ? failure.GetType().Name + ": " + failure.Message
            : null;
    }
}
