using System;
using System.Collections.Generic;

namespace B24Gen;

/// <summary>Removes the webhook code and tokens from any text that could reach a log or an exception.</summary>
internal sealed class SecretRedactor
{
    private const string Mask = "***";
    private readonly object _gate = new();
    private string[] _secrets = [];

    public SecretRedactor(params string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            Add(secret);
        }
    }

    /// <summary>Registers another secret, such as a refreshed token.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < 4)
        {
            return;
        }

        lock (_gate)
        {
            var list = new List<string>(_secrets) { secret };
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
            _secrets = list.ToArray();
        }
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }

            var escaped = Uri.EscapeDataString(secret);
            if (escaped != secret && text.Contains(escaped, StringComparison.Ordinal))
            {
                text = text.Replace(escaped, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
