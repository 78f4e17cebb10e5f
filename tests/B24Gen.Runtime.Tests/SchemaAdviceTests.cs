using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// What a read problem tells the user to change: the fix for the value found, and where the field was declared
/// (the schema file and line the generator recorded, or the file alone for a field a patch added).
/// </summary>
public sealed class SchemaAdviceTests
{
    [Theory]
    [InlineData("null", "If the portal may send that, declare the field nullable in its schema YAML ('T?').")]
    [InlineData("the string \"\"", "If the portal may send that, declare the field nullable in its schema YAML ('T?').")]
    [InlineData("false", "If the portal may send a boolean there (PHP's false for \"none\"), declare the field 'T | bool' or 'any' in its schema YAML.")]
    [InlineData("true", "If the portal may send a boolean there (PHP's false for \"none\"), declare the field 'T | bool' or 'any' in its schema YAML.")]
    [InlineData("the string \"abc\"", "Declare the field with the type the portal sends in its schema YAML ('string', a union 'A | B', or 'any').")]
    [InlineData("an object", "Declare the field with the type the portal sends in its schema YAML ('string', a union 'A | B', or 'any').")]
    public void The_fix_depends_on_what_the_portal_sent(string found, string fix) =>
        Assert.Equal(fix, SchemaFix.For(found));

    [Theory]
    [InlineData(0, "schema/crm/crm.deal.yaml, line 12")]
    [InlineData(1, "schema/crm/crm.deal.yaml, line 1")]
    [InlineData(2, "schema/crm/crm.deal.yaml (or a file that adds the field with partial: true)")] // line 0: not recorded
    [InlineData(3, "schema/crm/crm.deal.yaml (or a file that adds the field with partial: true)")] // past the recorded lines
    [InlineData(-1, "schema/crm/crm.deal.yaml (or a file that adds the field with partial: true)")]
    public void A_field_is_placed_at_its_schema_line_when_known(int index, string place) =>
        Assert.Equal(place, new B24SchemaSource("schema/crm/crm.deal.yaml", [12, 1, 0]).Describe(index));

    [Fact]
    public void A_read_problem_says_where_what_and_how_to_fix_it()
    {
        var problem = new B24ReadProblem("$.result[0].ID", "CrmDeal", "ID", "an integer", "false", "false") { SchemaLocation = "schema/crm/crm.deal.yaml, line 12" };
        var undeclared = problem with { SchemaLocation = null };

        Assert.Equal(
            "$.result[0].ID (CrmDeal.ID, declared in schema/crm/crm.deal.yaml, line 12): expected an integer, found false. If the portal may send a boolean there (PHP's false for \"none\"), declare the field 'T | bool' or 'any' in its schema YAML.",
            problem.ToString());
        Assert.StartsWith("$.result[0].ID (CrmDeal.ID): expected an integer, found false. ", undeclared.ToString(), StringComparison.Ordinal);
    }
}
