using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Runtime.Tests.Calendar;

/// <summary>Assertions shared by the section, settings and resource tests.</summary>
internal static class CalendarSectionAssert
{
    /// <summary>
    /// The call fails the way every calendar method error arrives: a <see cref="B24MethodException"/> with the
    /// empty code, HTTP 400 and exactly <paramref name="description"/>.
    /// </summary>
    public static async Task<B24MethodException> MethodError(Func<Task> call, string method, string description)
    {
        var error = await Assert.ThrowsAsync<B24MethodException>(call);
        Assert.Equal("", error.Code);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal(description, error.Description);
        Assert.Equal(method, error.Method);
        return error;
    }

    /// <summary>A raw call with hand-written parameters (for what the typed API cannot send) fails as documented.</summary>
    public static Task<B24MethodException> RawError(B24Client client, string method, string parameters, string description)
    {
        using var document = JsonDocument.Parse(parameters);
        var root = document.RootElement.Clone();
        return MethodError(() => client.CallRawAsync(method, root), method, description);
    }

    /// <summary>A raw call with hand-written parameters; the answer's <c>result</c>.</summary>
    public static async Task<JsonElement> Raw(B24Client client, string method, string parameters = "{}")
    {
        using var document = JsonDocument.Parse(parameters);
        var response = await client.CallRawAsync(method, document.RootElement.Clone());
        return response.Value;
    }

    /// <summary>Two JSON texts are the same JSON (property order aside); the message shows both.</summary>
    public static void SameJson(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected JSON {expectedNode?.ToJsonString()}\nbut got {actualNode?.ToJsonString()}");
    }

    /// <summary>A JSON text with some properties changed (to state a documented deviation explicitly).</summary>
    public static string With(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
