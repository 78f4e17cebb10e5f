using System;

namespace B24Gen;

/// <summary>
/// A fast path for the date formats portals actually send (<c>2024-12-10 06:36:00</c>, ISO 8601 with an offset or
/// <c>Z</c>, <c>02.12.2024 11:00:00</c>, <c>12/11/2024 05:59:00 pm</c>, <c>27/09/2025 09:20:00</c>, and their date-only
/// forms), without trying format strings one by one. Anything else falls back to <see cref="B24DateTime.Parse"/>'s format list.
/// </summary>
internal static class PortalDateParser
{
    public static bool TryParse(ReadOnlySpan<char> s, out DateTime value, out TimeSpan? offset)
    {
        value = default;
        offset = null;
        if (s.Length < 10)
        {
            return false;
        }

        int year, month, day;
        if (s[4] == '-' && s[7] == '-')
        {
            // yyyy-MM-dd[( |T)HH:mm:ss[.fffffff][Z|±hh:mm]]
            if (!Number(s, 0, 4, out year) || !Number(s, 5, 2, out month) || !Number(s, 8, 2, out day))
            {
                return false;
            }

            if (s.Length == 10)
            {
                return Build(year, month, day, 0, 0, 0, 0, out value);
            }

            if ((s[10] != ' ' && s[10] != 'T') || !Time24(s, 11, out var hour, out var minute, out var second))
            {
                return false;
            }

            var position = 19;
            long ticks = 0;
            if (position < s.Length && s[position] == '.')
            {
                position++;
                var digits = 0;
                while (position < s.Length && char.IsAsciiDigit(s[position]))
                {
                    if (digits < 7)
                    {
                        ticks = (ticks * 10) + (s[position] - '0');
                        digits++;
                    }

                    position++;
                }

                if (digits == 0)
                {
                    return false;
                }

                for (; digits < 7; digits++)
                {
                    ticks *= 10;
                }
            }

            if (!Offset(s[position..], out offset))
            {
                return false;
            }

            return Build(year, month, day, hour, minute, second, ticks, out value);
        }

        if (s[2] == '.' && s[5] == '.')
        {
            // dd.MM.yyyy[ HH:mm:ss]
            if (!Number(s, 0, 2, out day) || !Number(s, 3, 2, out month) || !Number(s, 6, 4, out year))
            {
                return false;
            }

            if (s.Length == 10)
            {
                return Build(year, month, day, 0, 0, 0, 0, out value);
            }

            return s.Length == 19 && s[10] == ' ' && Time24(s, 11, out var hour, out var minute, out var second)
                && Build(year, month, day, hour, minute, second, 0, out value);
        }

        if (s[2] == '/' && s[5] == '/')
        {
            // MM/dd/yyyy[ hh:mm:ss am|pm] (the en portals), MM/dd/yyyy HH:mm:ss, and the day-first dd/MM/yyyy[ HH:mm:ss]
            // of other locales when the first number cannot be a month (27/09/2025). Both numbers at most 12 stay
            // month-first: the text alone cannot tell 05/09/2025 of a day-first portal from May 9.
            if (!Number(s, 0, 2, out month) || !Number(s, 3, 2, out day) || !Number(s, 6, 4, out year))
            {
                return false;
            }

            if (month > 12 && day <= 12)
            {
                (month, day) = (day, month);
            }

            if (s.Length == 10)
            {
                return Build(year, month, day, 0, 0, 0, 0, out value);
            }

            if (s.Length == 19 && s[10] == ' ' && Time24(s, 11, out var hour24, out var minute24, out var second24))
            {
                return Build(year, month, day, hour24, minute24, second24, 0, out value);
            }

            if (s.Length != 22 || s[10] != ' ' || s[19] != ' ' || !Time24(s, 11, out var hour, out var minute, out var second) || hour is 0 or > 12)
            {
                return false;
            }

            var designator = s[20..];
            if (designator.Equals("am", StringComparison.OrdinalIgnoreCase))
            {
                hour = hour == 12 ? 0 : hour;
            }
            else if (designator.Equals("pm", StringComparison.OrdinalIgnoreCase))
            {
                hour = hour == 12 ? 12 : hour + 12;
            }
            else
            {
                return false;
            }

            return Build(year, month, day, hour, minute, second, 0, out value);
        }

        return false;
    }

    private static bool Time24(ReadOnlySpan<char> s, int start, out int hour, out int minute, out int second)
    {
        minute = second = 0;
        return Number(s, start, 2, out hour) && s.Length >= start + 8 && s[start + 2] == ':' && s[start + 5] == ':'
            && Number(s, start + 3, 2, out minute) && Number(s, start + 6, 2, out second);
    }

    private static bool Offset(ReadOnlySpan<char> rest, out TimeSpan? offset)
    {
        offset = null;
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest is "Z")
        {
            offset = TimeSpan.Zero;
            return true;
        }

        if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':'
            && Number(rest, 1, 2, out var hours) && Number(rest, 4, 2, out var minutes) && hours <= 14 && minutes < 60)
        {
            var span = new TimeSpan(hours, minutes, 0);
            offset = rest[0] == '-' ? span.Negate() : span;
            return true;
        }

        return false;
    }

    private static bool Number(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        if (start + length > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }

    private static bool Build(int year, int month, int day, int hour, int minute, int second, long ticks, out DateTime value)
    {
        value = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        return true;
    }
}
