using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace B24Gen;

/// <summary>
/// The default <see cref="IB24TokenStore"/>: tokens in this process's memory, by portal, lost when it ends. Its refresh
/// lock serialises the clients of one portal in this process; for several processes, use a shared store (B24Gen.Redis).
/// </summary>
public sealed class InMemoryB24TokenStore : IB24TokenStore
{
    private readonly ConcurrentDictionary<string, B24Tokens> _tokens = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public ValueTask<B24Tokens?> GetAsync(string portal, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tokens.TryGetValue(portal, out var tokens) ? tokens : null);

    /// <inheritdoc />
    public ValueTask SaveAsync(string portal, B24Tokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(portal);
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens[portal] = tokens;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable> LockAsync(string portal, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(portal, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Held(gate);
    }

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
