using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>
/// The embedded fixture files (<c>Fixtures/*.json</c>): the docs' example response bodies, cleaned of
/// <c>...</c> placeholders and named after their method (e.g. <c>calendar.section.get</c>), plus the emulator's
/// own seed data (names starting with <c>seed.</c>) and the shapes recorded on real portals (names starting with
/// <c>real.</c>, served by <see cref="PortalEmulatorOptions.RealPortal"/>). <c>Fixtures/README.md</c> lists the sources
/// and the edits.
/// </summary>
public static class DocsFixtures
{
    private const string Prefix = "Fixtures/";
    private const string Suffix = ".json";

    private static readonly Lazy<FrozenDictionary<string, string>> All = new(Load);

    /// <summary>The fixture names (file names without <c>.json</c>), sorted.</summary>
    public static IReadOnlyList<string> Names => [.. All.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The text of a fixture, exactly as stored.</summary>
    /// <param name="name">The fixture name, e.g. <c>calendar.section.get</c> (a <c>.json</c> suffix is allowed).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="KeyNotFoundException">No fixture has that name.</exception>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? name[..^Suffix.Length] : name;
        return All.Value.TryGetValue(key, out var text)
            ? text
            : throw new KeyNotFoundException($"No fixture named '{name}'. Known: {string.Join(", ", Names)}.");
    }

    /// <summary>A fixture parsed into a new, independent <see cref="JsonNode"/>.</summary>
    /// <param name="name">The fixture name.</param>
    /// <returns>The parsed JSON.</returns>
    /// <exception cref="KeyNotFoundException">No fixture has that name.</exception>
    public static JsonNode Parse(string name) =>
        JsonNode.Parse(Get(name)) ?? throw new InvalidDataException($"Fixture '{name}' is JSON null.");

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(DocsFixtures).Assembly;
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidDataException($"Missing resource '{resource}'.");
            using var reader = new StreamReader(stream);
            result[resource[Prefix.Length..^Suffix.Length]] = reader.ReadToEnd();
        }

        return result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
