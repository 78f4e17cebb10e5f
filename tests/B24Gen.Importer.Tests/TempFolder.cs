namespace B24Gen.Importer.Tests;

/// <summary>A folder under the system's temp folder, deleted with what it holds when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("b24gen-importer-");

    public string Path => _folder.FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/>, making its folders.</summary>
    public void Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
