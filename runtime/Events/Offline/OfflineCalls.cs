using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using B24Gen.Http;
using B24Gen.Serialization;

namespace B24Gen.Events.Offline;

/// <summary>
/// The queue's calls, each with the retry it can bear. Only the get that reserves new records is a write: sent twice
/// after a lost answer, the first batch would stay reserved under an id nobody learned. Everything else repeats harmlessly
/// and is retried like a read: a get that re-reads a process's reservation, a clear by record id, an error report.
/// </summary>
internal static class OfflineCalls
{
    public static async Task<OfflineBatch> ReserveAsync(B24Client client, B24OfflineEventOptions options, CancellationToken cancellationToken)
    {
        var response = await client.CallRawAsync(OfflineRequests.Get, OfflineRequests.GetParameters(options, null), cancellationToken).ConfigureAwait(false);
        return OfflineBatch.Read(response.Value, response.HttpStatus);
    }

    public static async Task<OfflineBatch> RereadAsync(B24Client client, B24OfflineEventOptions options, string processId, CancellationToken cancellationToken)
    {
        var response = await CallAsync(client, OfflineRequests.Get, OfflineRequests.GetParameters(options, processId), cancellationToken).ConfigureAwait(false);
        return OfflineBatch.Read(response.Value, response.HttpStatus);
    }

    public static Task ClearAsync(B24Client client, string processId, IReadOnlyList<long> ids, string? authConnector, CancellationToken cancellationToken) =>
        CallAsync(client, OfflineRequests.Clear, OfflineRequests.ClearParameters(processId, ids, authConnector), cancellationToken);

    public static Task ReportAsync(B24Client client, B24OfflineEventInfo offline, string? authConnector, CancellationToken cancellationToken) =>
        CallAsync(client, OfflineRequests.Error, OfflineRequests.ErrorParameters(offline.ProcessId, offline.MessageId, authConnector), cancellationToken);

    private static Task<B24Response<JsonElement>> CallAsync(B24Client client, string method, JsonElement parameters, CancellationToken cancellationToken) =>
        client.ExecuteAsync(method, B24MethodKind.Read, token => RawRequest.Write(parameters, token), B24JsonRead.Any, cancellationToken);
}
