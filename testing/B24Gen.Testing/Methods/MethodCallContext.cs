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
    internal MethodCallContext(string method, JsonObject parameters, long userId, AuthKind authKind, PortalState state, DateTimeOffset now, bool realPortal = false)
    {
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
}
