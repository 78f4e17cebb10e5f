using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen.Testing;

/// <summary>
/// The portal's outgoing events (<see cref="PortalEmulator.Events"/>): the bindings made with <c>event.bind</c>, the
/// POSTs to online handlers (<see cref="Deliveries"/>), and the offline queue (<see cref="OfflineQueue"/>). Events
/// are raised by the emulator's own methods when they change its state (<c>calendar.event.*</c>,
/// <c>calendar.section.*</c>, <c>crm.deal.*</c>), by any handler through <see cref="MethodCallContext.RaiseEvent"/>,
/// or by a test with <see cref="RaiseAsync(string, JsonObject)"/>. Thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The emulator stops the sender through StopAsync; tests must not dispose it.")]
public sealed class PortalEvents
{
    private readonly PortalEmulatorOptions _options;
    private readonly TimeProvider _clock;
    private readonly EventAuthBlock _auth;
    private readonly DeliveryLog _log = new();
    private readonly EventSender _sender;
    private readonly OfflineNotifier _notifier = new();

    internal PortalEvents(PortalEmulatorOptions options, OAuthServer oauth)
    {
        _options = options;
        _clock = options.TimeProvider;
        _auth = new EventAuthBlock(options, oauth);
        _sender = new EventSender(options.EventHandlerTimeout, _clock, _log);
    }

    /// <summary>Every finished POST to an online handler, in the order they finished (all handlers together).</summary>
    public IReadOnlyList<EventDelivery> Deliveries => _log.Snapshot();

    /// <summary>A snapshot of the offline event queue, in <c>ID</c> order.</summary>
    public IReadOnlyList<OfflineEvent> OfflineQueue => Queue.Snapshot();

    /// <summary>The registered handlers (online and offline), in <c>ID</c> order.</summary>
    public IReadOnlyList<EventBinding> Bindings => BindingStore.Snapshot();

    /// <summary>The event codes the portal knows: what <c>events</c> lists and <c>event.bind</c> accepts.</summary>
    public IReadOnlyList<string> Codes => Catalog.All.Select(definition => definition.Code).ToArray();

    internal EventCatalog Catalog { get; } = new();

    internal EventBindingStore BindingStore { get; } = new();

    internal OfflineEventQueue Queue { get; } = new();

    /// <summary>The emulator's root, for the <c>auth</c> block; set once Kestrel has its port.</summary>
    internal Uri? BaseAddress
    {
        get => _auth.BaseAddress;
        set => _auth.BaseAddress = value;
    }

    /// <summary>
    /// Makes an event code known to the portal, so <c>event.bind</c> accepts it and <c>events</c> lists it, e.g. to
    /// bind a handler for an event the emulator never raises itself and raise it with <see cref="RaiseAsync(string, JsonObject)"/>.
    /// </summary>
    /// <param name="code">The event code (any case; kept upper-case).</param>
    /// <param name="scope">The permission scope it belongs to, sent as <c>auth[scope]</c>, e.g. <c>crm</c>.</param>
    public void Declare(string code, string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(scope);
        Catalog.Declare(code.Trim(), scope);
    }

    /// <summary>
    /// Raises an event as if <see cref="PortalEmulatorOptions.AccessTokenUserId"/> had acted: a POST to every online
    /// binding of <paramref name="code"/> and a record in the offline queue for every offline one. Any code may be
    /// raised, known or not; only bindings of that code receive it.
    /// </summary>
    /// <param name="code">The event code (any case; sent upper-case).</param>
    /// <param name="data">The event's <c>data</c>, e.g. <c>{"FIELDS": {"ID": 5}}</c>; a copy is sent.</param>
    /// <returns>The deliveries this event caused, once they have all finished (none when nothing is bound online).</returns>
    public Task<IReadOnlyList<EventDelivery>> RaiseAsync(string code, JsonObject data) =>
        RaiseAsync(code, data, _options.AccessTokenUserId);

