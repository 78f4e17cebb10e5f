using System;
using System.Globalization;

namespace B24Gen;

/// <summary>
/// A date and time as the portal wrote it. Portals answer in several formats (ISO 8601 with an offset,
/// <c>2024-12-10 06:36:00</c>, <c>02.12.2024 11:00:00</c>, <c>12/11/2024 05:59:00 pm</c>); the original text is
/// kept in <see cref="Text"/> and parsed on a best-effort basis into <see cref="Value"/> (the wall-clock time)
/// and <see cref="Offset"/> (only when the text carried one).
/// </summary>
public readonly struct B24DateTime : IEquatable<B24DateTime>
{
    private static readonly string[] s_localFormats =
    {
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy",
        "MM/dd/yyyy hh:mm:ss tt", "MM/dd/yyyy hh:mm tt", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy",
        "yyyy-MM-dd",
    };

    // 'K' would also match text without an offset and assume the machine's zone, so offsets are spelled out.
    private static readonly string[] s_offsetFormats =
    {
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    };

    private readonly string? _text;

    private B24DateTime(string text, DateTime? value, TimeSpan? offset)
    {
        _text = text;
        Value = value;
        Offset = offset;
    }

    /// <summary>An instant with its offset; written as <c>2025-03-20T15:00:00+02:00</c>.</summary>
    /// <param name="value">The instant.</param>
    public B24DateTime(DateTimeOffset value)
        : this(value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), value.DateTime, value.Offset)
    {
    }

    /// <summary>
    /// A wall-clock time without an offset, written as <c>2025-03-20T15:00:00</c> so that the portal applies the
    /// time zone given beside it (such as <c>timezone_from</c>). A UTC <see cref="DateTime"/> is written with <c>Z</c>.
    /// </summary>
    /// <param name="value">The time.</param>
    public B24DateTime(DateTime value)
        : this(
            value.Kind == DateTimeKind.Utc
                ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DateTime.SpecifyKind(value, DateTimeKind.Unspecified),
            value.Kind == DateTimeKind.Utc ? TimeSpan.Zero : null)
    {
    }

    /// <summary>A date without a time, written as <c>2024-06-14</c> (for all-day events, with <c>skip_time</c>).</summary>
    /// <param name="value">The date.</param>
    public B24DateTime(DateOnly value)
        : this(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value.ToDateTime(TimeOnly.MinValue), null)
    {
    }

    /// <summary>The text as the portal sent it (or as it will be sent).</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>The wall-clock date and time, or null when the text is in no known format.</summary>
    public DateTime? Value { get; }

    /// <summary>The offset from UTC, when the text carried one.</summary>
    public TimeSpan? Offset { get; }

    /// <summary>The instant, when the text carried an offset.</summary>
    public DateTimeOffset? ToDateTimeOffset() => Value is { } value && Offset is { } offset ? new DateTimeOffset(value, offset) : null;

    /// <summary>The instant, assuming <paramref name="offsetIfMissing"/> when the text carried no offset (the portal's time zone).</summary>
    /// <param name="offsetIfMissing">The offset to assume.</param>
    /// <returns>The instant, or null when the text could not be parsed.</returns>
    public DateTimeOffset? ToDateTimeOffset(TimeSpan offsetIfMissing) =>
        Value is { } value ? new DateTimeOffset(value, Offset ?? offsetIfMissing) : null;

    /// <summary>Keeps <paramref name="text"/> and parses it if it is in a known format; never throws.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    public static B24DateTime Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (PortalDateParser.TryParse(trimmed, out var fast, out var fastOffset))
        {
            return new B24DateTime(text, fast, fastOffset);
        }

        if (DateTimeOffset.TryParseExact(trimmed, s_offsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            return new B24DateTime(text, withOffset.DateTime, withOffset.Offset);
        }

        if (DateTime.TryParseExact(trimmed, s_localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new B24DateTime(text, DateTime.SpecifyKind(local, DateTimeKind.Unspecified), null);
        }

        return new B24DateTime(text, null, null);
    }

    /// <summary>Converts an instant.</summary>
    /// <param name="value">The instant.</param>
    public static implicit operator B24DateTime(DateTimeOffset value) => new(value);

    /// <summary>Converts a wall-clock time.</summary>
    /// <param name="value">The time.</param>
    public static implicit operator B24DateTime(DateTime value) => new(value);

    /// <summary>Converts a date.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator B24DateTime(DateOnly value) => new(value);

    /// <summary>Compares the text.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator ==(B24DateTime left, B24DateTime right) => left.Equals(right);

    /// <summary>Compares the text.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    public static bool operator !=(B24DateTime left, B24DateTime right) => !left.Equals(right);

    /// <summary>The text as sent.</summary>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(B24DateTime other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is B24DateTime other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);
}
