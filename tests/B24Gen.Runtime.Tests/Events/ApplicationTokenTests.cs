using B24Gen.Events;

namespace B24Gen.Runtime.Tests.Events;

/// <summary>The event's application token, compared with the app's.</summary>
public class ApplicationTokenTests
{
    [Theory]
    [InlineData("51856fefc120afa4b628cc82d3935cce", true)]
    [InlineData("51856fefc120afa4b628cc82d3935ccf", false)]
    [InlineData("51856fefc120afa4b628cc82d3935cc", false)]
    [InlineData("51856FEFC120AFA4B628CC82D3935CCE", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_same_token_matches(string? received, bool matches) =>
        Assert.Equal(matches, ApplicationToken.Matches(received, "51856fefc120afa4b628cc82d3935cce"));

    [Fact]
    public void An_app_without_a_token_is_a_programming_error_not_a_match() =>
        Assert.Throws<ArgumentException>(() => ApplicationToken.Matches("", ""));
}
