using System.Security.Cryptography;
using B24Gen.ScaleOut;

namespace B24Gen.Redis.Tests;

/// <summary>A test with its own redis-server, and B24Redis connections to it (each like another process's).</summary>
public abstract class RedisTest : IAsyncLifetime
{
    private readonly List<B24Redis> _connections = [];

    protected RedisServer Server { get; private set; } = null!;

    /// <summary>The key tokens are sealed with in these tests.</summary>
    protected static byte[] TokenKey { get; } = RandomNumberGenerator.GetBytes(32);

    public virtual async Task InitializeAsync() => Server = await RedisServer.StartAsync();

    public virtual async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await Server.DisposeAsync();
    }

    /// <summary>A new connection, as another process would open.</summary>
    protected async Task<B24Redis> ConnectAsync(Action<B24RedisOptions>? configure = null)
    {
        var options = new B24RedisOptions { AppName = "tests", TokenEncryptionKey = TokenKey };
        configure?.Invoke(options);
        var redis = await B24Redis.ConnectAsync(Server.Configuration, options);
        _connections.Add(redis);
        return redis;
    }
}
