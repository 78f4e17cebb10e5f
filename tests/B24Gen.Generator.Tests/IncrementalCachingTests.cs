using B24Gen.Generator.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The pipeline's promise, checked on its tracked steps: editing C# does no generator work, and editing one YAML
/// re-emits only that file.
/// </summary>
public class IncrementalCachingTests
{
    private static readonly string[] s_steps = ["Parse", "Declarations", "Index", "LocateDiagnostics", "Resolve", "Emit", "EmitApi"];

    [Fact]
    public void Editing_csharp_reruns_no_step()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A {}");
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.StockSchema()).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B {}", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in s_steps)
        {
            Assert.All(TrackedSteps.Reasons(result, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached, $"{step}: {reason}"));
        }
    }

    [Fact]
    public void Editing_one_yaml_reemits_only_that_file()
    {
        var files = GeneratorHarness.StockSchema().Concat(SyntheticFiles(20)).ToList();
        var result = RerunAfterEdit(files, "calendar.section.get.yaml", text => text.Replace("Calendar identifier.", "The calendar's identifier.", StringComparison.Ordinal));

        var parse = TrackedSteps.Reasons(result, "Parse");
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 1, parse.Count(r => r is IncrementalStepRunReason.Cached));

        var emit = TrackedSteps.Reasons(result, "Emit");
        Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 1, emit.Count(r => r is IncrementalStepRunReason.Cached));

        // The API tree does not depend on descriptions.
        Assert.All(TrackedSteps.Reasons(result, "EmitApi"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var source = result.GeneratedSources.Single(s => s.HintName == "calendar.section.get.g.cs").SourceText.ToString();
        Assert.Contains("The calendar's identifier.", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_lines_in_one_yaml_leaves_the_index_cached()
    {
        // Two lines at the top move every position in the file; no declaration changes.
        var files = GeneratorHarness.StockSchema().Concat(SyntheticFiles(20)).ToList();
        var result = RerunAfterEdit(files, "calendar.section.get.yaml", text => "# moved\n# down\n" + text);

        var declarations = TrackedSteps.Reasons(result, "Declarations");
        Assert.Equal(1, declarations.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Equal(files.Count - 1, declarations.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(TrackedSteps.Reasons(result, "Index"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(files.Count - 1, TrackedSteps.Reasons(result, "Resolve").Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Adding_a_field_to_a_type_leaves_the_index_cached()
    {
        var files = GeneratorHarness.StockSchema().Concat(SyntheticFiles(20)).ToList();
        var result = RerunAfterEdit(files, "demo.item7.get.yaml", text => text + "      EXTRA: string\n");

        Assert.All(TrackedSteps.Reasons(result, "Index"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var emit = TrackedSteps.Reasons(result, "Emit");
        Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains("Extra", result.GeneratedSources.Single(s => s.HintName == "demo.item7.get.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_file_diagnostics_follow_their_lines_when_lines_move()
    {
        var first = new InMemoryAdditionalText("/s/a.yaml", "method: demo.thing.get\nresult: Nope\ntypes:\n  Box:\n    fields: { ID: int }\nkind: read\n");
        var second = new InMemoryAdditionalText("/s/b.yaml", "types:\n  Box:\n    fields: { ID: int }\n");
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver([first, second]).RunGenerators(compilation);
        Assert.Equal([("B24G0003", 1), ("B24G0011", 1)], Lines(driver, "/s/a.yaml", "/s/b.yaml"));

        // The index stays cached (nothing declared changed), yet both diagnostics move down with their lines.
        var moved = new InMemoryAdditionalText("/s/b.yaml", "# one\n# two\n" + second.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(second, moved).RunGenerators(compilation);
        Assert.All(TrackedSteps.Reasons(driver.GetRunResult().Results.Single(), "Index"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal([("B24G0003", 1), ("B24G0011", 3)], Lines(driver, "/s/a.yaml", "/s/b.yaml"));
        var movedFirst = new InMemoryAdditionalText("/s/a.yaml", "\n\n\n" + first.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(first, movedFirst).RunGenerators(compilation);
        Assert.Equal([("B24G0003", 4), ("B24G0011", 3)], Lines(driver, "/s/a.yaml", "/s/b.yaml"));
    }

    /// <summary>(id, 0-based line) of the diagnostics in the given files, by file then id.</summary>
    private static List<(string Id, int Line)> Lines(GeneratorDriver driver, params string[] paths) => driver
        .GetRunResult()
        .Diagnostics
        .Select(d => (d.Id, Span: d.Location.GetLineSpan()))
        .Where(d => paths.Contains(d.Span.Path))
        .OrderBy(d => Array.IndexOf(paths, d.Span.Path))
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .Select(d => (d.Id, d.Span.StartLinePosition.Line))
        .ToList();

    [Fact]
    public void Adding_a_method_reemits_the_api_tree_but_not_the_other_files()
    {
        var files = GeneratorHarness.StockSchema().ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var added = new InMemoryAdditionalText("/user/demo.widget.list.yaml", "method: demo.widget.list\nresult: int[]\nkind: read\n");
        var result = driver.AddAdditionalTexts([added]).RunGenerators(compilation).GetRunResult().Results.Single();

        var emit = TrackedSteps.Reasons(result, "Emit");
        Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(files.Count, emit.Count(r => r is IncrementalStepRunReason.Cached));
        Assert.Contains(TrackedSteps.Reasons(result, "EmitApi"), r => r == IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "demo.widget.list.g.cs");
    }

    /// <summary>
    /// A new type elsewhere changes the index, so every file's unit is rebuilt; but a file's unit holds only the types
    /// it references, so it comes out equal and that file is not emitted again (Cached, not merely Unchanged).
    /// </summary>
    [Fact]
    public void Adding_a_type_in_another_file_emits_no_other_file_again()
    {
        var files = GeneratorHarness.StockSchema().Concat(SyntheticFiles(5)).ToList();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var added = new InMemoryAdditionalText("/user/demo.extra.types.yaml", "types:\n  DemoExtra:\n    fields: { ID: int }\n");
        var result = driver.AddAdditionalTexts([added]).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(TrackedSteps.Reasons(result, "Index"), r => r == IncrementalStepRunReason.Modified);
        var emit = TrackedSteps.Reasons(result, "Emit");
        Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(files.Count, emit.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(TrackedSteps.Reasons(result, "EmitApi"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Models_are_value_equal_across_runs()
    {
        var first = GeneratorHarness.Run(GeneratorHarness.StockSchema()).Result.Results.Single();
        var second = GeneratorHarness.Run(GeneratorHarness.StockSchema()).Result.Results.Single();

        foreach (var step in s_steps)
        {
            var a = first.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var b = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.Equal(a, b);
        }
    }

    /// <summary>Runs the generator over <paramref name="files"/>, edits the one whose path ends with <paramref name="pathEnd"/>, and runs it again.</summary>
    private static GeneratorRunResult RerunAfterEdit(List<AdditionalText> files, string pathEnd, Func<string, string> edit)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var target = files.Single(f => f.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        return driver
            .ReplaceAdditionalText(target, new InMemoryAdditionalText(target.Path, edit(target.GetText()!.ToString())))
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();
    }


    private static IEnumerable<AdditionalText> SyntheticFiles(int count) => Enumerable.Range(0, count).Select(i =>
        (AdditionalText)new InMemoryAdditionalText(
            $"/synthetic/demo.item{i}.get.yaml",
            $"method: demo.item{i}.get\nkind: read\nparams:\n  id: {{ type: int, required: true }}\nresult: Item{i}\ntypes:\n  Item{i}:\n    fields:\n      ID: int\n      NAME: string\n"));
}
