using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace B24Gen.Redis;

/// <summary>
/// A token pair as stored: JSON, sealed with AES-256-GCM under the user's key (<c>v1:</c> + base64 of nonce, cipher
/// text and tag; the Redis key is the associated data, so a value copied under another portal's key does not open),
/// or in clear (<c>clear:</c> + JSON) only when the user chose that.
/// </summary>
internal sealed class TokenProtector(B24RedisOptions options)
{
    private const string Sealed = "v1:";
    private const string Clear = "clear:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Protect(string key, B24Tokens tokens)
    {
        var json = Json(tokens);
        if (options.TokenEncryptionKey is not { } secret)
        {
            return Clear + Encoding.UTF8.GetString(json);
        }

        var sealedBytes = new byte[NonceSize + json.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(secret, TagSize);
        aes.Encrypt(nonce, json, sealedBytes.AsSpan(NonceSize, json.Length), sealedBytes.AsSpan(NonceSize + json.Length), Encoding.UTF8.GetBytes(key));
        return Sealed + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The pair, or an <see cref="InvalidOperationException"/> saying why the stored value cannot be read.</summary>
    public B24Tokens Unprotect(string key, string stored)
    {
        if (stored.StartsWith(Clear, StringComparison.Ordinal))
        {
            return Parse(Encoding.UTF8.GetBytes(stored[Clear.Length..]));
        }

        if (!stored.StartsWith(Sealed, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The tokens under {key} are in an unknown format.");
        }

        if (options.TokenEncryptionKey is not { } secret)
        {
            throw new InvalidOperationException($"The tokens under {key} are encrypted, and no TokenEncryptionKey is set.");
        }

        var sealedBytes = Convert.FromBase64String(stored[Sealed.Length..]);
        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new InvalidOperationException($"The tokens under {key} are cut short.");
        }

        var length = sealedBytes.Length - NonceSize - TagSize;
        var json = new byte[length];
        try
        {
            using var aes = new AesGcm(secret, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), json, Encoding.UTF8.GetBytes(key));
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new InvalidOperationException($"The tokens under {key} do not open with this TokenEncryptionKey (another key, or altered).", exception);
        }

        return Parse(json);
    }

    private static byte[] Json(B24Tokens tokens)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("access_token", tokens.AccessToken);
            writer.WriteString("refresh_token", tokens.RefreshToken);
            if (tokens.ExpiresAt is { } expires)
            {
                writer.WriteNumber("expires_at", expires.ToUnixTimeMilliseconds());
            }

            if (tokens.ClientEndpoint is { } endpoint)
            {
                writer.WriteString("client_endpoint", endpoint);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static B24Tokens Parse(byte[] json)
    {
        string? access = null, refresh = null, endpoint = null;
        DateTimeOffset? expires = null;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "access_token": access = reader.GetString(); break;
                case "refresh_token": refresh = reader.GetString(); break;
                case "client_endpoint": endpoint = reader.GetString(); break;
                case "expires_at": expires = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64()); break;
                default: reader.Skip(); break;
            }
        }

        return access is not null && refresh is not null
            ? new B24Tokens(access, refresh, expires, endpoint)
            : throw new InvalidOperationException("The stored tokens lack the access or the refresh token.");
    }
}
