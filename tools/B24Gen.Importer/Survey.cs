using System.Globalization;
using System.Text;
using B24Gen.Importer.Pages;

namespace B24Gen.Importer;

/// <summary>What the page reader found over many pages, as a small report.</summary>
internal static class Survey
{
    public static string Describe(IReadOnlyList<MethodPage> pages, int deprecated, int restV3)
    {
        var text = new StringBuilder();
        var count = pages.Count;
        Line(text, "classic method pages (current)", count, count);
        text.Append(CultureInfo.InvariantCulture, $"left out: {deprecated} deprecated, {restV3} REST 3.0\n");
        Line(text, "with a scope", pages.Count(p => p.Scopes.Count > 0), count);
        Line(text, "with a parameter table", pages.Count(p => p.Parameters.Count > 0), count);
        Line(text, "with result fields", pages.Count(p => p.ResultFields.Count > 0), count);
        Line(text, "with a response example", pages.Count(p => p.ResponseExample is not null), count);
        var readings = pages.Where(p => p.ResponseExample is not null).Select(p => Examples.ExampleJson.Read(p.ResponseExample!).Reading).ToList();
        text.Append(CultureInfo.InvariantCulture, $"  response examples read: {readings.Count(r => r == Examples.ExampleReading.Strict)} as written, {readings.Count(r => r == Examples.ExampleReading.Repaired)} repaired, {readings.Count(r => r == Examples.ExampleReading.Failed)} not\n");
        Line(text, "with a request example", pages.Count(p => p.RequestExample is not null), count);
        Line(text, "with an error table", pages.Count(p => p.Errors.Count > 0), count);
        text.Append(CultureInfo.InvariantCulture, $"parameters: {pages.Sum(p => p.Parameters.Count)}, of them typed: {pages.Sum(p => p.Parameters.Count(f => f.Type.Length > 0))}\n");
        text.Append(CultureInfo.InvariantCulture, $"result fields: {pages.Sum(p => p.ResultFields.Count + p.ResultObjects.Values.Sum(o => o.Count))}\n");
        text.Append(CultureInfo.InvariantCulture, $"errors: {pages.Sum(p => p.Errors.Count)}\n");
        var parameterTypes = pages.SelectMany(p => p.Parameters).Select(f => Rules.TypeRules.Decide(f)).ToList();
        var resultTypes = pages.SelectMany(ResultDecisions).ToList();
        text.Append(CultureInfo.InvariantCulture, $"parameters typed (not any) by the rules: {Share(parameterTypes.Count(d => !d.IsAny), parameterTypes.Count)}; result fields: {Share(resultTypes.Count(d => !d.IsAny), resultTypes.Count)}\n");
        text.Append(CultureInfo.InvariantCulture, $"  rules used: {string.Join(", ", parameterTypes.Concat(resultTypes).GroupBy(d => d.Rule).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"))}\n");
        var imported = pages.Select(Import.MethodImporter.Import).ToList();
        var outputFields = imported.SelectMany(m => m.Types.Where(t => !t.IsInput).SelectMany(t => t.Fields)).ToList();
        var inputFields = imported.SelectMany(m => m.Params.Concat(m.Types.Where(t => t.IsInput).SelectMany(t => t.Fields))).ToList();
        text.Append(CultureInfo.InvariantCulture, $"imported: result fields typed (not any) {Share(outputFields.Count(f => !Import.SchemaImport.IsAny(f.Type)), outputFields.Count)}; parameters and input fields {Share(inputFields.Count(f => !Import.SchemaImport.IsAny(f.Type)), inputFields.Count)}; methods with no any anywhere {Share(imported.Count(Import.SchemaImport.IsFullyTyped), imported.Count)}\n");
        var words = pages.SelectMany(p => p.Parameters.Concat(p.ParameterObjects.Values.SelectMany(o => o)).Concat(p.ResultFields).Concat(p.ResultObjects.Values.SelectMany(o => o)))
            .GroupBy(f => f.Type, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        text.Append(CultureInfo.InvariantCulture, $"documented type words: {words.Count}; the most used: {string.Join(", ", words.Take(30).Select(g => $"{(g.Key.Length == 0 ? "(none)" : g.Key)} {g.Count()}"))}\n");
        var duplicates = pages.GroupBy(p => p.MethodName, StringComparer.OrdinalIgnoreCase).Count(g => g.Count() > 1);
        text.Append(CultureInfo.InvariantCulture, $"method names on more than one page: {duplicates}\n");
        return text.ToString();
    }

    /// <summary>The result fields' decisions, each with the first value the response example shows for its name.</summary>
    private static IEnumerable<Rules.TypeDecision> ResultDecisions(MethodPage page)
    {
        var example = page.ResponseExample is { } text && Examples.ExampleJson.Read(text).Value is { } root && root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("result", out var result)
            ? Examples.ExampleValues.ByName(result)
            : new Dictionary<string, System.Text.Json.JsonElement>();
        return page.ResultFields.Concat(page.ResultObjects.Values.SelectMany(o => o))
            .Where(f => f.Name is not ("result" or "time" or "total" or "next"))
            .Select(f => Rules.TypeRules.Decide(f, example.TryGetValue(f.Name, out var value) ? value : null));
    }

    private static string Share(int count, int total) => $"{count} of {total} ({(total == 0 ? 0 : 100.0 * count / total):0.#} %)";

    private static void Line(StringBuilder text, string what, int count, int total) =>
        text.Append(CultureInfo.InvariantCulture, $"{what}: {count} ({(total == 0 ? 0 : 100.0 * count / total):0.#} %)\n");
}
