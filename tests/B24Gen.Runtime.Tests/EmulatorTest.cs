using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Api;
using B24Gen.Testing;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// Base class for tests that talk to a portal: xUnit creates one instance per test, so every test gets its own
/// emulator on 127.0.0.1 (own port, state, request log and fault queue) and tests can run in parallel.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xUnit disposes it through IAsyncLifetime.DisposeAsync.")]
public abstract class EmulatorTest : IAsyncLifetime
{
    /// <summary>The method most tests call.</summary>
    protected const string SectionGet = "calendar.section.get";

    /// <summary>The user-settings method.</summary>
    protected const string SettingsGet = "calendar.user.settings.get";

    private PortalEmulator? _emulator;
    private B24Client? _client;

    /// <summary>The running emulator.</summary>
    protected PortalEmulator Emulator => _emulator ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>A webhook client for <see cref="Emulator"/>.</summary>
    protected B24Client Client => _client ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The generated API over <see cref="Client"/>.</summary>
    protected B24Api Api { get; private set; } = null!;

    /// <summary>The request every section test sends: user 1's calendars.</summary>
    protected static CalendarSectionGetRequest UserOneSections => new() { Type = CalendarType.User, OwnerId = 1 };

    /// <summary>Emulator settings; null for the defaults.</summary>
    protected virtual PortalEmulatorOptions? EmulatorOptions => null;

    public virtual async Task InitializeAsync()
    {
        _emulator = await PortalEmulator.StartAsync(EmulatorOptions);
        _client = new B24Client(TestOptions.Webhook(_emulator.WebhookUrl));
        Api = new B24Api(_client);
    }

    public virtual async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Makes the next call to <paramref name="method"/> answer with exactly this response.</summary>
    protected void Serve(int status, string body, string contentType = "application/json", string method = SectionGet) =>
        Emulator.EnqueueFault(new FaultResponse(status, body, contentType) { ForMethod = method });

    /// <summary>Serves <c>{"error": code, "error_description": description}</c> with the given status.</summary>
    protected void ServeError(int status, string code, string description, string method = SectionGet) =>
        Serve(status, JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = code, ["error_description"] = description }), method: method);
}

/// <summary>Fixture JSON and small JSON helpers.</summary>
internal static class TestJson
{
    /// <summary>The docs' calendar.section.get response (cleaned), as a mutable node.</summary>
    public static JsonObject SectionGetResponse() => DocsFixtures.Parse("calendar.section.get").AsObject();

    /// <summary>The docs' calendar.user.settings.get response, as a mutable node.</summary>
    public static JsonObject SettingsGetResponse() => DocsFixtures.Parse("calendar.user.settings.get").AsObject();

    /// <summary>Section <paramref name="index"/> of a calendar.section.get response.</summary>
    public static JsonObject Section(JsonObject response, int index) => response["result"]![index]!.AsObject();

    /// <summary>Runs a lenient reader on a JSON text, the way generated code does (reader on the value's first token).</summary>
    public static T Read<T>(string json, B24ReadFunc<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        var value = read(ref reader);
        // The reader must be left on the value's last token: nothing may follow.
        Assert.False(reader.Read(), $"The reader did not consume exactly the value {json}.");
        return value;
    }

    /// <summary>
    /// Reads the first item of <c>[value, 42]</c>, then checks the reader stands right before <c>42</c>:
    /// proves the reader consumed the value and nothing more.
    /// </summary>
    public static T ReadFirstOfPair<T>(string json, B24ReadFunc<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("[" + json + ", 42]"));
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        var value = read(ref reader);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.Number, reader.TokenType);
        Assert.Equal(42, reader.GetInt32());
        return value;
    }

    /// <summary>The failure a reader throws on a JSON text.</summary>
    public static B24JsonReadException ReadFails<T>(string json, B24ReadFunc<T> read)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        try
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            read(ref reader);
        }
        catch (B24JsonReadException exception)
        {
            return exception;
        }

        throw new Xunit.Sdk.XunitException($"Expected a B24JsonReadException reading {json}.");
    }
}

/// <summary>A clock that stands still: the emulator's <c>time</c> block becomes exactly predictable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override long GetTimestamp() => 0;
}
