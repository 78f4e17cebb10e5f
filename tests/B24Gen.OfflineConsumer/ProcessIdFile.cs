namespace B24Gen.OfflineConsumer;

/// <summary>
/// Where the consumer keeps the process id of its batch in flight. Written whole (a temporary file moved over the old
/// one), so a kill in the middle leaves the previous id or the new one, never half of either.
/// </summary>
internal sealed class ProcessIdFile(string path)
{
    public string? Load() => File.Exists(path) ? File.ReadAllText(path).Trim() is { Length: > 0 } id ? id : null : null;

    public async ValueTask SaveAsync(string processId, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, processId, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}
