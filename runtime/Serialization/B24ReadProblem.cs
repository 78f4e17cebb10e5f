namespace B24Gen.Serialization;

/// <summary>
/// A value the portal sent that did not fit the type the schema declares. With the default (lenient) reading the
/// call still succeeds: that member keeps its default, this problem is recorded on the response
/// (<see cref="B24Response{T}.ReadProblems"/>), and the raw value stays in the object's <c>AdditionalFields</c>.
/// </summary>
/// <param name="JsonPath">Where, e.g. <c>$.result[0].MEETING</c>.</param>
/// <param name="TypeName">The generated type whose member it is, e.g. <c>CalendarEvent</c>.</param>
/// <param name="WireName">The member's wire name, e.g. <c>MEETING</c>.</param>
/// <param name="Expected">What the schema declares, e.g. <c>an object</c>.</param>
/// <param name="Found">What the portal sent, e.g. <c>null</c>.</param>
/// <param name="RawJson">The value as the portal sent it.</param>
public sealed record B24ReadProblem(string JsonPath, string TypeName, string WireName, string Expected, string Found, string RawJson)
{
    /// <summary>Where the field is declared in the schema YAML (<c>calendar.section.get.yaml, line 27</c>), when known.</summary>
    public string? SchemaLocation { get; init; }

    /// <summary>The problem in one line, with what to change in the schema.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{JsonPath} ({TypeName}.{WireName}{(SchemaLocation is null ? "" : ", declared in " + SchemaLocation)}): expected {Expected}, found {Found}. {SchemaFix.For(Found)}";
}
