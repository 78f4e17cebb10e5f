using System;
using System.Text.Json.Nodes;

namespace B24Gen.Testing;

/// <summary>Handles one REST method call. Runs on a thread-pool thread; many calls may run at once.</summary>
/// <param name="context">The call: method name, parameters, caller and portal state.</param>
/// <returns>The answer to send.</returns>
public delegate MethodResult MethodHandler(MethodCallContext context);

/// <summary>How the caller authenticated.</summary>
public enum AuthKind
{
    /// <summary>Incoming webhook: <c>/rest/{user}/{code}/{method}</c>.</summary>
    Webhook,

    /// <summary>OAuth access token in the <c>auth</c> parameter: <c>/rest/{method}</c>.</summary>
    OAuth,
}

/// <summary>Everything a <see cref="MethodHandler"/> gets for one call.</summary>
public sealed class MethodCallContext
{
    internal MethodCallContext(
        string method, JsonObject parameters, long userId, AuthKind authKind, PortalState state, DateTimeOffset now, bool realPortal = false,
        PortalEvents? events = null, object? hit = null)
    {
        Events = events;
        Hit = hit ?? new object();
        RealPortal = realPortal;
        Method = method;
        Parameters = parameters;
        UserId = userId;
        AuthKind = authKind;
        State = state;
        Now = now;
    }

    /// <summary>The method name, lower-cased, without a <c>.json</c> suffix.</summary>
    public string Method { get; }

    /// <summary>
    /// The merged query, form and JSON-body parameters (without <c>auth</c>). Form and query values are
    /// strings; JSON values keep their JSON types, so read them with <see cref="ParameterReader"/>.
    /// </summary>
    public JsonObject Parameters { get; }

    /// <summary>The calling user: the webhook's user or the access token's user.</summary>
    public long UserId { get; }

    /// <summary>How the caller authenticated.</summary>
    public AuthKind AuthKind { get; }

    /// <summary>The portal's data.</summary>
    public PortalState State { get; }

    /// <summary>The time the request arrived, from the emulator's clock.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>
    /// Whether the portal answers in the shapes recorded on real portals rather than the docs' shapes
    /// (<see cref="PortalEmulatorOptions.RealPortal"/>).
    /// </summary>
    public bool RealPortal { get; }

    /// <summary>The portal's events; <see langword="null"/> only for a context made outside a running emulator.</summary>
    internal PortalEvents? Events { get; }

    /// <summary>The REST request this call belongs to (a batch's commands share it), for once-per-hit rules.</summary>
    internal object Hit { get; }

    /// <summary>
    /// Raises a portal event from this call, as the portal does after a change: POSTed in the background to the
    /// online handlers bound to <paramref name="code"/> and queued for the offline ones (see <see cref="PortalEvents"/>).
    /// The calling user is the one who acted; an OAuth call's <c>auth_connector</c> keeps the change out of the
    /// offline queue of the binding with that connector. Raise only after the change succeeded.
    /// </summary>
    /// <param name="code">The event code, e.g. <c>ONCRMDEALADD</c> (any case; sent upper-case).</param>
    /// <param name="data">The event's <c>data</c>, e.g. <c>{"FIELDS": {"ID": 5}}</c>; a copy is sent.</param>
    public void RaiseEvent(string code, JsonObject data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(data);
        Events?.Raise(code.Trim(), data, new EventOrigin(UserId, AuthKind == AuthKind.OAuth, Parameters.GetString("auth_connector"), Hit));
    }
}
