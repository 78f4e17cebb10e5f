namespace B24Gen.Benchmarks.Support;

/// <summary>Finds the repository (the folder with <c>B24Gen.sln</c>) from wherever the benchmarks run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Schema => Path.Combine(Root, "schema");

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "B24Gen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("B24Gen.sln not found above " + AppContext.BaseDirectory);
    }
}
