using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// <see cref="B24FieldSet"/>: which members of an object were set or read, so only those are written back. Types with
/// more than 64 members (a deal has 44 stock fields plus the portal's UF_*) spill into further words.
/// </summary>
public sealed class FieldSetTests
{
    private static B24FieldSet Of(params int[] indexes)
    {
        var set = default(B24FieldSet);
        foreach (var index in indexes)
        {
            set.Add(index);
        }

        return set;
    }

    [Fact]
    public void Sets_with_the_same_indexes_are_equal_however_they_grew()
    {
        var grown = Of(1, 70, 200);
        grown.Add(500);
        var sameButShorterWords = Of(1, 70, 200);
        sameButShorterWords.Add(500);

        Assert.Equal(Of(1, 70, 200, 500), grown);
        Assert.True(grown == sameButShorterWords);
        Assert.False(grown != sameButShorterWords);
        Assert.Equal(grown.GetHashCode(), sameButShorterWords.GetHashCode());
        Assert.True(grown.Equals((object)sameButShorterWords));
        Assert.False(grown.Equals("not a set"));
    }

    [Fact]
    public void A_set_that_grew_a_word_and_lost_nothing_equals_one_that_never_grew()
    {
        // Word arrays of different lengths compare as if padded with zeros.
        var wide = Of(3);
        wide.Add(300);
        var narrow = Of(3);

        Assert.NotEqual(wide, narrow);
        Assert.Equal(Of(3, 300), wide);
        Assert.NotEqual(Of(3, 64), Of(3, 128));
        Assert.NotEqual(Of(3, 128), Of(3, 64));
        Assert.NotEqual(Of(3, 64), Of(3));
        Assert.NotEqual(Of(3), Of(3, 64));
        Assert.NotEqual(Of(2), Of(3));
        Assert.True(Of(2) != Of(3));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new int[0], new[] { 1, 2, 3 })]
    [InlineData(new[] { 1, 2, 3 }, new[] { 2 }, new[] { 1, 3 })]
    [InlineData(new[] { 1, 64, 65, 200 }, new[] { 65 }, new[] { 1, 64, 200 })]
    [InlineData(new[] { 1, 64, 65, 200 }, new[] { 1, 200, 300 }, new[] { 64, 65 })]
    [InlineData(new[] { 1, 64 }, new[] { 64, 128, 192 }, new[] { 1 })]
    [InlineData(new int[0], new[] { 1, 100 }, new int[0])]
    public void Except_keeps_the_indexes_the_other_set_lacks(int[] set, int[] other, int[] expected)
    {
        var result = Of(set).Except(Of(other));

        Assert.Equal(Of(expected), result);
        for (var index = 0; index < 320; index++)
        {
            Assert.Equal(expected.Contains(index), result.Contains(index));
        }
    }

    [Fact]
    public void A_negative_index_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Of(-1));
}
