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
    /// A request that sets the first alternative of each one-of requirement (to 1, or "1" for text), over the page's
    /// request example when it reads, else over an empty request, so the client sends it; null when the method has
    /// none. Set through the properties: a read of JSON would also need every required member.
    /// </summary>
    private static object? MeetingOneOf(object descriptor, object? pageRequest)
    {
        var jsonType = RequestGate.RequestJsonType(descriptor);
        if (jsonType.GetType().GetProperty(nameof(B24Gen.Serialization.B24ObjectType<object>.OneOf))!.GetValue(jsonType) is not IReadOnlyList<B24Gen.Serialization.B24OneOf> { Count: > 0 } requirements)
        {
            return null;
        }

        var requestType = descriptor.GetType().GetGenericArguments()[0];
        var request = pageRequest ?? Activator.CreateInstance(requestType)!;
        foreach (var wire in requirements.SelectMany(r => r.Alternatives[0]).Distinct(StringComparer.Ordinal))
        {
            var property = requestType.GetProperties().FirstOrDefault(p => Normalized(p.Name) == Normalized(wire));
            var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type == typeof(long) ? 1L : type == typeof(int) ? 1 : type == typeof(string) ? "1" : null;
            if (property is null || value is null)
            {
                return null;
            }

            property.SetValue(request, value);
        }

        return request;

        static string Normalized(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    private static string? Read(object descriptor, string body, string? requestExample)
    {
        // The page's own request when it reads (it meets the method's one-of requirements, which the client checks before
        // sending); else an empty one: required members are the compiler's rule, not the runtime's.
        var page = requestExample is null ? null : RequestGate.Request(descriptor, requestExample, out _);
        var request = page ?? Activator.CreateInstance(descriptor.GetType().GetGenericArguments()[0]);
        var failure = FakePortal.Call(descriptor, request, body, strictReading: true).Failure;
        if (failure is ArgumentException { ParamName: "request" } && MeetingOneOf(descriptor, page) is { } meeting)
        {
            // The page's request (or none) does not meet a one-of requirement (placeholders, **put_attach_id**): one that does.
            failure = FakePortal.Call(descriptor, meeting, body, strictReading: true).Failure;
        }

        return failure is null ? null : failure.GetType().Name + ": " + failure.Message;
    }
}
