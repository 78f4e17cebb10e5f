using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// Every documented method the emulator has no handler of its own for answers with its docs page's response example
/// (<c>DocsExamples/responses.json</c>, written by the importer's <c>coverage</c> command and checked in CI), so the
/// demo and a project's own tests can call any method the stock API covers. The answer is the same whatever the
/// parameters, and always one page: the example's <c>next</c> is dropped, or a client paging through it would ask
/// for the same page forever.
/// </summary>
public static class DocsExampleMethods
{
    private const string ResourceName = "DocsExamples/responses.json";

    private static readonly Lazy<FrozenDictionary<string, JsonNode>> All = new(Load);

    /// <summary>The methods that have a docs example, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. All.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers a docs-example handler for every method <paramref name="registry"/> does not have yet.</summary>
    /// <param name="registry">The registry; methods it has keep their handlers.</param>
    /// <returns>How many methods were added.</returns>
    public static int Register(MethodRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var added = 0;
        foreach (var (method, envelope) in All.Value)
        {
            if (!registry.Contains(method))
            {
                registry.Register(method, _ => Answer(envelope));
                added++;
            }
        }

        return added;
    }

    private static MethodResult Answer(JsonNode envelope)
    {
        // A copy per call: the caller's pipeline may attach the result to its own JSON tree.
        var result = envelope["result"]?.DeepClone();
        var total = envelope["total"] is JsonValue t && t.TryGetValue<long>(out var count) ? count : (long?)null;
        return MethodResult.Success(result, total);
    }

    private static FrozenDictionary<string, JsonNode> Load()
    {
        using var stream = typeof(DocsExampleMethods).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"Missing resource '{ResourceName}'.");
        var root = JsonNode.Parse(stream) as JsonObject ?? throw new InvalidDataException($"'{ResourceName}' is not a JSON object.");
        return root.Where(p => p.Value is JsonObject).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
    }
}
