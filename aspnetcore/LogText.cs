namespace B24Gen.AspNetCore;

/// <summary>
/// Request values made safe for a log line: anyone can POST to the endpoint, so an event code, a domain or a form key
/// quoted in a format error may be long or hold line breaks that would forge log lines in a plain-text sink. Control
/// characters become <c>?</c>; a long text keeps its start and its end (where a format error says what was wrong).
/// </summary>
internal static class LogText
{
    private const int Part = 100;

    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(none)";
        }

        var text = value.Length > 2 * Part + 5 ? string.Concat(value.AsSpan(0, Part), " … ", value.AsSpan(value.Length - Part)) : value;
        return text.Any(char.IsControl) ? new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray()) : text;
    }
}
