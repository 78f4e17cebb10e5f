namespace B24Gen.OfflineConsumer;

/// <summary>
/// The command line: <c>--endpoint URL --token TOKEN --state FILE [--block-at ID] [--batch-size N]</c>. The state file
/// holds the process id of the batch in flight: the consumer's memory across a kill.
/// </summary>
internal sealed record ConsumerArguments(string Endpoint, string Token, string StateFile, string? BlockAt, int BatchSize)
{
    public static ConsumerArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required.");
        return new ConsumerArguments(
            Required("--endpoint"),
            Required("--token"),
            Required("--state"),
            values.GetValueOrDefault("--block-at"),
            values.TryGetValue("--batch-size", out var size) ? int.Parse(size, System.Globalization.CultureInfo.InvariantCulture) : 50);
    }
}
