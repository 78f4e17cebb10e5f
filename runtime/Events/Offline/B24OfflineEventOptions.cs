using System;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// How the offline queue is read (<see cref="B24OfflineEvents.ReadOfflineEventsAsync"/>,
/// <see cref="B24OfflineEvents.ProcessOfflineEventsAsync"/>). The portal reserves each batch it hands out under a
/// <c>process_id</c> it makes up itself; records reserved by a consumer that died stay reserved under that id (for 30 days,
/// then the portal deletes them) and come back only to a read that names it. So a consumer that must survive a crash
/// saves each batch's id (<see cref="ProcessIdReserved"/>) and passes the saved one back (<see cref="ProcessId"/>) when it
/// starts again.
/// </summary>
public sealed record B24OfflineEventOptions
{
    /// <summary>
    /// The <c>process_id</c> of a batch an earlier run reserved and may not have finished (the last one
    /// <see cref="ProcessIdReserved"/> was given): the records still reserved under it are delivered first, then new ones.
    /// Null (the default) reads new records only. The portal makes the ids up, so a name of your choosing (a worker's name)
    /// finds nothing: keep the worker's name as the key under which you save the id instead.
    /// </summary>
    public string? ProcessId { get; init; }

    /// <summary>
    /// Called with the <c>process_id</c> of every batch the portal reserves, before the first of its events is delivered.
    /// Save it where a restarted consumer finds it (a file, a database row keyed by the worker's name) and pass it back as
    /// <see cref="ProcessId"/>: that is what brings back the events a killed consumer had reserved but not finished. When it
    /// throws, the reading ends with its exception and the batch stays reserved under that id.
    /// </summary>
    public Func<string, CancellationToken, ValueTask>? ProcessIdReserved { get; init; }

    /// <summary>
    /// How many records one <c>event.offline.get</c> reserves (<c>limit</c>); 50 by default, the portal's own default.
    /// After a crash, the events of the batch in flight that were handled before it are delivered again: a smaller batch
    /// narrows that window, at the cost of more calls.
    /// </summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// Only events of this code (<c>ONCRMDEALUPDATE</c>), sent as <c>filter[=EVENT_NAME]</c>; null takes every code. One
    /// code only: the portal's reservation (<c>EventOfflineTable::markEvents</c>) refuses a list as a filter value.
    /// </summary>
    public string? EventCode { get; init; }

    /// <summary>
    /// The source key (<c>auth_connector</c>) the events were bound with (<c>event.bind</c>); null for events bound without
    /// one. Sent with every get, clear and error call: the portal keeps each source's queue apart.
    /// </summary>
    public string? AuthConnector { get; init; }

    /// <summary>
    /// Reads the records reported as failed (<c>error=1</c>) instead of new ones: to process them again once the cause is
    /// fixed. Handled ones are cleared as usual; pass the same value when resuming a <see cref="ProcessId"/>.
    /// </summary>
    public bool ReadFailed { get; init; }

    /// <summary>
    /// True (the default): the reading ends when a get returns no records. False: it waits <see cref="PollInterval"/> and
    /// asks again, until cancelled.
    /// </summary>
    public bool StopWhenEmpty { get; init; } = true;

    /// <summary>How long to wait after an empty get when <see cref="StopWhenEmpty"/> is false; 5 s by default, on the client's <see cref="B24ClientOptions.TimeProvider"/>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
}
