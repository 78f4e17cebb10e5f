namespace B24Gen.Package.Tests;

/// <summary>
/// Packs B24Gen once, with a version no cache has seen, into a temporary folder that serves as the only new package
/// source. Consumers restore into their own packages folder, with the machine's package cache as the other source,
/// so nothing reaches the network and the user's global cache is not touched.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Directory.CreateTempSubdirectory("b24gen-package-").FullName;
        PackageSource = Path.Combine(Root, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        DotNet.Succeed(RepoRoot, "pack", "pack/B24Gen.csproj", "--no-build", "-c", Configuration, "-o", PackageSource, "-p:PackageVersion=" + Version);
        // The libraries beside it, packed with the same version: B24Gen.Hosting and B24Gen.Redis depend on this B24Gen,
        // B24Gen.AspNetCore on this B24Gen.Hosting.
        DotNet.Succeed(RepoRoot, "pack", "hosting/B24Gen.Hosting.csproj", "--no-build", "-c", Configuration, "-o", PackageSource, "-p:PackageVersion=" + Version);
        DotNet.Succeed(RepoRoot, "pack", "redis/B24Gen.Redis.csproj", "--no-build", "-c", Configuration, "-o", PackageSource, "-p:PackageVersion=" + Version);
        DotNet.Succeed(RepoRoot, "pack", "aspnetcore/B24Gen.AspNetCore.csproj", "--no-build", "-c", Configuration, "-o", PackageSource, "-p:PackageVersion=" + Version);
        DotNet.Succeed(RepoRoot, "pack", "testing/B24Gen.Testing/B24Gen.Testing.csproj", "--no-build", "-c", Configuration, "-o", PackageSource, "-p:PackageVersion=" + Version);
        PackagePath = Path.Combine(PackageSource, $"B24Gen.{Version}.nupkg");
        Assert.True(File.Exists(PackagePath), "The package was not created: " + PackagePath);
    }

    public string Root { get; }

    public string PackageSource { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The configuration the repository was built with for these tests (Debug or Release).</summary>
    public static string Configuration { get; } = typeof(PackageFixture).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "B24GenConfiguration").Value!;

    public static string GlobalPackages { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A new empty project folder with a NuGet.config that knows only the fresh package and the local cache.</summary>
    public string NewProjectFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="b24gen" value="{PackageSource}" />
                <add key="local-cache" value="{GlobalPackages}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
            </configuration>
            """);
        // Keep the repository's Directory.Build.props out: a user's project has none of it.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "B24Gen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("B24Gen.sln not found above " + AppContext.BaseDirectory);
    }
}
