namespace B24Gen.Package.Tests;

/// <summary>
/// The public API files guard the shipped libraries: a public symbol nobody listed fails the build. Checked on a copy of
/// B24Gen.Hosting's sources built beside the repository's settings, with and without one unreviewed public type.
/// </summary>
public sealed class PublicApiTests : IDisposable
{
    private readonly string _folder = Path.Combine(PackageFixture.RepoRoot, "tests", "B24Gen.Package.Tests", "bin", "public-api-" + Guid.NewGuid().ToString("N")[..8]);

    public PublicApiTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Check.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="$(RepoRoot)hosting/*.cs" />
                <Compile Include="*.cs" />
                <AdditionalFiles Include="$(RepoRoot)hosting/PublicAPI.Shipped.txt;$(RepoRoot)hosting/PublicAPI.Unshipped.txt" />
                <PackageReference Include="Microsoft.CodeAnalysis.PublicApiAnalyzers" PrivateAssets="all" />
                <PackageReference Include="Microsoft.Extensions.Http" />
                <PackageReference Include="Microsoft.Extensions.Options" />
                <PackageReference Include="Microsoft.Extensions.Configuration.Abstractions" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection.Abstractions" />
                <ProjectReference Include="$(RepoRoot)runtime/B24Gen.Runtime.csproj" />
              </ItemGroup>
            </Project>
            """);
    }

    [Fact]
    public void A_public_symbol_missing_from_the_api_files_fails_the_build_and_the_listed_ones_pass()
    {
        DotNet.Succeed(_folder, "build", "-nologo", "-v", "q");

        File.WriteAllText(Path.Combine(_folder, "Unreviewed.cs"), """
            namespace B24Gen.Hosting;

            /// <summary>A public type nobody reviewed.</summary>
            public static class Unreviewed
            {
                /// <summary>Added without a line in PublicAPI.Unshipped.txt.</summary>
                public static int Answer => 42;
            }
            """);
        var (exitCode, output) = DotNet.Run(_folder, "build", "-nologo", "-v", "q");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error RS0016: Symbol 'B24Gen.Hosting.Unreviewed' is not part of the declared public API", output, StringComparison.Ordinal);
        Assert.Contains("error RS0016: Symbol 'static B24Gen.Hosting.Unreviewed.Answer.get -> int' is not part of the declared public API", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
