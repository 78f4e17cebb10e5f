namespace B24Gen.Importer.Rules;

/// <summary>
/// Whether a method only reads: its last word (the verb) is one that never changes data. Anything else is a write:
/// a write is never retried blindly, so a wrong guess costs a retry, not a duplicate.
/// </summary>
internal static class KindRule
{
    private static readonly HashSet<string> s_readVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "get", "list", "fields", "getlist", "getfields", "search", "count", "find", "check", "getbyid", "info",
        "gettypes", "types", "version", "status", "getall", "getone", "export", "current", "filter", "select", "is_exists",
        "isexists", "nearest", "history", "getsettings", "settings", "items",
        "canmovetask", // a check that answers true or false
        "time", "download", // server.time; imbot.v2.File.download returns a link
    };

    public static string Of(string methodName)
    {
        var verb = methodName[(methodName.LastIndexOf('.') + 1)..];
        // isEnabled, isActionAllowed: a question answered true or false.
        return s_readVerbs.Contains(verb) || verb.StartsWith("get", StringComparison.OrdinalIgnoreCase) && !verb.StartsWith("getor", StringComparison.OrdinalIgnoreCase)
            || (verb.Length > 2 && verb.StartsWith("is", StringComparison.Ordinal) && char.IsUpper(verb[2]))
            ? "read"
            : "write";
    }
}
