using System.Collections.Concurrent;

namespace B24Gen.Hosting;

/// <summary>The default <see cref="IB24TokenStore"/>: tokens in memory, by portal, lost when the process ends.</summary>
public sealed class InMemoryB24TokenStore : IB24TokenStore
{
    private readonly ConcurrentDictionary<string, B24Tokens> _tokens = new(StringComparer.OrdinalIgnoreCase);

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
}
