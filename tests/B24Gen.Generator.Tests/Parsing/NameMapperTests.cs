using B24Gen.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp;

namespace B24Gen.Generator.Tests.Parsing;

/// <summary>Wire names to C# names, and which names C# accepts as identifiers: checked against the compiler's own lists.</summary>
public class NameMapperTests
{
    public static TheoryData<string> ReservedKeywords() => [.. SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText)];

    public static TheoryData<string> ContextualKeywords() => [.. SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).Where(t => !t.StartsWith('_'))];

    [Theory]
    [MemberData(nameof(ReservedKeywords))]
    public void Every_reserved_keyword_is_not_an_identifier(string keyword) =>
        Assert.False(NameMapper.IsValidIdentifier(keyword), keyword);

    [Theory]
    [MemberData(nameof(ContextualKeywords))]
    public void Contextual_keywords_are_identifiers(string keyword) =>
        Assert.True(NameMapper.IsValidIdentifier(keyword), keyword);

    [Theory]
    [InlineData("", false)]
    [InlineData("1st", false)]
    [InlineData("_private", true)]
    [InlineData("Ünïcode", true)]
    [InlineData("with-dash", false)]
    [InlineData("Class", true)]
    public void Identifiers_start_with_a_letter_or_underscore_and_hold_only_letters_digits_and_underscores(string name, bool valid) =>
        Assert.Equal(valid, NameMapper.IsValidIdentifier(name));

    [Theory]
    [InlineData("GAPI_CALENDAR_ID", "GapiCalendarId")]
    [InlineData("view_time", "ViewTime")]
    [InlineData("view_TIME", "ViewTime")] // an all-caps part is capitalized even when the whole name is not all caps
    [InlineData("ownerId", "OwnerId")]
    [InlineData("parent.ID", "ParentId")]
    [InlineData("~DESCRIPTION", "RawDescription")]
    [InlineData("a__b", "AB")]
    [InlineData("x-y z", "XYZ")]
    public void Wire_names_become_PascalCase(string wire, string name) =>
        Assert.Equal(name, NameMapper.ToPascalCase(wire));
}
