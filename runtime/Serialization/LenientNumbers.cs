using System;
using System.Buffers.Text;

namespace B24Gen.Serialization;

/// <summary>Number parsing for the portal's text: integers, and decimals with a zero fraction (<c>"9.00"</c>).</summary>
internal static class LenientNumbers
{
    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value)
    {
        text = text.Trim(" "u8);
        if (Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length)
        {
            return true;
        }

        // "9.00", "1.5e3": accept when the value is a whole number in range.
        if (Utf8Parser.TryParse(text, out decimal number, out consumed, 'G') && consumed == text.Length
            && number == decimal.Truncate(number) && number >= long.MinValue && number <= long.MaxValue)
        {
            value = (long)number;
            return true;
        }

        if (Utf8Parser.TryParse(text, out decimal scientific, out consumed, 'E') && consumed == text.Length
            && scientific == decimal.Truncate(scientific) && scientific >= long.MinValue && scientific <= long.MaxValue)
        {
            value = (long)scientific;
            return true;
        }

        value = 0;
        return false;
    }
}
