namespace B24Gen.Importer.Tests;

/// <summary>The gates over imported files: the generator's diagnostics and the compiler's errors, per schema file.</summary>
public class GateTests
{
    [Fact]
    public void The_fixture_pages_import_into_files_that_generate_and_compile()
    {
        var target = Directory.CreateTempSubdirectory("b24gen-gate-");
        try
        {
            Assert.Equal(0, ImporterCommand.Run(["import", Fixtures.Docs.Root, target.FullName], TextWriter.Null, TextWriter.Null));
            var output = new StringWriter();

            var status = ImporterCommand.Run(["gate", target.FullName], output, TextWriter.Null);

            Assert.Equal("3 of 3 files generate and compile without a problem (3 scopes)", output.ToString().Trim());
            Assert.Equal(0, status);
        }
        finally
        {
            target.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_with_a_problem_is_named_with_the_generators_diagnostic()
    {
        var target = Directory.CreateTempSubdirectory("b24gen-gate-");
        try
        {
            Directory.CreateDirectory(Path.Combine(target.FullName, "demo"));
            File.WriteAllText(Path.Combine(target.FullName, "demo", "demo.thing.get.yaml"), "method: demo.thing.get\nkind: read\nresult: Nope\n");
            File.WriteAllText(Path.Combine(target.FullName, "demo", "demo.other.get.yaml"), "method: demo.other.get\nkind: read\nresult: int\n");
            var output = new StringWriter();

            var status = ImporterCommand.Run(["gate", target.FullName], output, TextWriter.Null);

            var lines = output.ToString().Trim().Split('\n');
            Assert.Equal(1, status);
            Assert.Equal(Path.Combine("demo", "demo.thing.get.yaml"), lines[0].Trim());
            Assert.Contains("error B24G0003: Unknown type 'Nope'", lines[1], StringComparison.Ordinal);
            Assert.Equal("1 of 2 files generate and compile without a problem (1 scopes)", lines[^1].Trim());
        }
        finally
        {
            target.Delete(recursive: true);
        }
    }
}
