using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace B24Gen.Diagnostics;

/// <summary>
/// Runs an operation on the state shared with other processes (a token store, a shared limit) so that its failure
/// never fails the call: it is logged as a warning, counted (<see cref="B24Telemetry.SharedStateFailures"/>), and the
/// caller goes on with this process's own state. Cancellation by the caller still cancels.
/// </summary>
internal sealed class SharedStateFaults(ILogger logger, B24Metrics metrics)
{
    /// <summary>Whether the operation succeeded, and its result.</summary>
    public async ValueTask<(bool Ok, T Value)> RunAsync<T>(string operation, Func<CancellationToken, ValueTask<T>> run, CancellationToken cancellationToken)
    {
        try
        {
            return (true, await run(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            Report(operation, exception);
            return (false, default!);
        }
    }

    /// <summary>The operation's result, or <paramref name="fallback"/> when it failed.</summary>
    public async ValueTask<T> TryAsync<T>(string operation, Func<CancellationToken, ValueTask<T>> run, T fallback, CancellationToken cancellationToken)
    {
        var (ok, value) = await RunAsync(operation, run, cancellationToken).ConfigureAwait(false);
        return ok ? value : fallback;
    }

    /// <summary>Whether the operation succeeded.</summary>
    public async ValueTask<bool> TryAsync(string operation, Func<CancellationToken, ValueTask> run, CancellationToken cancellationToken) =>
        await TryAsync(operation, async ct =>
        {
            await run(ct).ConfigureAwait(false);
            return true;
        }, false, cancellationToken).ConfigureAwait(false);

    public void Report(string operation, Exception exception)
    {
        ClientLog.SharedStateFailed(logger, operation, ClientLog.Describe(exception), exception.Message);
        metrics.SharedStateFailures.Add(1, new(B24Telemetry.OperationTag, operation), new("error.type", exception.GetType().FullName));
    }
}
