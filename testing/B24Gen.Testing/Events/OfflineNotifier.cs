using System;
using System.Collections.Generic;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>
/// When an <c>ONOFFLINEEVENT</c> binding may be notified again (docs: on-offline-event.md, "Notification
/// Frequency"): <c>minTimeout</c> &gt; 0 (default 1) allows one notification per that many seconds of the
/// emulator's clock; 0 allows one per REST request.
/// </summary>
internal sealed class OfflineNotifier
{
    private const int DefaultMinTimeout = 1;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, (DateTimeOffset SentAt, object Hit)> _last = [];

    /// <summary>Whether to notify now; when it answers <see langword="true"/> the notification counts as sent.</summary>
    public bool ShouldNotify(EventBinding binding, object hit, DateTimeOffset now)
    {
        var timeout = binding.MinTimeout ?? DefaultMinTimeout;
        lock (_gate)
        {
            if (_last.TryGetValue(binding.Id, out var last)
                && (timeout > 0 ? now - last.SentAt < TimeSpan.FromSeconds(timeout) : ReferenceEquals(last.Hit, hit)))
            {
                return false;
            }

            _last[binding.Id] = (now, hit);
            return true;
        }
    }
}
