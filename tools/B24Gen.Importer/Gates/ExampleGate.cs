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
        // Required members are the compiler's rule, not the runtime's: an empty request is enough to be answered.
        var request = Activator.CreateInstance(descriptor.GetType().GetGenericArguments()[0]);
        return FakePortal.Call(descriptor, request, body, strictReading: true).Failure is { } failure
            ? failure.GetType().Name + ": " + failure.Message
            : null;
    }
}
