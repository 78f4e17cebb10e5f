using System;
using System.Security.Cryptography;
using System.Text;

namespace B24Gen.Events;

/// <summary>
/// Checks an event's <c>auth[application_token]</c> against the app's own in constant time: a comparison that stops
/// at the first different character would tell an attacker, by its timing, how much of a guess was right.
/// </summary>
internal static class ApplicationToken
{
    /// <summary>Whether <paramref name="received"/> is <paramref name="expected"/>; false for a missing or empty one.</summary>
    public static bool Matches(string? received, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);
        if (string.IsNullOrEmpty(received))
        {
            return false;
        }

        // Hashing first gives both sides one length, so the time does not depend on the received token's length either.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(received)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