    /// <summary>
    /// Raises an event as if <paramref name="userId"/> had acted; <see langword="null"/> for an action no user did
    /// (an automation rule, a workflow, an agent), whose deliveries carry no tokens (docs: events/index.md).
    /// </summary>
    /// <param name="code">The event code (any case; sent upper-case).</param>
    /// <param name="data">The event's <c>data</c>; a copy is sent.</param>
    /// <param name="userId">The user who acted, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops waiting (the deliveries still happen).</param>
    /// <returns>The deliveries this event caused, once they have all finished.</returns>
    public async Task<IReadOnlyList<EventDelivery>> RaiseAsync(string code, JsonObject data, long? userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(data);
        var deliveries = Raise(code.Trim(), data, new EventOrigin(userId, ByApplication: false, AuthConnector: null, Hit: new object()));
        return await Task.WhenAll(deliveries).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the last finished delivery again, unchanged (same body, same <c>ts</c>, same handler): the duplicate a
    /// real queue server sometimes sends, which handlers must tolerate.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting (the POST still happens).</param>
    /// <returns>The new delivery, once it has finished (<see cref="EventDelivery.IsRedelivery"/> set).</returns>
    /// <exception cref="InvalidOperationException">Nothing has been delivered yet.</exception>
    public Task<EventDelivery> RedeliverLastAsync(CancellationToken cancellationToken = default)
    {
        var last = _log.Last() ?? throw new InvalidOperationException("No event has been delivered yet.");
        return _sender.Enqueue(new DeliveryJob(last.Code, last.HandlerId, last.HandlerUrl, last.Body, IsRedelivery: true)).WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Waits for a delivery that matches: the first one in <see cref="Deliveries"/> already, or else the next one to
    /// finish. Completes without polling; fails when the emulator stops first.
    /// </summary>
    /// <param name="match">Which delivery; any when <see langword="null"/>. Runs under a lock: keep it short.</param>
    /// <param name="cancellationToken">Gives up waiting.</param>
    /// <returns>The matching delivery.</returns>
    public Task<EventDelivery> WaitForDeliveryAsync(Func<EventDelivery, bool>? match = null, CancellationToken cancellationToken = default) =>
        _log.WaitAsync(match, cancellationToken);

    /// <summary>Forgets <see cref="Deliveries"/> (so later waits see only new ones).</summary>
    public void ClearDeliveries() => _log.Clear();

    /// <summary>
    /// Raises an event: a POST queued for each online binding, a record for each offline one (unless it is the
    /// application's own change on that binding's connector), then an <c>ONOFFLINEEVENT</c> notification if anything
    /// was queued offline. Returns at once with the deliveries' tasks; nothing here waits for a handler.
    /// </summary>
    internal IReadOnlyList<Task<EventDelivery>> Raise(string code, JsonNode data, EventOrigin origin)
    {
        var name = code.ToUpperInvariant();
        var definition = Catalog.Find(name);
        var scope = definition?.Scope ?? "";
        var now = _clock.GetUtcNow();
        var deliveries = new List<Task<EventDelivery>>();
        var queuedOffline = false;
        foreach (var binding in BindingStore.For(name))
        {
            if (!binding.Offline)
            {
                deliveries.Add(Send(binding, name, data, scope, definition?.SendsRefreshToken ?? false, origin, now));
            }
            else if (!origin.IsOwnChange(binding.ConnectorId))
            {
                // EVENT_ADDITIONAL: the rest module keeps the acting user and answers it as {"user_id": "1"}.
                JsonNode additional = origin.UserId is { } user ? new JsonObject { ["user_id"] = user.ToString(CultureInfo.InvariantCulture) } : JsonValue.Create(false);
                Queue.Record(name, data, additional, binding.ConnectorId, now);
                queuedOffline = true;
            }
        }

        if (queuedOffline)
        {
            // The notification carries no data; its scope is the one of the event that was queued.
            foreach (var binding in BindingStore.For(EventCatalog.OfflineEvent).Where(binding => !binding.Offline))
            {
                if (_notifier.ShouldNotify(binding, origin.Hit, now))
                {
                    deliveries.Add(Send(binding, EventCatalog.OfflineEvent, new JsonArray(), scope, withRefreshToken: true, origin, now));
                }
            }
        }

        return deliveries;
    }

    /// <summary>Stops sending: the POST in flight is abandoned, queued ones are dropped, waiters fail.</summary>
    internal async ValueTask StopAsync()
    {
        await _sender.DisposeAsync().ConfigureAwait(false);
        _log.Stop();
    }

    private Task<EventDelivery> Send(EventBinding binding, string code, JsonNode data, string scope, bool withRefreshToken, EventOrigin origin, DateTimeOffset now)
    {
        // Tokens belong to the user who acted, or to the binding's auth_type user (docs: events/index.md, "Parameter auth").
        var withTokens = origin.UserId is not null || binding.UserId > 0;
        var auth = _auth.Create(scope, withTokens, withRefreshToken);
        var body = EventPayload.Build(code, binding.Id, data, now.ToUnixTimeSeconds(), auth);
        return _sender.Enqueue(new DeliveryJob(code, binding.Id, binding.HandlerUrl, body, IsRedelivery: false));
    }
}
