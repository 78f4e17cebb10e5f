using StackExchange.Redis;

namespace B24Gen.Redis.Tests;

/// <summary>Tokens in a real Redis: sealed unless the user says otherwise, bound to their key, and a refresh lock.</summary>
public class RedisTokenStoreTests : RedisTest
{
    private static readonly B24Tokens Pair = new("access-123", "refresh-456", DateTimeOffset.FromUnixTimeMilliseconds(1_900_000_000_000), "https://example.bitrix24.com/rest/");

    private async Task<string> StoredValueAsync(string key)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
        return (await redis.GetDatabase().StringGetAsync(key)).ToString();
    }

    [Fact]
    public async Task A_pair_is_stored_encrypted_and_read_back_by_another_process()
    {
        await (await ConnectAsync()).TokenStore.SaveAsync("example.bitrix24.com", Pair);

        Assert.Equal(Pair, await (await ConnectAsync()).TokenStore.GetAsync("example.bitrix24.com"));
        var stored = await StoredValueAsync("b24gen:tests:example.bitrix24.com:tokens");
        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("access-123", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("refresh-456", System.Text.Encoding.Latin1.GetString(Convert.FromBase64String(stored[3..])), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_key_or_an_explicit_setting_there_is_no_token_store()
    {
        var redis = await ConnectAsync(o => o.TokenEncryptionKey = null);

        var error = Assert.Throws<InvalidOperationException>(() => redis.TokenStore);

        Assert.Contains("TokenEncryptionKey", error.Message, StringComparison.Ordinal);
        Assert.NotNull(redis.Limits);
    }

    [Fact]
    public async Task Clear_storage_is_an_explicit_choice()
    {
        await (await ConnectAsync(o => (o.TokenEncryptionKey, o.StoreTokensInClear) = (null, true))).TokenStore.SaveAsync("example.bitrix24.com", Pair);

        Assert.StartsWith("clear:{\"access_token\":\"access-123\"", await StoredValueAsync("b24gen:tests:example.bitrix24.com:tokens"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_key_or_a_value_moved_to_another_portal_does_not_open()
    {
        await (await ConnectAsync()).TokenStore.SaveAsync("example.bitrix24.com", Pair);
        var otherKey = await ConnectAsync(o => o.TokenEncryptionKey = new byte[32]);

        var wrongKey = await Assert.ThrowsAsync<InvalidOperationException>(async () => await otherKey.TokenStore.GetAsync("example.bitrix24.com"));
        Assert.Contains("do not open", wrongKey.Message, StringComparison.Ordinal);

        await using var redis = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
        await redis.GetDatabase().StringSetAsync("b24gen:tests:other.bitrix24.com:tokens", await StoredValueAsync("b24gen:tests:example.bitrix24.com:tokens"));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await (await ConnectAsync()).TokenStore.GetAsync("other.bitrix24.com"));
    }

    [Fact]
    public async Task The_refresh_lock_admits_one_process_at_a_time()
    {
        var first = (await ConnectAsync()).TokenStore;
        var second = (await ConnectAsync()).TokenStore;
        var held = await first.LockAsync("example.bitrix24.com");

        var waiting = second.LockAsync("example.bitrix24.com").AsTask();
        var other = await second.LockAsync("other.bitrix24.com");
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await (await waiting).DisposeAsync();
        await other.DisposeAsync();
    }

    [Fact]
    public async Task A_lock_left_by_a_dead_process_expires()
    {
        var crashed = (await ConnectAsync(o => o.RefreshLockTimeout = TimeSpan.FromMilliseconds(300))).TokenStore;
        _ = await crashed.LockAsync("example.bitrix24.com");

        // Never released: the next process gets it once it expires.
        var next = await (await ConnectAsync(o => o.RefreshLockTimeout = TimeSpan.FromSeconds(10))).TokenStore.LockAsync("example.bitrix24.com");
        await next.DisposeAsync();
    }
}
