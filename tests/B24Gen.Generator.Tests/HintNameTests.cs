using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The generated files' names: <c>{method}.g.cs</c> for a method's file, <c>{file name}.types.g.cs</c> for a
/// types-only file. Two files whose names differ only in folder, case or punctuation would give one name, which the
/// compiler refuses (hint names compare ignoring case): they are numbered in path order instead.
/// </summary>
public sealed class HintNameTests
{
    private static string Types(string name) => $"types:\n  {name}:\n    fields: {{ ID: int }}\n";

    [Theory]
    [InlineData("/a/shared.yaml", "/b/shared.yaml")]
    [InlineData("/a/Shared.yaml", "/b/shared.yaml")]
    [InlineData("/a/my-types.yaml", "/b/my_types.yaml")]
    [InlineData("/a/my types.yml", "/b/my+types.yaml")]
    public void Types_files_whose_names_would_be_one_are_numbered_in_path_order(string first, string second)
    {
        var (result, output) = GeneratorHarness.Run((second, Types("Second")), (first, Types("First")));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("class First", GeneratorHarness.Source(result, $"{Stem(first)}.1.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class Second", GeneratorHarness.Source(result, $"{Stem(second)}.2.types.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/a/shared.yaml", "/b/shares.yaml")]
    [InlineData("/a/shared.yaml", "/b/shared2.yaml")]
    [InlineData("/a/ab.yaml", "/b/abc.yaml")]
    [InlineData("/a/zshared.yaml", "/b/ashared.yaml")]
    public void Types_files_with_different_names_are_not_numbered(string first, string second)
    {
        var (result, output) = GeneratorHarness.Run((first, Types("First")), (second, Types("Second")));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("class First", GeneratorHarness.Source(result, $"{Stem(first)}.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class Second", GeneratorHarness.Source(result, $"{Stem(second)}.types.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_twins_are_numbered_one_to_three_and_a_fourth_name_stays_plain()
    {
        var (result, output) = GeneratorHarness.Run(
            ("/c/common.yaml", Types("Third")),
            ("/a/common.yaml", Types("First")),
            ("/b/common.yaml", Types("Second")),
            ("/d/other.yaml", Types("Other")));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("class First", GeneratorHarness.Source(result, "common.1.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class Second", GeneratorHarness.Source(result, "common.2.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class Third", GeneratorHarness.Source(result, "common.3.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class Other", GeneratorHarness.Source(result, "other.types.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_types_file_named_like_a_method_file_takes_the_file_suffix()
    {
        // The method 'demo.types' has demo.types.g.cs; the types-only demo.yaml would have it too.
        var (result, output) = GeneratorHarness.Run(
            ("/s/demo.types.yaml", "method: demo.types\nkind: read\nresult: int\n"),
            ("/s/demo.yaml", Types("DemoThing")),
            ("/s/other.yaml", Types("OtherThing")));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("TypesAsync(", GeneratorHarness.Source(result, "demo.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class DemoThing", GeneratorHarness.Source(result, "demo-file.types.g.cs"), StringComparison.Ordinal);
        Assert.Contains("class OtherThing", GeneratorHarness.Source(result, "other.types.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>The file name without extension, with what is not a letter, digit, '.' or '_' made '_'.</summary>
    private static string Stem(string path) =>
        new([.. Path.GetFileNameWithoutExtension(path).Select(c => char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_')]);
}
