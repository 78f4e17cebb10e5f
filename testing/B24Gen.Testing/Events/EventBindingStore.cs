using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// The registered event handlers (the portal's <c>b_rest_event</c> table), in ID order. A binding is unique by
/// event, handler URL, <c>auth_type</c> user and <c>auth_connector</c>, as the portal checks before adding one.
/// Thread-safe; <see cref="EventBinding"/> is immutable, so snapshots are shared as they are.
/// </summary>
internal sealed class EventBindingStore
{
    private readonly Lock _gate = new();
    private readonly List<EventBinding> _bindings = [];
    private long _lastId;

    /// <summary>Adds a binding; <see langword="null"/> when the same one exists ("Handler already binded").</summary>
    public EventBinding? Add(string code, string handlerUrl, long userId, bool offline, string connectorId, int? minTimeout)
    {
        lock (_gate)
        {
            if (_bindings.Any(binding => binding.Code == code && binding.HandlerUrl == handlerUrl && binding.UserId == userId && binding.ConnectorId == connectorId))
            {
                return null;
            }

            var added = new EventBinding(++_lastId, code, handlerUrl, userId, offline, connectorId) { MinTimeout = minTimeout };
            _bindings.Add(added);
            return added;
        }
    }

    /// <summary>Removes the matching bindings and answers how many there were.</summary>
    public int RemoveAll(Func<EventBinding, bool> match)
    {
        lock (_gate)
        {
            return _bindings.RemoveAll(binding => match(binding));
        }
    }

    public IReadOnlyList<EventBinding> Snapshot()
    {
        lock (_gate)
        {
            return _bindings.ToArray();
        }
    }

    /// <summary>The bindings of one (upper-case) event code, in ID order.</summary>
    public IReadOnlyList<EventBinding> For(string code)
    {
        lock (_gate)
        {
            return _bindings.Where(binding => binding.Code == code).ToArray();
        }
    }
}
