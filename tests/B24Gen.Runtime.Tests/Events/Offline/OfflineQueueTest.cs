using System.Text.Json;
using System.Text.Json.Nodes;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// A portal emulator whose offline queue receives <c>ONCALENDARENTRYADD</c> (bound with <c>event_type=offline</c>), and
/// an application's client (the <c>event.offline.*</c> methods refuse a webhook). Events carry <c>{"id": "n"}</c>, so
/// each is its own record and tests name them by <c>n</c>.
/// </summary>
public abstract class OfflineQueueTest : EmulatorTest
{
    protected const string AddCode = "ONCALENDARENTRYADD";
    protected const string UpdateCode = "ONCALENDARENTRYUPDATE";

    private B24Client? _app;

    /// <summary>The application's client: OAuth, no retries, no client-side limit (see <see cref="TestOptions"/>).</summary>
    protected B24Client App => _app ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>Handlers that type both test codes.</summary>
    protected static B24EventHandlers TypedHandlers => new B24EventHandlers()
        .On<EntryAdded>((_, _, _) => Task.CompletedTask)
        .On<EntryUpdated>((_, _, _) => Task.CompletedTask);

    /// <summary>The queue as the portal holds it now.</summary>
    protected IReadOnlyList<OfflineEvent> Queue => Emulator.Events.OfflineQueue;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _app = new B24Client(TestOptions.AccessToken(Emulator.ClientEndpoint, Emulator.AccessToken));
        await BindAsync(AddCode);
    }

    public override async Task DisposeAsync()
    {
        _app?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Binds <paramref name="code"/> to the offline queue, as the application does once.</summary>
    protected Task BindAsync(string code) =>
        App.CallRawAsync("event.bind", Json(new JsonObject { ["event"] = code, ["event_type"] = "offline" }));

    /// <summary>Raises <paramref name="code"/> once per id: one record each.</summary>
    protected async Task QueueAsync(string code, params int[] ids)
    {
        foreach (var id in ids)
        {
            await Emulator.Events.RaiseAsync(code, new JsonObject { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }

    /// <summary>The <c>n</c> of an event's <c>{"id": "n"}</c>.</summary>
    protected static int EntryId(B24Event e) => int.Parse(e.RawData.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The <c>n</c>s of the queue's records, with their state.</summary>
    protected IReadOnlyList<(int Id, string ProcessId, bool Error)> QueueState() =>
        Queue.Select(r => (int.Parse(JsonNode.Parse(r.EventData)!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), r.ProcessId, r.Error)).OrderBy(r => r.Item1).ToList();

    /// <summary>Reads the whole queue with <paramref name="options"/> and returns the <c>n</c>s delivered.</summary>
    protected async Task<List<int>> ReadAllAsync(B24OfflineEventOptions? options = null, B24EventHandlers? handlers = null)
    {
        var ids = new List<int>();
        await foreach (var e in App.ReadOfflineEventsAsync(handlers ?? TypedHandlers, options))
        {
            ids.Add(EntryId(e));
        }

        return ids;
    }

    protected static JsonElement Json(JsonObject value) => JsonDocument.Parse(value.ToJsonString()).RootElement.Clone();
}
