namespace B24Gen.Runtime.Tests.Values;

/// <summary>
/// The portal's values compare by what the portal sent: two dates are equal when their text is, so a value read and
/// written back is recognised as unchanged. Unions compare by alternative and value.
/// </summary>
public sealed class ValueEqualityTests
{
    [Fact]
    public void Dates_are_equal_when_their_text_is()
    {
        var a = B24Date.Parse("2025-03-20");
        var b = B24Date.Parse("2025-03-20");
        var sameDayOtherText = B24Date.Parse("20.03.2025");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.Value, sameDayOtherText.Value);
        Assert.True(a != sameDayOtherText);
        Assert.False(a.Equals("2025-03-20"));
        Assert.Equal("20.03.2025", sameDayOtherText.ToString());
        Assert.Equal("2025-03-20", ((B24Date)new DateOnly(2025, 3, 20)).ToString());
        Assert.Equal(string.Empty, default(B24Date).ToString());
        Assert.True(default(B24Date) == B24Date.Parse(""));
    }

    [Fact]
    public void Dates_and_times_are_equal_when_their_text_is()
    {
        var a = B24DateTime.Parse("2025-03-20T15:00:00+03:00");
        var b = B24DateTime.Parse("2025-03-20T15:00:00+03:00");
        var sameInstantOtherText = B24DateTime.Parse("2025-03-20T12:00:00Z");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.ToDateTimeOffset(), sameInstantOtherText.ToDateTimeOffset());
        Assert.True(a != sameInstantOtherText);
        Assert.False(a.Equals(a.Text));
        Assert.Equal("2025-03-20T12:00:00Z", sameInstantOtherText.ToString());
    }

    [Theory]
    [InlineData("03/20/2025 03:00:00 PM", 15, null)]
    [InlineData("03/20/2025 03:00 PM", 15, null)]
    [InlineData("03/20/2025 15:00:00", 15, null)]
    [InlineData("20.03.2025 15:00", 15, null)]
    [InlineData("2025-03-20 15:00", 15, null)]
    [InlineData("2025-03-20T15:00:00.5+03:00", 15, 3)]
    [InlineData("2025-03-20 15:00:00+03:00", 15, 3)]
    [InlineData("2025-03-20T15:00:00.25Z", 15, 0)]
    public void The_portals_other_date_formats_are_read_with_their_offset_if_any(string text, int hour, int? offsetHours)
    {
        var value = B24DateTime.Parse(text);

        Assert.Equal(new DateTime(2025, 3, 20), value.Value!.Value.Date);
        Assert.Equal(hour, value.Value.Value.Hour);
        Assert.Equal(DateTimeKind.Unspecified, value.Value.Value.Kind);
        Assert.Equal(offsetHours is { } hours ? TimeSpan.FromHours(hours) : null, value.Offset);
        Assert.Equal(text, value.Text);
    }

    [Fact]
    public void Unions_are_equal_when_the_alternative_and_its_value_are()
    {
        B24Union<long, string> five = 5L;
        B24Union<long, string> fiveAgain = 5L;
        B24Union<long, string> text = "5";

        Assert.True(five == fiveAgain);
        Assert.False(five != fiveAgain);
        Assert.True(five != text);
        Assert.False(five == text);
        Assert.True(five.Equals((object)fiveAgain));
        Assert.False(five.Equals((object)5L));
        Assert.Equal(five.GetHashCode(), fiveAgain.GetHashCode());
        Assert.NotEqual(five.GetHashCode(), text.GetHashCode());
        Assert.True(text == (B24Union<long, string>)"5");
        Assert.True(text != (B24Union<long, string>)"6");
        Assert.True(text.IsSecond);
        Assert.Equal("5", text.ToString());
        Assert.Equal("5", five.ToString());
        Assert.Equal("The value is a Int64, not a String.", Assert.Throws<InvalidOperationException>(() => five.Second).Message);
        Assert.Equal("The value is a String, not a Int64.", Assert.Throws<InvalidOperationException>(() => text.First).Message);
        Assert.Equal("second 5", text.Match(n => "first " + n, s => "second " + s));
        Assert.Equal("first 5", five.Match(n => "first " + n, s => "second " + s));
        Assert.Throws<ArgumentNullException>(() => five.Match(null!, s => s));
        Assert.Throws<ArgumentNullException>(() => five.Match(n => "", null!));
    }
}
