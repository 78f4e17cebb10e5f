namespace B24Gen;

/// <summary>
/// Where an event taken from the offline queue (<c>event.offline.get</c>) came from: its record and the process that
/// reserved it. <see cref="MessageId"/> identifies the message across records (the portal replaces a queued message by
/// an identical later one), so it is the key to make a handler idempotent.
/// </summary>
/// <param name="Id">The record's <c>ID</c>.</param>
/// <param name="MessageId">The record's <c>MESSAGE_ID</c>.</param>
/// <param name="ProcessId">The <c>process_id</c> under which the record is reserved until it is cleared.</param>
/// <param name="QueuedAt">The record's <c>TIMESTAMP_X</c>, as the portal formats it.</param>
public sealed record B24OfflineEventInfo(long Id, string MessageId, string ProcessId, string? QueuedAt);
