using System;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// How the deal methods read their parameters: by name in any case (the docs' examples send <c>fields</c> and
/// <c>FIELDS</c>, <c>id</c> and <c>ID</c>), and the checks and texts the CRM's REST proxy shares.
/// </summary>
internal static class CrmParameters
{
    /// <summary>A parameter by name, any case (an exact lower-case match wins).</summary>
    public static JsonNode? Find(JsonObject parameters, string name)
    {
        if (parameters.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in parameters)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary><c>id</c> as a positive integer, or the documented <c>ID is not defined or invalid.</c></summary>
    public static long RequireId(JsonObject parameters)
    {
        var id = ParameterReader.ToInt64(Find(parameters, "id"));
        return id > 0 ? id : throw new MethodErrorException(CrmScope.Error("ID is not defined or invalid."));
    }

    /// <summary>
    /// An object parameter (<c>fields</c>, <c>params</c>): empty when not sent, refused with the documented
    /// <c>Parameter 'fields' must be array.</c> when it is not a PHP array.
    /// </summary>
    public static JsonObject RequireArray(JsonObject parameters, string name) => Find(parameters, name) switch
    {
        null => [],
        JsonObject obj => obj,
        JsonArray => [],
        _ => throw new MethodErrorException(CrmScope.Error($"Parameter '{name}' must be array.")),
    };

    /// <summary>The documented <c>Not found</c> of a deal ID that does not exist.</summary>
    public static MethodErrorException NotFound() => new(CrmScope.Error("Not found"));
}
