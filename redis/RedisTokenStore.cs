using System.Security.Cryptography;
using StackExchange.Redis;

namespace B24Gen.Redis;

/// <summary>
/// <see cref="IB24TokenStore"/> in Redis: each portal's pair under <c>…:{portal}:tokens</c>, sealed by
/// <see cref="TokenProtector"/> and expiring after <see cref="B24RedisOptions.TokenLifetime"/>; the refresh lock under
/// <c>…:{portal}:refresh-lock</c>, taken with SET NX and a deadline, so a process that dies holding it cannot block
/// the others for longer than <see cref="B24RedisOptions.RefreshLockTimeout"/>.
/// </summary>
internal sealed class RedisTokenStore : IB24TokenStore
{
    /// <summary>How often a waiting process asks for the lock again.</summary>
    private static readonly TimeSpan s_lockPoll = TimeSpan.FromMilliseconds(25);

    private readonly IConnectionMultiplexer _connection;
    private readonly B24RedisOptions _options;
    private readonly TokenProtector _protector;

    public RedisTokenStore(IConnectionMultiplexer connection, B24RedisOptions options)
    {
        _connection = connection;
        _options = options;
        _protector = new TokenProtector(options);
    }

    private IDatabase Db => _connection.GetDatabase();

    public async ValueTask<B24Tokens?> GetAsync(string portal, CancellationToken cancellationToken = default)
    {
        var key = _options.Key(portal, "tokens");
        var stored = await Db.StringGetAsync(key).ConfigureAwait(false);
        return stored.IsNull ? null : _protector.Unprotect(key, stored.ToString());
    }

    public async ValueTask SaveAsync(string portal, B24Tokens tokens, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var key = _options.Key(portal, "tokens");
        await Db.StringSetAsync(key, _protector.Protect(key, tokens), _options.TokenLifetime).ConfigureAwait(false);
    }

    public async ValueTask<IAsyncDisposable> LockAsync(string portal, CancellationToken cancellationToken = default)
    {
        var key = (RedisKey)_options.Key(portal, "refresh-lock");
        var holder = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var deadline = DateTimeOffset.UtcNow + _options.RefreshLockTimeout;
        while (!await Db.StringSetAsync(key, holder, _options.RefreshLockTimeout, When.NotExists).ConfigureAwait(false))
        {
            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException($"The refresh lock of {portal} was held for longer than {_options.RefreshLockTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(s_lockPoll, cancellationToken).ConfigureAwait(false);
        }

        return new Held(Db, key, holder);
    }

    private sealed class Held(IDatabase db, RedisKey key, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await RedisScripts.ReleaseLock.EvaluateAsync(db, new { key, holder }).ConfigureAwait(false);
    }
}
