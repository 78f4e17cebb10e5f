using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary><c>oneOf:</c>: requirements written into the request's JSON type and its docs; mistakes reported where they are written.</summary>
public class OneOfTests
{
    private static string Method(string oneOf) =>
        "method: demo.thing.get\nkind: read\nparams:\n  ID: int\n  CODE: string\n  A: int\n  B: int\n  SECRET: { type: string, required: true }\nresult: int\n" + oneOf;

    [Fact]
    public void Requirements_go_into_the_requests_json_type_and_its_remarks()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.get.yaml", Method("oneOf:\n  - [ID, CODE]\n  - [[A, B], CODE]\n")));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        var text = GeneratorHarness.Source(result, "demo.thing.get.g.cs");
        Assert.Contains("        keepUnknown: false,\n        required: [4],\n        oneOf: [new([\"ID\"], [\"CODE\"]), new([\"A\", \"B\"], [\"CODE\"])]);", text, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>Needs one of <c>ID</c> or <c>CODE</c>. Needs one of <c>A</c> + <c>B</c> or <c>CODE</c>. The client checks this before sending.</remarks>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_without_required_parameters_ends_its_json_type_with_the_requirements()
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.get.yaml", Method("oneOf:\n  - [ID, CODE]\n").Replace("  SECRET: { type: string, required: true }\n", string.Empty, StringComparison.Ordinal)));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
        Assert.Contains("        keepUnknown: false,\n        oneOf: [new([\"ID\"], [\"CODE\"])]);", GeneratorHarness.Source(result, "demo.thing.get.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oneOf: [ID, CODE]\n", "(10,8)", "write 'oneOf: [[ID, CODE]]'")]
    [InlineData("oneOf:\n  - [ID]\n", "(11,5)", "each requirement is a list of at least two alternatives")]
    [InlineData("oneOf:\n  - [ID, NAME]\n", "(11,10)", "'NAME' is not a parameter of this method (params: ID, CODE, A, B, SECRET)")]
    [InlineData("oneOf:\n  - [ID, SECRET]\n", "(11,10)", "'SECRET' is 'required: true'")]
    [InlineData("oneOf: ID\n", "(10,8)", "expected a list of requirements")]
    public void A_requirement_that_cannot_hold_is_reported_where_it_is_written(string oneOf, string position, string message)
    {
        var (result, output) = GeneratorHarness.Run(("/s/demo.thing.get.yaml", Method(oneOf)));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("B24G0010", diagnostic.Id);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal(position, $"({start.Line + 1},{start.Character + 1})");
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        GeneratorHarness.AssertCompiles(output);
        Assert.DoesNotContain("oneOf:", GeneratorHarness.Source(result, "demo.thing.get.g.cs"), StringComparison.Ordinal);
    }
}
