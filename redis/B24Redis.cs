using StackExchange.Redis;

namespace B24Gen.Redis;

/// <summary>
/// B24Gen's state shared through Redis (or Valkey) by every process of an app: <see cref="Limits"/> for
/// <see cref="B24ClientOptions.SharedLimits"/> and <see cref="TokenStore"/> for <see cref="B24OAuthOptions.TokenStore"/>.
/// Make one per app and share it between clients.
/// </summary>
/// <remarks>
/// Redis being down, slow or restarted never fails a call: every operation fails fast (no command backlog), the
/// client goes on with its own limits and its pair in memory, and uses Redis again as soon as it answers.
/// </remarks>
public sealed class B24Redis : IAsyncDisposable
{
    private readonly IConnectionMultiplexer _connection;
    private readonly bool _ownsConnection;
    private readonly RedisTokenStore? _tokenStore;

    /// <summary>Over a connection you manage. Set <c>BacklogPolicy.FailFast</c> on it, or calls wait for a lost Redis.</summary>
    /// <param name="connection">The connection; not disposed by this object.</param>
    /// <param name="options">Key names, token protection, the refresh lock.</param>
    public B24Redis(IConnectionMultiplexer connection, B24RedisOptions options)
        : this(connection, options, ownsConnection: false)
    {
    }

    private B24Redis(IConnectionMultiplexer connection, B24RedisOptions options, bool ownsConnection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _connection = connection;
        _ownsConnection = ownsConnection;
        Limits = new RedisSharedLimits(connection, options);
        _tokenStore = options.TokenEncryptionKey is not null || options.StoreTokensInClear ? new RedisTokenStore(connection, options) : null;
    }

    /// <summary>The portal's request bucket and the methods' operating times: set as <see cref="B24ClientOptions.SharedLimits"/>.</summary>
    public IB24SharedLimits Limits { get; }

    /// <summary>
    /// The OAuth tokens with a refresh lock: set as <see cref="B24OAuthOptions.TokenStore"/>. Needs
    /// <see cref="B24RedisOptions.TokenEncryptionKey"/>, or <see cref="B24RedisOptions.StoreTokensInClear"/> said
    /// explicitly; without either, asking for it throws, so tokens never land in Redis in clear by default.
    /// </summary>
    public IB24TokenStore TokenStore => _tokenStore ?? throw new InvalidOperationException(
        "B24Redis stores tokens encrypted: set B24RedisOptions.TokenEncryptionKey (32 bytes from your secret store), or StoreTokensInClear = true to store them as they are.");

    /// <summary>
    /// Connects to Redis (<c>localhost:6379</c>, or a cluster's endpoints, with StackExchange.Redis's configuration
    /// syntax). It does not wait for Redis to be up: with Redis down, clients use their own limits until it answers.
    /// </summary>
    /// <param name="configuration">StackExchange.Redis configuration, e.g. <c>redis.internal:6379,password=…,ssl=true</c>.</param>
    /// <param name="options">Key names, token protection, the refresh lock.</param>
    public static async Task<B24Redis> ConnectAsync(string configuration, B24RedisOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var settings = ConfigurationOptions.Parse(configuration);
        settings.AbortOnConnectFail = false;
        // A call must not wait for a Redis that is gone: fail at once, and the client falls back to its own limits.
        settings.BacklogPolicy = BacklogPolicy.FailFast;
        if (!configuration.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            settings.AsyncTimeout = 1000;
        }

        if (!configuration.Contains("connectTimeout", StringComparison.OrdinalIgnoreCase))
        {
            settings.ConnectTimeout = 1000;
        }

        var connection = await ConnectionMultiplexer.ConnectAsync(settings).ConfigureAwait(false);
        return new B24Redis(connection, options, ownsConnection: true);
    }

    /// <summary>Closes the connection if this object opened it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_ownsConnection)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
