namespace B24Gen.Redis;

/// <summary>
/// How B24Gen keeps its shared state in Redis: the key namespace, how tokens are protected, and the refresh lock.
/// Keys are <c>{KeyPrefix}:{AppName}:{portal}:…</c>; every key expires by itself.
/// </summary>
public sealed class B24RedisOptions
{
    /// <summary>The first part of every key. Default <c>b24gen</c>.</summary>
    public string KeyPrefix { get; set; } = "b24gen";

    /// <summary>
    /// The application's name in the keys, so that two apps (or an app and its staging copy) on one Redis keep apart.
    /// Default <c>app</c>.
    /// </summary>
    public string AppName { get; set; } = "app";

    /// <summary>
    /// The 32-byte key that encrypts stored tokens (AES-256-GCM), from your secret store. Tokens are never stored in
    /// clear unless <see cref="StoreTokensInClear"/> says so; with neither, the token store refuses to start.
    /// </summary>
    public byte[]? TokenEncryptionKey { get; set; }

    /// <summary>Store tokens as they are (anyone who can read the Redis can call the portals). Off by default.</summary>
    public bool StoreTokensInClear { get; set; }

    /// <summary>
    /// How long one process may hold a portal's refresh lock (it expires by itself if the process dies), and so how
    /// long the others wait for the new pair before going on without the lock. Default 30 s.
    /// </summary>
    public TimeSpan RefreshLockTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long stored tokens live after their last save: a Bitrix24 refresh token lasts 180 days. Default 180 days.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(180);

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(KeyPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(AppName);
        if (TokenEncryptionKey is { Length: not 32 })
        {
            throw new ArgumentException($"TokenEncryptionKey must be 32 bytes (AES-256); it is {TokenEncryptionKey.Length}.", nameof(TokenEncryptionKey));
        }

        if (RefreshLockTimeout <= TimeSpan.Zero || TokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("RefreshLockTimeout and TokenLifetime must be positive.");
        }
    }

    /// <summary>The key of something of a portal: <c>b24gen:app:example.bitrix24.com:bucket</c>.</summary>
    internal string Key(string portal, string what) => $"{KeyPrefix}:{AppName}:{portal.ToLowerInvariant()}:{what}";
}
