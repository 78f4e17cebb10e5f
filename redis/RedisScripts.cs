using StackExchange.Redis;

namespace B24Gen.Redis;

/// <summary>
/// The Lua scripts that make each shared operation atomic in Redis. Time comes from the Redis server (<c>TIME</c>), so
/// the machines' clocks need not agree.
/// </summary>
internal static class RedisScripts
{
    /// <summary>
    /// The portal's leaky bucket, as the portal counts it: the level drains <c>rate</c> per second; a request fits when
    /// level + 1 ≤ burst, and then adds 1. Returns 0 when the place was taken, else the milliseconds until one frees.
    /// KEYS[1] the bucket; ARGV burst, rate per second.
    /// </summary>
    public static readonly LuaScript TakePlace = LuaScript.Prepare("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local burst = tonumber(@burst)
        local rate = tonumber(@rate)
        local saved = redis.call('HMGET', @key, 'level', 'at')
        local level = tonumber(saved[1]) or 0
        local at = tonumber(saved[2]) or now
        level = math.max(0, level - (now - at) * rate / 1000)
        local wait = 0
        if level + 1 <= burst then
          level = level + 1
        else
          wait = math.ceil((level + 1 - burst) * 1000 / rate)
        end
        redis.call('HSET', @key, 'level', tostring(level), 'at', now)
        redis.call('PEXPIRE', @key, math.ceil(burst * 1000 / rate) + 1000)
        return wait
        """);

    /// <summary>Counts the bucket as full (the portal said <c>QUERY_LIMIT_EXCEEDED</c>). KEYS[1] the bucket; ARGV burst, rate.</summary>
    public static readonly LuaScript FillBucket = LuaScript.Prepare("""
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        redis.call('HSET', @key, 'level', @burst, 'at', now)
        redis.call('PEXPIRE', @key, math.ceil(tonumber(@burst) * 1000 / tonumber(@rate)) + 1000)
        return 1
        """);

    /// <summary>Releases a lock only if this holder still has it (it may have expired and been taken by another).</summary>
    public static readonly LuaScript ReleaseLock = LuaScript.Prepare("""
        if redis.call('GET', @key) == @holder then
          return redis.call('DEL', @key)
        end
        return 0
        """);
}
