using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace B24Gen.Testing;

/// <summary>Runs one method for a batch command: method, parameters, command key → result and its <c>time</c>.</summary>
internal delegate (MethodResult Result, TimeBlock Time) BatchCommandRunner(string method, JsonObject parameters, string commandKey);

/// <summary>
/// The <c>batch</c> method: <c>cmd</c> (an object or array of <c>"method?query"</c> strings) run in order through
/// the same handlers with the caller's credentials, <c>halt</c>, <c>$result[cmd][field]...</c> references, the
/// 50-command limit and the per-command result maps.
/// </summary>
internal static partial class BatchRunner
{
    /// <summary>The most commands one batch may hold.</summary>
    public const int MaxCommands = 50;

    /// <summary>The batch method's name.</summary>
    public const string MethodName = "batch";

    /// <summary>Runs the batch; an error <see cref="MethodResult"/> when the batch as a whole is refused.</summary>
    public static (BatchOutcome? Outcome, MethodResult? Error) Run(JsonObject parameters, BatchCommandRunner run)
    {
        var commands = ReadCommands(parameters["cmd"]);
        if (commands.Count > MaxCommands)
        {
            return (null, MethodResult.Error(StatusCodes.Status400BadRequest, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded"));
        }

        var halt = IsTruthy(parameters["halt"]);
        var outcome = new BatchOutcome();
        var results = new Dictionary<string, MethodResult>(StringComparer.Ordinal);
        foreach (var (key, text) in commands)
        {
            if (text is null)
            {
                // Like the portal, a command that is not a string is skipped.
                continue;
            }

            var question = text.IndexOf('?', StringComparison.Ordinal);
            var method = RestRouter.NormalizeMethodName(question < 0 ? text : text[..question]);
            var query = question < 0 ? "" : text[(question + 1)..];

            MethodResult result;
            TimeBlock time = default;
            if (string.Equals(method, MethodName, StringComparison.Ordinal))
            {
                result = MethodResult.Error(StatusCodes.Status405MethodNotAllowed, "ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage");
            }
            else
            {
                var commandParameters = PhpQueryString.Parse(query);
                commandParameters.Remove("auth"); // Commands run with the batch caller's credentials.
                ResolveReferences(commandParameters, results);
                (result, time) = run(method, commandParameters, key);
            }

            if (result.IsError)
            {
                outcome.Errors.Add((key, result.ErrorCode!, result.ErrorDescription!));
                if (halt)
                {
                    break;
                }

                continue;
            }

            results[key] = result;
            outcome.Results.Add((key, result));
            if (result.Total is { } total)
            {
                outcome.Totals.Add((key, total));
            }

            if (result.Next is { } next)
            {
                outcome.Nexts.Add((key, next));
            }

            outcome.Times.Add((key, time));
        }

        return (outcome, null);
    }

    /// <summary>The commands in order: key and text (<see langword="null"/> when the value is not a string).</summary>
    private static List<(string Key, string? Text)> ReadCommands(JsonNode? cmd)
    {
        var commands = new List<(string, string?)>();
        switch (cmd)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    commands.Add((key, AsString(value)));
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    commands.Add((i.ToString(CultureInfo.InvariantCulture), AsString(array[i])));
                }

                break;
        }

        return commands;

        static string? AsString(JsonNode? value) =>
            value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    /// <summary>
    /// <c>halt</c> as a boolean: JSON <c>true</c>, a non-zero number or a non-empty string other than <c>"0"</c>,
    /// <c>"false"</c> and <c>"N"</c> (form-encoded booleans) turn it on.
    /// </summary>
    private static bool IsTruthy(JsonNode? node)
    {
        switch (node?.GetValueKind())
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.Number:
                return double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) != 0;
            case JsonValueKind.String:
                var text = node.GetValue<string>().Trim();
                return text.Length > 0 && text != "0"
                    && !string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(text, "N", StringComparison.OrdinalIgnoreCase);
            case JsonValueKind.Object:
                return node.AsObject().Count > 0;
            case JsonValueKind.Array:
                return node.AsArray().Count > 0;
            default:
                return false;
        }
    }

    /// <summary>
    /// Replaces <c>$result[cmd][field][0]</c> (also <c>$result_total[cmd]</c>, <c>$result_next[cmd]</c>) in the
    /// decoded parameter values with values from earlier successful commands. A value that is one whole reference
    /// to an object or array gets that structure; anywhere else the referenced scalar is spliced in as text.
    /// A reference to something missing becomes an empty string.
    /// </summary>
    private static void ResolveReferences(JsonObject parameters, Dictionary<string, MethodResult> results)
    {
        foreach (var key in parameters.Select(pair => pair.Key).ToList())
        {
            var node = parameters[key];
            var rewritten = Rewrite(node, results);
            if (!ReferenceEquals(rewritten, node))
            {
                parameters[key] = rewritten;
            }
        }
    }

    private static JsonNode? Rewrite(JsonNode? node, Dictionary<string, MethodResult> results)
    {
        switch (node)
        {
            case JsonObject obj:
                ResolveReferences(obj, results);
                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    var rewritten = Rewrite(item, results);
                    if (!ReferenceEquals(rewritten, item))
                    {
                        array[i] = rewritten;
                    }
                }

                return array;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var match = Reference().Match(text);
                if (!match.Success)
                {
                    return node;
                }

                if (match.Index == 0 && match.Length == text.Length && Lookup(match, results) is JsonObject or JsonArray)
                {
                    return Lookup(match, results)!.DeepClone();
                }

                return JsonValue.Create(Reference().Replace(text, m => ParameterReader.ToScalarString(Lookup(m, results)) ?? ""));
            default:
                return node;
        }
    }

    private static JsonNode? Lookup(Match match, Dictionary<string, MethodResult> results)
    {
        var path = match.Groups[2].Value[1..^1].Split("][");
        if (!results.TryGetValue(path[0], out var result))
        {
            return null;
        }

        JsonNode? current = match.Groups[1].Value switch
        {
            "result_total" => result.Total is { } total ? JsonValue.Create(total) : null,
            "result_next" => result.Next is { } next ? JsonValue.Create(next) : null,
            _ => result.Result,
        };

        foreach (var segment in path.Skip(1))
        {
            current = current switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return current;
    }

    [GeneratedRegex(@"\$(result_total|result_next|result)((?:\[[^\[\]]*\])+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
