using B24Gen.Importer.Coverage;
using B24Gen.Importer.Gates;
using B24Gen.Importer.Import;

namespace B24Gen.Importer.Tests;

/// <summary>docs/coverage.md: which method counts as covered, unverified or failing, per scope and in all.</summary>
public class CoverageReportTests
{
    [Fact]
    public void Each_method_is_counted_by_the_gates_it_passed()
    {
        var methods = new[] { Method("a.x.get"), Method("a.x.list", any: true), Method("a.y.get"), Method("b.z.get"), Method("b.w.add") };
        var gates = new[]
        {
            new FileGate("a", "/tmp/s/a/a.x.get.yaml", []) { HasExample = true, HasRequestExample = true },
            new FileGate("a", "/tmp/s/a/a.x.list.yaml", []),
            new FileGate("a", "/tmp/s/a/a.y.get.yaml", []) { HasExample = true, ExampleProblem = "$.result.ID: a string, not an int" },
            new FileGate("b", "/tmp/s/b/b.z.get.yaml", ["/tmp/s/b/b.z.get.yaml(3,7): error B24G0004: unknown type"]),
            new FileGate("b", "/tmp/s/b/b.w.add.yaml", []) { HasExample = true, HasRequestExample = true, RequestProblem = "$.fields.OPENED: the example sends \"Y\", the request type sent true" },
        };

        var report = CoverageReport.Write(methods, gates, new Dictionary<string, int> { ["a"] = 2, ["c"] = 1 }, new Dictionary<string, int> { ["c"] = 4 }, "abc1234");

        Assert.Contains("(bitrix24/b24restdocs abc1234, in", report, StringComparison.Ordinal);
        Assert.Contains("**1 of 5 current classic methods covered (20.0 %)**, 1 unverified; 80.0 % of 5 result fields typed (a type shared by several methods counted once); 80.0 % of the methods with no `any`; 1 of 2 request examples sent as written.", report, StringComparison.Ordinal);
        Assert.Contains("| `a` | 3 | 1 | 1 | 1 | 2 | 2 | 0 |\n| `b` | 2 | 0 | 0 | 2 | 2 | 0 | 0 |\n| `c` | 0 | 0 | 0 | 0 | 0 | 1 | 4 |\n| **all** | 5 | 1 | 1 | 3 | 4 | 3 | 4 |\n", report, StringComparison.Ordinal);
        Assert.Contains("## Failing (3)\n\n- `a.y.get`: response example: $.result.ID: a string, not an int\n- `b.z.get`: b.z.get.yaml(3,7): error B24G0004: unknown type\n- `b.w.add`: request example: $.fields.OPENED: the example sends \"Y\", the request type sent true\n", report, StringComparison.Ordinal);
        Assert.EndsWith("## Unverified: no readable response example on the page (1)\n\n`a.x.list`\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_failing_or_unverified_says_so()
    {
        var report = CoverageReport.Write([Method("a.x.get")], [new FileGate("a", "a/a.x.get.yaml", []) { HasExample = true }], new Dictionary<string, int>(), new Dictionary<string, int>(), "abc1234");

        Assert.Contains("## Failing (0)\n\nNone: every imported file", report, StringComparison.Ordinal);
        Assert.EndsWith("(0)\n\nNone.\n", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_check_passes_on_the_report_it_wrote_and_fails_on_any_other()
    {
        using var overlay = new TempFolder();
        using var reports = new TempFolder();
        var report = Path.Combine(reports.Path, "coverage.md");
        var output = new StringWriter();

        Assert.Equal(0, ImporterCommand.Run(["coverage", Fixtures.Docs.Root, "--overlay", overlay.Path, "--write", report], output, TextWriter.Null));
        Assert.Contains("**11 of 11 current classic methods covered (100.0 %)**", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, ImporterCommand.Run(["coverage", Fixtures.Docs.Root, "--overlay", overlay.Path, "--check", report], TextWriter.Null, TextWriter.Null));

        File.AppendAllText(report, "edited by hand\n");
        var error = new StringWriter();
        Assert.Equal(1, ImporterCommand.Run(["coverage", Fixtures.Docs.Root, "--overlay", overlay.Path, "--check", report], TextWriter.Null, error));
        Assert.Contains("differs from what the import and the gates give now", error.ToString(), StringComparison.Ordinal);
    }

    private static ImportedMethod Method(string name, bool any = false) => new(
        name, name.Split('.')[0], "", "https://apidocs.bitrix24.com/x.html", "api-reference/x.md", "read", [],
        new ImportedResult("T", "example", ""),
        [new ImportedType("T", "", false, [new ImportedField("ID", any ? "any" : "int", "example", false, "")])],
        []);
}
