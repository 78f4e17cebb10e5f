namespace B24Gen.AspNetCore;

/// <summary>
/// Which failures of a bindings sync are worth another try, and when. A portal that is down, overloaded or slow
/// (transport errors, 5xx, the request limit, an HTML error page from a proxy) may answer later; a refusal (no
/// application authorization, access denied, a method error, a portal blocked by hand) or a configuration error
/// will answer the same until someone changes something, so retrying it would only fill the log.
/// </summary>
internal static class BindingRetry
{
    private static readonly TimeSpan s_first = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_max = TimeSpan.FromMinutes(5);

    public static bool IsTransient(Exception exception) => exception switch
    {
        B24OverloadException => false,
        B24TransportException or B24ServerException or B24LimitException or B24ResponseFormatException => true,
        _ => false,
    };

    /// <summary>5 s after the first failure, doubling, at most 5 minutes.</summary>
    public static TimeSpan Delay(int failures) =>
        TimeSpan.FromTicks(Math.Min(s_max.Ticks, s_first.Ticks * (1L << Math.Min(failures - 1, 10))));
}
