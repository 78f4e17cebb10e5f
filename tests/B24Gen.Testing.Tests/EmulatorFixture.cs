using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Testing.Tests;

/// <summary>
/// Base class: every test gets its own emulator (own port and state) with a manual clock, and a raw
/// <see cref="HttpClient"/>. Helpers post JSON the way any client would.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xUnit disposes it through IAsyncLifetime.DisposeAsync.")]
public abstract class EmulatorFixture : IAsyncLifetime
{
    /// <summary>When every test's clock starts: 2026-05-14 10:26:32.5 UTC.</summary>
    protected static readonly DateTimeOffset T0 = new(2026, 5, 14, 10, 26, 32, 500, TimeSpan.Zero);

    private PortalEmulator? _emulator;

    /// <summary>The running emulator.</summary>
    protected PortalEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The emulator's clock.</summary>
    protected ManualTimeProvider Clock { get; } = new(T0);

    /// <summary>A client for the emulator.</summary>
    protected HttpClient Http { get; } = new();

    /// <summary>Settings for the test's emulator; <see cref="PortalEmulatorOptions.TimeProvider"/> is set to <see cref="Clock"/>.</summary>
    protected virtual PortalEmulatorOptions CreateOptions() => new();

    public async Task InitializeAsync()
    {
        var options = CreateOptions();
        options.TimeProvider = Clock;
        _emulator = await PortalEmulator.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>POSTs a JSON body to <c>{webhook}{method}</c>.</summary>
    protected Task<Answer> CallAsync(string method, string json = "{}") => PostJsonAsync(Emulator.WebhookUrl + method, json);

    /// <summary>POSTs a JSON body with <c>auth</c> to <c>{client endpoint}{method}</c>.</summary>
    protected Task<Answer> CallOAuthAsync(string method, string token, string json = "{}")
    {
        var body = JsonNode.Parse(json)!.AsObject();
        body["auth"] = token;
        return PostJsonAsync(Emulator.ClientEndpoint + method, body.ToJsonString());
    }

    protected async Task<Answer> PostJsonAsync(string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(url, content);
        return await Answer.ReadAsync(response);
    }

    protected async Task<Answer> PostFormAsync(string url, string form)
    {
        using var content = new StringContent(form, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var response = await Http.PostAsync(url, content);
        return await Answer.ReadAsync(response);
    }

    protected async Task<Answer> GetAsync(string url)
    {
        using var response = await Http.GetAsync(url);
        return await Answer.ReadAsync(response);
    }
}

/// <summary>An HTTP answer: status, raw body and (when it is JSON) the parsed body.</summary>
public sealed record Answer(HttpStatusCode Status, string Text, string? ContentType)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("The body is JSON null.");

    public static async Task<Answer> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
}

/// <summary>A clock that moves only when told: <see cref="Advance"/>. Timestamps are in ticks.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _elapsed;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return start + _elapsed;
        }
    }

    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _elapsed.Ticks;
        }
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _elapsed += by;
        }
    }
}

/// <summary>JSON assertion helpers.</summary>
internal static class JsonAssert
{
    /// <summary>Asserts two JSON texts are the same JSON (property order and whitespace included after normalising whitespace).</summary>
    public static void Same(string expected, string actual) =>
        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), JsonNode.Parse(actual)!.ToJsonString());
}
