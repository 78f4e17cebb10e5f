using System.Text.Json;
using B24Gen.Importer.Import;
using B24Gen.Importer.Rules;

namespace B24Gen.Importer.Tests;

/// <summary>The rules the request gate called for: one-of pairs, filter and order maps, portal-specific names.</summary>
public class RequestRulesTests
{
    [Fact]
    public void An_id_and_code_pair_both_marked_required_becomes_one_of_the_two()
    {
        var (parameters, oneOf) = OneOfRule.Apply(
        [
            new ImportedField("IBLOCK_TYPE_ID", "string", "table", true, "Type."),
            new ImportedField("IBLOCK_ID", "int", "table", true, "List ID."),
            new ImportedField("IBLOCK_CODE", "string", "table", true, ""),
        ]);

        Assert.Equal(new ImportedField("IBLOCK_TYPE_ID", "string", "table", true, "Type."), parameters[0]);
        Assert.Equal(new ImportedField("IBLOCK_ID", "int", "table, one-of", false, "One of IBLOCK_ID and IBLOCK_CODE is required. List ID."), parameters[1]);
        Assert.Equal(new ImportedField("IBLOCK_CODE", "string", "table, one-of", false, "One of IBLOCK_CODE and IBLOCK_ID is required."), parameters[2]);
        Assert.Equal([["IBLOCK_ID"], ["IBLOCK_CODE"]], Assert.Single(oneOf));
    }

    [Fact]
    public void A_pair_where_the_table_marks_only_one_is_a_pair_too()
    {
        // lists.element.delete: "IBLOCK_ID*", "IBLOCK_CODE", and "at least one of the parameters must be specified".
        var (parameters, oneOf) = OneOfRule.Apply([new ImportedField("X_ID", "int", "table", true, ""), new ImportedField("X_CODE", "string", "table", false, "")]);

        Assert.Equal([false, false], parameters.Select(p => p.Required));
        Assert.Equal([["X_ID"], ["X_CODE"]], Assert.Single(oneOf));
    }

    [Fact]
    public void Parameters_without_a_required_one_are_left_as_they_are()
    {
        IReadOnlyList<ImportedField> parameters = [new ImportedField("X_ID", "int", "table", false, ""), new ImportedField("X_CODE", "string", "table", false, "")];

        Assert.Same(parameters, OneOfRule.Apply(parameters).Params);
    }

    [Fact]
    public void A_parameter_required_only_when_another_is_not_given_makes_a_pair()
    {
        var (parameters, oneOf) = OneOfRule.Apply(
        [
            new ImportedField("CHAT_ID", "int", "doc-type", true, "Chat ID. Required if `DIALOG_ID` is not provided"),
            new ImportedField("DIALOG_ID", "string", "doc-type", false, "Dialog ID. Required if `CHAT_ID` is not provided"),
            new ImportedField("COLOR", "string", "doc-type", true, "Required if the chat has no color"),
        ]);

        Assert.Equal([false, false, true], parameters.Select(p => p.Required));
        Assert.Equal([["CHAT_ID"], ["DIALOG_ID"]], Assert.Single(oneOf));
    }

    [Theory]
    [InlineData("filter", "", null, "map<any>")]
    [InlineData("FILTER", "object", null, "map<any>")]
    [InlineData("order", "", """{"ID":"ASC"}""", "map<string>")]
    [InlineData("order", "string", null, null)] // user.get: the direction, ASC or DESC
    [InlineData("order", "", "\"ASC\"", null)]
    [InlineData("select", "", null, null)]
    public void Filter_and_order_objects_are_maps(string name, string docsType, string? example, string? map)
    {
        IReadOnlyList<JsonElement> values = example is null ? [] : [JsonDocument.Parse(example).RootElement];

        var type = QueryMapRule.Of(name) is { } query && QueryMapRule.IsObject(docsType, values) ? query.Type : null;

        Assert.Equal(map, type);
    }

    [Theory]
    [InlineData("UF_CRM_1725365197310", true)]
    [InlineData("uf_department", true)]
    [InlineData("PARENT_ID_1032", true)]
    [InlineData("PARENT_ID", false)]
    [InlineData("TITLE", false)]
    public void Portal_specific_names_are_told_apart(string name, bool portal) =>
        Assert.Equal(portal, PortalFieldRule.IsPortalField(name));
}

/// <summary>C# names of imported types and fields, the way the generator spells them.</summary>
public class NamesTests
{
    [Theory]
    [InlineData("calendar.section.get", "CalendarSectionGet")]
    [InlineData("GAPI_CALENDAR_ID", "GapiCalendarId")]
    [InlineData("ownerId", "OwnerId")]
    [InlineData("~DESCRIPTION", "RawDescription")] // beside DESCRIPTION, not a twin of it
    [InlineData("1C_CODE", "N1cCode")]
    public void Wire_names_become_the_generators_CSharp_names(string wire, string name) =>
        Assert.Equal(name, B24Gen.Importer.Rules.Names.Pascal(wire));
}
