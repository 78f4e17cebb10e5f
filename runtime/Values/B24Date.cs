using System;
using System.Globalization;

namespace B24Gen;

/// <summary>
/// A date as the portal wrote it (<c>2025-12-28</c>, <c>28.12.2025</c>, <c>12/28/2025</c>): the text is kept in
/// <see cref="Text"/> and parsed on a best-effort basis into <see cref="Value"/>.
/// </summary>
public readonly struct B24Date : IEquatable<B24Date>
{
    private static readonly string[] s_formats = { "yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy" };

    private readonly string? _text;

    private B24Date(string text, DateOnly? value)
    {
        _text = text;
        Value = value;
    }

    /// <summary>A date, written as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The date.</param>
    public B24Date(DateOnly value)
        : this(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value)
    {
    }

    /// <summary>The text as the portal sent it (or as it will be sent).</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The date, or null when the text is in no known format.</summary>
    public DateOnly? Value { get; }

    /// <summary>Keeps <paramref name="text"/> and parses it if it is in a known format; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static B24Date Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, s_formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new B24Date(text, date);
        }

        var dateTime = B24DateTime.Parse(trimmed);
        return new B24Date(text, dateTime.Value is { } value ? DateOnly.FromDateTime(value) : null);
    }

    /// <summary>Converts a date.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator B24Date(DateOnly value) => new(value);

    /// <summary>Compares the text.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator ==(B24Date left, B24Date right) => left.Equals(right);

    /// <summary>Compares the text.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator !=(B24Date left, B24Date right) => !left.Equals(right);

    /// <summary>The text as sent.</summary>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(B24Date other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is B24Date other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
